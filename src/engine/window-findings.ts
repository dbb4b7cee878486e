import { COPY_KINDS } from '../domain';
import type { Facts } from './facts';
import { finding } from './finding';
import { formatCount, formatHours } from './format';
import { onlineCopyAdvice } from './remedies';
import type { Finding } from './types';

/** The in-window work, said with its parts: "the copy (about 3 h) and 2 phases (1.5 h)". */
function inWindowParts(f: Facts): string {
  const phases = f.windows.estimates.filter((e) => e.timing === 'in-window');
  const parts: string[] = [];
  if (f.windows.copyInferred && f.windows.copyTiming === 'in-window' && f.windows.copyHours !== null)
    parts.push(
      `the offline copy of ${formatCount(f.shape.copyRows)} rows (${formatHours(f.windows.copyHours)})`,
    );
  for (const e of phases) {
    const phase = f.plan.execution.phases[f.phaseIndex.get(e.phaseId) ?? -1];
    if (phase && e.hours !== null) parts.push(`"${phase.name}" (${formatHours(e.hours)})`);
  }
  return parts.join(', ');
}

/**
 * DC-07, per phase: only work inside the window is held against it. An online phase, pausable or not,
 * never makes the plan exceed the window; a plan with no window is never asked to extend one.
 * - The in-window work is longer than the window: a blocker (a plan that cannot finish in its window
 *   is not ready, so "Go" never stands beside "exceeds the window").
 * - It fits the window but not the downtime agreed, when that is shorter (5 minutes agreed, a 30-minute
 *   window booked): a warning. The window says when the team works; what stops writes is held to what
 *   the stakeholders agreed, and "fits the window" must not stand alone as reassurance.
 * - The plan has a window, no copy phase yet, and a bulk copy that cannot fit in any window: say to
 *   plan it as an online phase before the window.
 */
export function windowFindings(f: Facts): Finding[] {
  if (f.windowHours === null) return [];
  const w = f.windows;
  if (f.fitsWindow === false) {
    return [
      finding(
        'DC-07',
        'blocker',
        'assessment.maintenanceWindow.durationMinutes',
        `The work inside the window takes at least ${formatHours(w.inWindowKnownHours)} (${inWindowParts(f)}), longer than the ${formatHours(f.windowHours)} window.`,
        `Split it into incremental phases that run online before the window and are pausable and resumable: ${onlineCopyAdvice(f)}. Only what must stop writes belongs in the window.`,
      ),
    ];
  }
  const limit = f.downtimeLimitHours;
  if (limit !== null && w.inWindowKnownHours > limit) {
    // A warning, not a blocker: an in-window phase may stop writes for only part of its length (a
    // 20-minute cut-over with a 2-minute pause). The plan must say so; "fits the window" alone would not.
    return [
      finding(
        'DC-07',
        'warning',
        'assessment.downtime.kind',
        `The work inside the window takes at least ${formatHours(w.inWindowKnownHours)} (${inWindowParts(f)}), longer than the ${formatHours(limit)} of downtime agreed; the ${formatHours(f.windowHours)} window does not extend it.`,
        `Make sure writes stop for less than ${formatHours(limit)} of it: keep only what must stop writes in the window (${onlineCopyAdvice(f)}), or agree a longer downtime with the stakeholders.`,
      ),
    ];
  }
  const noCopyPhase = !f.plan.execution.phases.some((p) => COPY_KINDS.has(p.kind));
  const tooBig = w.copyHours === null ? f.large : w.copyHours > f.windowHours;
  if (w.copyTiming === 'online' && noCopyPhase && tooBig) {
    const copy =
      w.copyHours === null
        ? `${formatCount(f.shape.copyRows)} rows`
        : `about ${formatHours(w.copyHours)} of copying`;
    return [
      finding(
        'DC-07',
        'warning',
        'execution.phases',
        `The bulk copy (${copy}) cannot fit in the ${formatHours(f.windowHours)} window, and no phase runs it online yet.`,
        `Add a backfill phase that runs online before the window, pausable and resumable: ${onlineCopyAdvice(f)}.`,
      ),
    ];
  }
  return [];
}
