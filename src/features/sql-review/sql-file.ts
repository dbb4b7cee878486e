/** The plan keeps the script (at most 2,000,000 characters); a file must fit in it. */
export const MAX_SQL_FILE_BYTES = 2_000_000;

export type SqlFileCheck = { ok: true } | { ok: false; message: string };

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Checks a picked or dropped file before reading it, so a huge file never reaches memory. */
export function checkSqlFile(file: { name: string; size: number; type: string }): SqlFileCheck {
  const lower = file.name.toLowerCase();
  const textual = lower.endsWith('.sql') || lower.endsWith('.txt') || file.type.startsWith('text/');
  if (!textual) {
    return { ok: false, message: `"${file.name}" is not a .sql or text file; choose the migration script.` };
  }
  if (file.size > MAX_SQL_FILE_BYTES) {
    return {
      ok: false,
      message: `"${file.name}" is ${mb(file.size)}; the limit is ${mb(MAX_SQL_FILE_BYTES)}, because the plan keeps the script. Split the migration and review it part by part.`,
    };
  }
  return { ok: true };
}
