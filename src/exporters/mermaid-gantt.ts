import type { Plan } from '../domain';
import type { TimelineEntry } from '../engine';
import { mermaidBare } from './escape';
import { effectiveZone, wallClock } from '../domain/time-format';
import { joinNotes, plural, splitIntoViews, viewTitle, type DiagramBuilder } from './mermaid-common';

const parse = (iso: string | null): number | null => {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
};

/** The same t0 as the engine's schedule: the window start or the earliest planned phase start. */
export function timelineOrigin(plan: Plan): number | null {
  let t0 = parse(plan.assessment.maintenanceWindow.start);
  for (const phase of plan.execution.phases) {
    const t = parse(phase.plannedStart);
    if (t !== null && (t0 === null || t < t0)) t0 = t;
  }
  return t0;
}

/**
 * Gantt dates on the plan's wall clock, minute precision, in the `YYYY-MM-DD HH:mm` format declared
 * below. Mermaid reads them as local times of whoever draws the chart, so only the labels carry a zone.
 */
const stamp = (ms: number, zone: string) => wallClock(new Date(ms), zone);

const minutes = (hours: number) => Math.max(1, Math.round(hours * 60));

const PER_VIEW = 60;

export const timelineDiagram: DiagramBuilder = (plan, evaluation, limits) => {
  const entries = evaluation.estimate.timeline;
  const origin = timelineOrigin(plan);
  // Without any start time the chart still shows durations and order, from a neutral origin.
  const t0 = origin ?? Date.parse('2000-01-01T00:00:00Z');
  // Relative hours from a neutral origin need no zone; planned times read in the plan's.
  const zone = origin === null ? 'UTC' : effectiveZone(plan.timeZone);
  const win = plan.assessment.maintenanceWindow;
  const ponrId = evaluation.pointOfNoReturn.computed?.phaseId ?? null;
  const windowed = new Set(
    evaluation.estimate.phases.filter((p) => p.timing === 'in-window').map((p) => p.phaseId),
  );
  const windowStart = parse(win.start);
  let phaseNo = 0;
  const numbered = entries.map((entry) => ({
    entry,
    no: entry.kind === 'phase' ? (phaseNo += 1) : 0,
  }));

  const task = ({ entry, no }: { entry: TimelineEntry; no: number }, id: number) => {
    const start = stamp(t0 + entry.startOffsetHours * 3_600_000, zone);
    // A fixed first word, so a name can never start the line with a keyword such as `click`.
    const inWindow = entry.phaseId !== null && windowed.has(entry.phaseId);
    const name =
      entry.kind === 'soak'
        ? `Soak ${entry.durationHours} h`
        : `Phase ${no} ${mermaidBare(entry.label)}${inWindow ? ' (in window)' : ''}`.trim();
    if (entry.durationHours <= 0) return `    ${name} :milestone, t${id}, ${start}, 0m`;
    const tag = entry.kind === 'soak' ? 'active, ' : '';
    return `    ${name} :${tag}t${id}, ${start}, ${minutes(entry.durationHours)}m`;
  };

  const perView = Math.max(1, Math.min(PER_VIEW, limits.maxNodes));
  const views = splitIntoViews(numbered.length, perView, limits.maxTextSize, (start, end, index, total) => {
    const lines = [
      'gantt',
      `  title ${origin === null ? 'Timeline (no start time planned: relative hours)' : `Timeline (${mermaidBare(zone)})`}`,
      '  dateFormat YYYY-MM-DD HH:mm',
      `  axisFormat ${origin === null ? '%H:%M' : '%d %b %H:%M'}`,
      '  todayMarker off',
    ];
    if (index === 0 && windowStart !== null && win.durationMinutes !== null) {
      lines.push(
        '  section Window',
        `    Maintenance window :crit, w0, ${stamp(windowStart, zone)}, ${Math.round(win.durationMinutes)}m`,
      );
    }
    lines.push('  section Phases');
    for (let i = start; i < end; i += 1) {
      const item = numbered[i];
      if (!item) continue;
      lines.push(task(item, i));
      // The computed point of no return: rollback without data loss ends when this phase ends.
      if (item.entry.phaseId !== null && item.entry.phaseId === ponrId) {
        const at = stamp(t0 + (item.entry.startOffsetHours + item.entry.durationHours) * 3_600_000, zone);
        lines.push(`    Point of no return :crit, milestone, ponr, ${at}, 0m`);
      }
    }
    return {
      title: viewTitle('Timeline', index, total),
      note: total === 1 ? null : `Entries ${start + 1} to ${end} of ${numbered.length}.`,
      source: `${lines.join('\n')}\n`,
    };
  });
  const notes: string[] = [];
  if (origin === null)
    notes.push('No phase or window has a start time, so times are relative to the first phase.');
  if (views.length > 1)
    notes.push(
      `The plan has ${plural(plan.execution.phases.length, 'phase')}, so the timeline is split into ${views.length} views.`,
    );
  return { id: 'timeline', title: 'Timeline', note: joinNotes(notes), views };
};
