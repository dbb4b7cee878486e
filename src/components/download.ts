/** Offers `content` as a file download without any network round trip. */
export function downloadText(fileName: string, content: string | Blob, type = 'application/json'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium may not have started reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
