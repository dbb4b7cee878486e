import { AFTER_SWITCH_KINDS, COPY_KINDS, type Phase, type Plan } from '../domain';
import type { Shape } from './facts-shape';
import { parseTime } from './time';
import type { PhaseEstimate } from './types';

export type Timing = 'online' | 'in-window';
export type PhaseTimingFact = { timing: Timing; inferred: boolean; why: string };

/**
 * Windows judged per phase: only work that runs inside the maintenance window is held against it
 * (DC-07, AQ-03). Online phases (before or after the window, while the system serves traffic) get
 * their own estimate and never make the plan "exceed the window".
 */
export type Windows = {
  phases: PhaseTimingFact[];
  /** Where the bulk copy runs: nothing to copy, online, or inside the window. */
  copyTiming: 'none' | Timing;
  /** The plan has no copy phase (migrate or backfill), so copyTiming is inferred from the facts. */
  copyInferred: boolean;
  /** Copy time from measured throughput; 0 with nothing to copy, null when not measured. */
  copyHours: number | null;
  /** In-window work; null when some of it has no duration or estimate. */
  inWindowHours: number | null;
  /** What is known of the in-window work: a lower bound that can already exceed the window. */
  inWindowKnownHours: number;
  onlineHours: number | null;
  fitsWindow: boolean | null;
  estimates: PhaseEstimate[];
};

type WindowInputs = {
  windowHours: number | null;
  downtimeAllowed: boolean;
  rowsPerSecond: number | null;
};

/** Why the engine believes a phase runs where it does when the plan does not say. */
function inferTiming(phase: Phase, plan: Plan, w: WindowInputs): PhaseTimingFact {
  if (phase.timing !== 'unknown') return { timing: phase.timing, inferred: false, why: 'as the plan says' };
  const infer = (timing: Timing, why: string): PhaseTimingFact => ({ timing, inferred: true, why });
  if (AFTER_SWITCH_KINDS.has(phase.kind)) return infer('online', 'it runs after the switch');
  if (phase.pausable) return infer('online', 'it is pausable and resumable');
  const mw = plan.assessment.maintenanceWindow;
  const windowStart = parseTime(mw.start);
  const start = parseTime(phase.plannedStart);
  if (windowStart !== null && w.windowHours !== null && start !== null) {
    const inside = start >= windowStart && start < windowStart + w.windowHours * 3_600_000;
    return infer(
      inside ? 'in-window' : 'online',
      `its planned start is ${inside ? 'inside' : 'outside'} the window`,
    );
  }
  if (w.windowHours === null) return infer('online', 'there is no window');
  if (phase.kind === 'cut-over') return infer('in-window', 'a cut-over runs in the window');
  if (w.downtimeAllowed) return infer('in-window', 'downtime is agreed and it is not pausable');
  return infer('online', 'zero downtime is required');
}

export function judgeWindows(plan: Plan, shape: Shape, w: WindowInputs): Windows {
  const phases = plan.execution.phases;
  const timings = phases.map((p) => inferTiming(p, plan, w));
  const copyHours =
    shape.copyRows === 0 ? 0 : w.rowsPerSecond === null ? null : shape.copyRows / w.rowsPerSecond / 3600;
  const carriers = copyCarriers(phases);
  let copyPhases = 0;
  let copyInWindow = false;
  carriers.forEach((i) => {
    copyPhases += 1;
    if (timings[i]?.timing === 'in-window') copyInWindow = true;
  });
  const copyInferred = copyPhases === 0;
  let copyTiming: Windows['copyTiming'];
  if (shape.copyRows === 0) copyTiming = 'none';
  else if (!copyInferred) copyTiming = copyInWindow ? 'in-window' : 'online';
  // No copy phase yet: a live sync lets the bulk copy run before the window; zero downtime leaves
  // only a batched online copy; otherwise the copy is offline, inside the agreed downtime.
  else if (shape.sync === 'replication' || shape.sync === 'dual-write' || !w.downtimeAllowed)
    copyTiming = 'online';
  else copyTiming = 'in-window';

  const share = copyHours === null ? null : copyHours / Math.max(copyPhases, 1);
  let inKnown = copyInferred && copyTiming === 'in-window' ? (copyHours ?? 0) : 0;
  let inComplete = !(copyInferred && copyTiming === 'in-window' && copyHours === null);
  let online: number | null = copyInferred && copyTiming === 'online' ? copyHours : 0;
  const estimates: PhaseEstimate[] = phases.map((p, i) => {
    const t = timings[i] ?? { timing: 'online', inferred: true, why: '' };
    const planned = p.durationMinutes === null ? null : p.durationMinutes / 60;
    const copy = carriers.has(i) && shape.copyRows > 0;
    // A copy phase takes at least the measured copy time, whatever was planned for it.
    const hours = copy ? maxKnown(planned, share) : planned;
    if (t.timing === 'in-window') {
      inKnown += hours ?? 0;
      if (hours === null) inComplete = false;
    } else online = online === null || hours === null ? null : online + hours;
    return {
      phaseId: p.id,
      timing: t.timing,
      inferred: t.inferred,
      why: t.why,
      hours,
      copy,
      pausable: p.pausable,
    };
  });
  const inWindowHours = inComplete ? inKnown : null;
  const fitsWindow =
    w.windowHours === null ? null : inKnown > w.windowHours ? false : inWindowHours === null ? null : true;
  return {
    phases: timings,
    copyTiming,
    copyInferred,
    copyHours,
    inWindowHours,
    inWindowKnownHours: inKnown,
    onlineHours: online,
    fitsWindow,
    estimates,
  };
}

/**
 * The phases that carry the bulk copy: the backfill phases; without any, the pausable migrate phases
 * (a copy is what a plan makes pausable; format 1 also used "migrate" for the swap); else every
 * migrate phase.
 */
export function copyCarriers(phases: readonly Phase[]): Set<number> {
  const of = (test: (p: Phase) => boolean) => new Set(phases.flatMap((p, i) => (test(p) ? [i] : [])));
  const backfill = of((p) => p.kind === 'backfill');
  if (backfill.size > 0) return backfill;
  const pausable = of((p) => COPY_KINDS.has(p.kind) && p.pausable);
  return pausable.size > 0 ? pausable : of((p) => COPY_KINDS.has(p.kind));
}

function maxKnown(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
