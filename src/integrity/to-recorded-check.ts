import type { RecordedCheck } from '../domain/run';
import type { IntegrityResult, SampledCount } from './types';
import { integrityVerdict } from './verdict';

/** The part of a RecordedCheck a CSV-export check can fill; the caller adds checkId and the timestamp. */
export type RecordedCheckFields = Pick<
  RecordedCheck,
  'actualRows' | 'checksumMatch' | 'referentialOk' | 'passed' | 'source' | 'notes'
>;

const NOTES_LIMIT = 5_000;

function line(label: string, s: SampledCount): string | null {
  if (s.count === 0) return null;
  const more = s.count > s.samples.length ? ', ...' : '';
  return `${label}: ${s.count} (${s.samples.join(', ')}${more})`;
}

/**
 * Maps a check result onto the run's integrity record. It passes only when the check's verdict is a match
 * (verdict.ts): same header, row count and checksum, no missing, extra, changed or duplicated key, no orphan. A refused or failed check is
 * recorded as not passed, with the reason in the notes, so the phase gate (GR-06) stays closed.
 */
export function toRecordedCheckFields(result: IntegrityResult): RecordedCheckFields {
  if (!result.ok) {
    const notes = `CSV export check did not complete (${result.error.code}): ${result.error.message}`;
    return {
      actualRows: null,
      checksumMatch: null,
      referentialOk: null,
      passed: false,
      source: 'csv-export',
      notes: notes.slice(0, NOTES_LIMIT),
    };
  }
  const d = result.keyDiff;
  const ref = result.referential;
  const referentialOk = ref === null ? null : ref.orphans.count === 0;
  const passed = integrityVerdict(result).match;
  const parts = [
    `CSV export check (${result.mode}${result.trimWhitespace ? ', trimmed' : ''}) on key "${d.keyColumn}": ` +
      `source ${result.source.rows} rows, target ${result.target.rows} rows, checksum ` +
      `${result.checksumMatch ? 'match' : 'mismatch'} (${result.source.checksum} / ${result.target.checksum}).`,
    result.headerMatch
      ? null
      : `Headers differ: source ${result.source.columns.join(', ')}; target ${result.target.columns.join(', ')}.`,
    line('Missing in target', d.missingInTarget),
    line('Extra in target', d.extraInTarget),
    line('Changed', d.changed),
    line('Duplicated keys in source', d.duplicatedInSource),
    line('Duplicated keys in target', d.duplicatedInTarget),
    ref === null
      ? null
      : `Referential ${ref.childForeignKeyColumn} -> ${ref.parentKeyColumn}: ${ref.orphans.count} orphan rows` +
        `${ref.orphans.samples.length > 0 ? ` (${ref.orphans.samples.join(', ')})` : ''}, ` +
        `${ref.nullForeignKeys} empty or NULL.`,
  ];
  return {
    actualRows: result.target.rows,
    checksumMatch: result.checksumMatch,
    referentialOk,
    passed,
    source: 'csv-export',
    notes: parts
      .filter((p): p is string => p !== null)
      .join('\n')
      .slice(0, NOTES_LIMIT),
  };
}
