import type { Classification, Severity, SqlDialectName } from '../../sql';

export const DIALECT_LABELS: Record<SqlDialectName, string> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
};

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  expand: 'expand',
  risky: 'risky',
  breaking: 'breaking',
  destructive: 'destructive',
  // Never "safe": nothing vouched for it, so a person must read it (its finding says "review by hand"; the
  // badge says it in one word, where the longer label wrapped to three lines in its column).
  unclassified: 'unclassified',
};

/** Badge tones from the app's palette: green is reserved for statements a rule has vouched for. */
export const CLASSIFICATION_TONES: Record<Classification, string> = {
  expand: 'ok',
  risky: 'warn',
  breaking: 'bad',
  destructive: 'bad',
  unclassified: 'unknown',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  none: 'none',
  info: 'info',
  warning: 'warning',
  blocker: 'blocker',
};

export const SEVERITY_TONES: Record<Severity, string> = {
  none: 'unknown',
  info: 'unknown',
  warning: 'warn',
  blocker: 'bad',
};

const rowsFormat = new Intl.NumberFormat('en-US');

/** How big the table is, as the size-scaled severity saw it. */
export function rowsText(rows: number | null): string {
  if (rows === null) return 'table size unknown';
  return `${rowsFormat.format(rows)} rows`;
}

/** First line of a statement, clipped, for the table; the full text stays one click away. */
export function clipStatement(text: string, max = 90): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
