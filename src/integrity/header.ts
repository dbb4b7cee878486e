/**
 * Header checks, run before any row: a clear refusal beats a silently wrong diff. Names are compared after
 * trimming spaces, since exporters disagree on padding; otherwise exactly (case matters, as in SQL with
 * quoted identifiers). Every message names the file and the column, so the person knows what to fix.
 */
export function resolveColumn(fields: readonly string[], column: string, fileLabel: string): number | string {
  const wanted = column.trim();
  if (wanted === '') return `No key column was chosen for the ${fileLabel}.`;
  const names = fields.map((f) => f.trim());
  if (names.length === 0 || names.every((n) => n === '')) {
    return `The ${fileLabel} has an empty header row; the first line must name the columns, including "${wanted}".`;
  }
  const seen = new Map<string, number>();
  for (const [i, name] of names.entries()) {
    if (name === '') {
      return `The header of the ${fileLabel} has an empty column name at position ${i + 1}; every column needs a name.`;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      return `The header of the ${fileLabel} names column "${name}" twice (positions ${first + 1} and ${i + 1}); column names must be unique.`;
    }
    seen.set(name, i);
  }
  const index = seen.get(wanted);
  if (index !== undefined) return index;
  const caseOnly = names.find((n) => n.toLowerCase() === wanted.toLowerCase());
  const hint = caseOnly === undefined ? '' : ` (did you mean "${caseOnly}"? names are case-sensitive)`;
  const listed = names.slice(0, 50).map((n) => `"${n}"`);
  return `The ${fileLabel} has no column "${wanted}"${hint}; its columns are ${listed.join(', ')}${names.length > 50 ? ', ...' : ''}.`;
}
