import type { Facts } from './facts';
import { finding } from './finding';
import { formatCount } from './format';
import type { Finding } from './types';

/**
 * What the facts about a move leave open or contradict, at the field to fix: a moving datastore that
 * does not say how changes reach the target (DA-10), an offline copy under zero downtime (DA-08), and
 * a replicated copy slower than the writes it must catch up with (FM-01).
 */
export function shapeFindings(f: Facts): Finding[] {
  const out: Finding[] = [];
  const rps = f.plan.assessment.throughput.rowsPerSecond;
  f.plan.assessment.components.forEach((c, i) => {
    if (c.role !== 'migrating' || !(c.stateful || c.rows > 0)) return;
    if (c.move === 'unknown' || c.move === 'in-place') return;
    const at = `assessment.components[${i}]`;
    if (c.changeSync === 'unknown') {
      out.push(
        finding(
          'DA-10',
          'warning',
          `${at}.changeSync`,
          `"${c.name}" moves, but the plan does not say how writes made during the copy reach the target.`,
          'Say which: log-based replication or CDC, application dual-writes, or an offline copy while writes stop.',
        ),
      );
    }
    if (c.changeSync === 'none' && f.zeroDowntime) {
      out.push(
        finding(
          'DA-08',
          'warning',
          `${at}.changeSync`,
          `"${c.name}" is copied offline, which stops writes, but the plan requires zero downtime.`,
          'Carry the changes with log-based replication (CDC) or dual-writes, or agree a window for the copy.',
        ),
      );
    }
    if (
      c.changeSync === 'replication' &&
      rps !== null &&
      c.writesPerSecond !== null &&
      c.writesPerSecond >= rps
    ) {
      out.push(
        finding(
          'FM-01',
          'warning',
          'assessment.throughput.rowsPerSecond',
          `"${c.name}" takes ${formatCount(c.writesPerSecond)} writes/s, but the copy moves ${formatCount(rps)} rows/s: replication falls behind and never catches up.`,
          'Copy faster (more parallel workers), copy in slices that each catch up, or move writes first with dual-writes.',
        ),
      );
    }
  });
  return out;
}
