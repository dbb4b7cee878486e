/**
 * The core writes its description as plain text (it also goes into the exported report): "- " lines are a
 * list. Shown as one, not as dashes in a paragraph.
 */
export function PlainTextBlocks({ text }: { text: string }) {
  const blocks: { list: boolean; lines: string[] }[] = [];
  for (const line of text.split('\n')) {
    const list = line.startsWith('- ');
    const last = blocks.at(-1);
    if (last && last.list === list) last.lines.push(list ? line.slice(2) : line);
    else blocks.push({ list, lines: [list ? line.slice(2) : line] });
  }
  return (
    <>
      {blocks.map((b, i) =>
        b.list ? (
          <ul key={i}>
            {b.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        ) : (
          b.lines.map((l) => <p key={`${i}-${l}`}>{l}</p>)
        ),
      )}
    </>
  );
}
