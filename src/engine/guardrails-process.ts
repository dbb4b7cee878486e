import type { PhaseRun, RecordedCheck } from '../domain';
import { NOTICE_MIN_HOURS, parseTime, type Facts } from './facts';
import { finding } from './finding';
import { formatHours } from './format';
import type { Finding } from './types';

/** The latest record per check id (records are appended in time order; a later entry supersedes). */
export function latestChecks(
  run: PhaseRun | undefined,
): Map<string, { index: number; check: RecordedCheck }> {
  const latest = new Map<string, { index: number; check: RecordedCheck }>();
  run?.checks.forEach((check, index) => latest.set(check.checkId, { index, check }));
  return latest;
}

/**
 * GR-06. Planning: every phase needs integrity checks; without them "pass" means nothing. For a plan
 * that moves no data (a stateless service swap) a missing check is a warning, otherwise a blocker.
 * Migration day: a phase may start only when every check of the previous phase has a passing record,
 * and a failed check must halt the run.
 */
export function integrityGates(f: Facts): Finding[] {
  const out: Finding[] = [];
  const { phases } = f.plan.execution;
  if (phases.length === 0) {
    out.push(
      finding(
        'GR-06',
        f.hasData ? 'blocker' : 'warning',
        'execution.phases',
        'The plan has no phases yet, so no integrity check gates any step of the migration.',
        'Add the phases, each with the checks that must pass before the next one starts (row counts, checksums, a source-to-target comparison before every switch).',
      ),
    );
  }
  phases.forEach((phase, i) => {
    if (phase.integrityChecks.length > 0) return;
    out.push(
      finding(
        'GR-06',
        f.hasData ? 'blocker' : 'warning',
        `execution.phases[${i}].integrityChecks`,
        `Phase "${phase.name}" has no integrity checks, so nothing can gate the next phase.`,
        'Add row-count, checksum or referential-integrity checks that must pass before the next phase.',
      ),
    );
  });
  const runs = f.plan.run.phases;
  const runIndex = new Map<string, number>();
  runs.forEach((run, k) => {
    if (!runIndex.has(run.phaseId)) runIndex.set(run.phaseId, k);
  });
  phases.forEach((phase, i) => {
    const k = runIndex.get(phase.id);
    const run = k === undefined ? undefined : runs[k];
    if (k === undefined || !run) return;
    const latest = latestChecks(run);
    for (const [, { index, check }] of latest) {
      if (check.passed) continue;
      out.push(
        finding(
          'GR-06',
          'blocker',
          `run.phases[${k}].checks[${index}]`,
          `Integrity check ${check.checkId} of phase "${phase.name}" failed.`,
          'Halt: do not start the next phase; roll back (RT-03) or fix and re-run the check.',
        ),
      );
    }
    const prev = i > 0 ? phases[i - 1] : undefined;
    if (!prev || run.status === 'pending') return;
    const pk = runIndex.get(prev.id);
    const prevLatest = latestChecks(pk === undefined ? undefined : runs[pk]);
    const unpassed = prev.integrityChecks.filter((c) => !prevLatest.get(c.id)?.check.passed).map((c) => c.id);
    if (unpassed.length === 0) return;
    out.push(
      finding(
        'GR-06',
        'blocker',
        `run.phases[${k}].status`,
        `Phase "${phase.name}" started before the integrity checks of "${prev.name}" passed (${unpassed.join(', ')}).`,
        `Pause "${phase.name}" and record passing results for ${unpassed.join(', ')} first.`,
      ),
    );
  });
  return out;
}

/**
 * GR-07: the window is announced at least 48 h before it starts, measured against ctx.now. A plan
 * with no window (zero downtime, or a pause of minutes at the switch) announces its start instead: it
 * is not asked to set a window.
 */
export function stakeholderNotice(f: Facts): Finding[] {
  const start = f.windowStartMs;
  if (start === null) {
    // A pause of seconds at the switch (under 5 minutes) is not a window to schedule.
    const windowed = f.windowAgreed || f.plan.assessment.maintenanceWindow.durationMinutes !== null;
    return [
      windowed
        ? finding(
            'GR-07',
            'warning',
            'assessment.maintenanceWindow.start',
            'The migration window has no start time, so the 48-hour notice cannot be checked.',
            'Set the maintenance window start (or phase start times).',
          )
        : finding(
            'GR-07',
            'warning',
            f.plan.execution.phases.length > 0 ? 'execution.phases[0].plannedStart' : 'execution.phases',
            'No phase has a planned start, so the 48-hour notice to stakeholders and consumers cannot be checked.',
            'Give the first phase a planned start, and tell stakeholders and consumers at least 48 hours before it.',
          ),
    ];
  }
  const deadline = start - NOTICE_MIN_HOURS * 3_600_000;
  const deadlineText = new Date(deadline).toISOString();
  const notice = parseTime(f.plan.assessment.stakeholderNoticeAt);
  if (notice === null) {
    const late = f.nowMs > deadline;
    return [
      finding(
        'GR-07',
        'blocker',
        'assessment.stakeholderNoticeAt',
        late
          ? `No stakeholder notice is recorded, and it is already less than ${NOTICE_MIN_HOURS} h before the window (${new Date(start).toISOString()}).`
          : `No stakeholder notice is recorded; stakeholders must be told by ${deadlineText}.`,
        late
          ? `Move the window to at least ${NOTICE_MIN_HOURS} h after the notice, then notify everyone.`
          : `Notify all stakeholders and consumers by ${deadlineText} and record when.`,
      ),
    ];
  }
  const lead = (start - notice) / 3_600_000;
  if (lead < NOTICE_MIN_HOURS) {
    return [
      finding(
        'GR-07',
        'blocker',
        'assessment.stakeholderNoticeAt',
        `The notice gives ${formatHours(Math.max(lead, 0))} before the window; at least ${NOTICE_MIN_HOURS} h is required.`,
        `Notify by ${deadlineText}, or move the window to at least ${NOTICE_MIN_HOURS} h after the notice.`,
      ),
    ];
  }
  if (notice > f.nowMs) {
    return [
      finding(
        'GR-07',
        'info',
        'assessment.stakeholderNoticeAt',
        `The notice is planned for ${new Date(notice).toISOString()}, not sent yet.`,
        'Send it as planned and keep the time recorded.',
      ),
    ];
  }
  return [];
}
