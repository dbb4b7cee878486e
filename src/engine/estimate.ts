import { AFTER_SWITCH_KINDS } from '../domain';
import { parseTime, SOAK_MIN_HOURS, type Facts } from './facts';
import type { Estimate, TimelineEntry } from './types';

/** Offsets (hours from t0) of every phase and of the soak, for GR-02 and the timeline. */
export type Schedule = {
  /** Epoch ms of offset 0, or null when no phase or window has a start time. */
  t0Ms: number | null;
  phaseStart: number[];
  phaseEnd: number[];
  /** Index of the last phase that is not a contract or decommission phase; the soak follows it. -1 when none. */
  lastNonContract: number;
  soakStart: number;
  soakEnd: number;
};

/**
 * The timeline places each phase at its planned start when it has one, otherwise right after the
 * previous phase; a phase without a duration takes 0 h (the UI shows it as a point). The soak starts
 * when the last non-contract phase ends and lasts the plan's soak hours, but never less than the
 * spec's 24 h minimum. Contract and decommission phases come after the soak unless the plan pins them
 * earlier, which GR-02 then reports.
 */
export function buildSchedule(f: Facts): { timeline: TimelineEntry[]; schedule: Schedule } {
  const phases = f.plan.execution.phases;
  let t0Ms = f.windowStartMs;
  for (const phase of phases) {
    const t = parseTime(phase.plannedStart);
    if (t !== null && (t0Ms === null || t < t0Ms)) t0Ms = t;
  }
  let lastNonContract = -1;
  phases.forEach((phase, index) => {
    if (!AFTER_SWITCH_KINDS.has(phase.kind)) lastNonContract = index;
  });
  const soakHours = Math.max(f.plan.execution.soakHours, SOAK_MIN_HOURS);
  const timeline: TimelineEntry[] = [];
  const phaseStart: number[] = [];
  const phaseEnd: number[] = [];
  let cursor = 0;
  let soakStart = 0;
  const pushSoak = (): void => {
    soakStart = cursor;
    timeline.push({
      phaseId: null,
      label: `Soak (${soakHours} h)`,
      startOffsetHours: cursor,
      durationHours: soakHours,
      kind: 'soak',
    });
    cursor += soakHours;
  };
  if (lastNonContract === -1) pushSoak();
  phases.forEach((phase, index) => {
    const planned = parseTime(phase.plannedStart);
    const start = planned !== null && t0Ms !== null ? (planned - t0Ms) / 3_600_000 : cursor;
    const duration = phase.durationMinutes === null ? 0 : phase.durationMinutes / 60;
    timeline.push({
      phaseId: phase.id,
      label: phase.name,
      startOffsetHours: start,
      durationHours: duration,
      kind: 'phase',
    });
    phaseStart.push(start);
    phaseEnd.push(start + duration);
    cursor = Math.max(cursor, start + duration);
    if (index === lastNonContract) pushSoak();
  });
  return {
    timeline,
    schedule: { t0Ms, phaseStart, phaseEnd, lastNonContract, soakStart, soakEnd: soakStart + soakHours },
  };
}

export function buildEstimate(f: Facts, timeline: TimelineEntry[]): Estimate {
  return {
    totalRows: f.totalRows,
    totalBytes: f.totalBytes,
    durationHours: f.durationHours,
    batches: f.batches,
    fitsWindow: f.fitsWindow,
    windowHours: f.windowHours,
    timeline,
    copyRows: f.shape.copyRows,
    copyTiming: f.windows.copyTiming,
    inWindowHours: f.windows.inWindowHours,
    onlineHours: f.windows.onlineHours,
    phases: f.windows.estimates,
  };
}
