import type { IntegrityReport, SampledCount } from './types';

/**
 * The one verdict of an export check: "match" only when the headers, the row counts, the checksums, the key
 * diff and (when asked) the referential check all agree. The result view's headline and the phase record
 * both read it, so the screen can never say "the exports match" beside "Headers match: no".
 */
export interface IntegrityVerdict {
  match: boolean;
  /** Why it is not a match, one sentence per disagreement, in the order the result shows them. */
  reasons: string[];
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** What differs between two headers, as a person would say it: renamed, missing, extra, or reordered. */
export function describeHeaderDifference(source: readonly string[], target: readonly string[]): string {
  const inTarget = new Set(target);
  const inSource = new Set(source);
  const onlySource = source.filter((c) => !inTarget.has(c));
  const onlyTarget = target.filter((c) => !inSource.has(c));
  if (onlySource.length === 0 && onlyTarget.length === 0) {
    // Same names, another order: the check hashes fields by position, so the columns' values may be swapped.
    return `The headers name the same columns in another order (source ${quoted(source)}; target ${quoted(target)}).`;
  }
  const parts = [
    onlySource.length > 0 ? `only the source has ${quoted(onlySource)}` : null,
    onlyTarget.length > 0 ? `only the target has ${quoted(onlyTarget)}` : null,
  ].filter((p): p is string => p !== null);
  return `The headers differ: ${parts.join('; ')}.`;
}

function keyReason(label: string, s: SampledCount): string | null {
  if (s.count === 0) return null;
  return `${s.count.toLocaleString('en-US')} ${label}.`;
}

export function integrityVerdict(report: IntegrityReport): IntegrityVerdict {
  const d = report.keyDiff;
  const ref = report.referential;
  const reasons = [
    report.headerMatch ? null : describeHeaderDifference(report.source.columns, report.target.columns),
    report.rowCountMatch
      ? null
      : `The row counts differ (source ${report.source.rows.toLocaleString('en-US')}, target ${report.target.rows.toLocaleString('en-US')}).`,
    report.checksumMatch ? null : 'The row checksums differ.',
    keyReason(
      d.missingInTarget.count === 1 ? 'key is missing in the target' : 'keys are missing in the target',
      d.missingInTarget,
    ),
    keyReason(
      d.extraInTarget.count === 1 ? 'key is extra in the target' : 'keys are extra in the target',
      d.extraInTarget,
    ),
    keyReason(d.changed.count === 1 ? 'row changed' : 'rows changed', d.changed),
    keyReason(
      d.duplicatedInSource.count === 1
        ? 'key is duplicated in the source'
        : 'keys are duplicated in the source',
      d.duplicatedInSource,
    ),
    keyReason(
      d.duplicatedInTarget.count === 1
        ? 'key is duplicated in the target'
        : 'keys are duplicated in the target',
      d.duplicatedInTarget,
    ),
    ref === null ? null : keyReason(ref.orphans.count === 1 ? 'orphan row' : 'orphan rows', ref.orphans),
  ].filter((r): r is string => r !== null);
  return { match: reasons.length === 0, reasons };
}
