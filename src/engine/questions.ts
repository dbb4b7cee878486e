import type { Facts } from './facts';
import { clip, formatCount, formatHours, formatMinutes } from './format';
import type { Placement } from './statement-placement';
import type { PointOfNoReturnFacts, Question } from './types';

/** The spec's question templates, verbatim; {placeholders} are filled with the plan's values. */
export const QUESTION_TEMPLATES = {
  'AQ-01':
    'What is the maximum acceptable downtime for this migration? Options: zero downtime, < 5 minutes, < 1 hour, or a scheduled maintenance window of {duration}.',
  'AQ-02':
    'This schema change (`{change}`) is not backward-compatible. Should I redesign as an expand-contract migration, or is a maintenance window with downtime acceptable?',
  'AQ-03':
    'Estimated migration duration for `{data_volume}` rows is `{duration}`. The maintenance window is `{window}`. Should I break the migration into batches or extend the window?',
  'AQ-04':
    'Components owned by teams `{team_a}` and `{team_b}` are both affected. Who is the migration coordinator, and has cross-team scheduling been confirmed?',
  'AQ-05':
    'After phase `{phase}`, rollback will no longer be possible without data loss. Should I proceed past this point-of-no-return, or add a manual approval gate?',
} as const;

/** Asked when nobody has said whether a point of no return exists and no phase obviously is one. */
export const PONR_EXISTS_QUESTION =
  'Is there a phase after which rollback is no longer possible without data loss? If so, name it and who approves passing it.';

/** At most this many AQ-02 questions: a script with hundreds of breaking statements needs one redesign, not hundreds of questions. */
const MAX_CHANGE_QUESTIONS = 20;

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function downtimeQuestion(f: Facts): Question | null {
  const { downtime, maintenanceWindow } = f.plan.assessment;
  const unspecified = downtime.kind === 'unspecified';
  if (!unspecified && downtime.agreedBy.trim() !== '') return null;
  const minutes = maintenanceWindow.durationMinutes ?? downtime.windowMinutes;
  const duration = minutes === null ? '(length to be agreed)' : formatMinutes(minutes);
  return {
    ruleId: 'AQ-01',
    text: fill(QUESTION_TEMPLATES['AQ-01'], { duration }),
    path: unspecified ? 'assessment.downtime.kind' : 'assessment.downtime.agreedBy',
  };
}

/**
 * AQ-02 per statement that is not backward-compatible and runs while old code still runs; one placed
 * after the switch, in the swap or inside agreed downtime raises no question. A change declared
 * incompatible with no SQL to place gets the one question.
 */
function compatibilityQuestions(f: Facts, placement: Placement): Question[] {
  if (f.backwardCompatible !== 'no') return [];
  const template = QUESTION_TEMPLATES['AQ-02'];
  const breaking = placement.statements.filter((s) => !s.destructive || s.phase === null);
  if (breaking.length > 0) {
    return breaking
      .filter((s) => s.where === 'transition')
      .slice(0, MAX_CHANGE_QUESTIONS)
      .map((s) => ({
        ruleId: 'AQ-02' as const,
        text: fill(template, { change: clip(s.text, 200) }),
        path: s.path,
      }));
  }
  const described = f.plan.assessment.schemaChange.description.trim();
  const change = described === '' ? 'the schema change' : clip(described, 200);
  return [
    { ruleId: 'AQ-02', text: fill(template, { change }), path: 'assessment.schemaChange.backwardCompatible' },
  ];
}

/**
 * AQ-03 holds only in-window work against the window: asked when it exceeds the window, or when the
 * copy runs inside the window and its duration cannot be estimated for more than a small dataset.
 * Never for a plan without a window: it cannot be asked to extend one.
 */
function durationQuestion(f: Facts): Question | null {
  if (f.windowHours === null && !f.downtimeAllowed) return null;
  const w = f.windows;
  const exceeds = f.fitsWindow === false;
  const copyInWindow = w.copyTiming === 'in-window';
  const unsure = copyInWindow && !f.small && (w.copyHours === null || f.windowHours === null);
  if (!exceeds && !unsure) return null;
  const duration =
    w.inWindowHours !== null
      ? formatHours(w.inWindowHours)
      : exceeds
        ? `at least ${formatHours(w.inWindowKnownHours)}`
        : 'unknown (throughput not measured)';
  const window = f.windowHours === null ? 'not agreed yet' : formatHours(f.windowHours);
  const path =
    copyInWindow && w.copyHours === null
      ? 'assessment.throughput.rowsPerSecond'
      : f.windowHours === null
        ? 'assessment.downtime.windowMinutes'
        : 'assessment.maintenanceWindow.durationMinutes';
  const rows = copyInWindow ? f.shape.copyRows : 0;
  return {
    ruleId: 'AQ-03',
    text: fill(QUESTION_TEMPLATES['AQ-03'], { data_volume: formatCount(rows), duration, window }),
    path,
  };
}

function teamsQuestion(f: Facts): Question | null {
  const { execution } = f.plan;
  if (f.teams.length < 2) return null;
  const coordinated = execution.coordinator.trim() !== '' && execution.crossTeamScheduleConfirmed;
  if (coordinated) return null;
  const rest = f.teams.slice(0, -1);
  let text = fill(QUESTION_TEMPLATES['AQ-04'], { team_a: rest.join('`, `'), team_b: f.teams.at(-1) ?? '' });
  // With three or more teams the spec's "both" would be wrong.
  if (f.teams.length > 2) text = text.replace(' are both affected', ' are all affected');
  const path =
    execution.coordinator.trim() === '' ? 'execution.coordinator' : 'execution.crossTeamScheduleConfirmed';
  return { ruleId: 'AQ-04', text, path };
}

function pointOfNoReturnQuestion(f: Facts, computed: PointOfNoReturnFacts): Question | null {
  const ponr = f.plan.rollback.pointOfNoReturn;
  const { phases } = f.plan.execution;
  const deleting = computed.computed === null ? undefined : phases[computed.computed.index];
  const template = QUESTION_TEMPLATES['AQ-05'];
  if (ponr.exists === 'yes') {
    const index = ponr.phaseId === null ? undefined : f.phaseIndex.get(ponr.phaseId);
    const phase = index === undefined ? undefined : phases[index];
    if (phase && ponr.approver.trim() !== '' && ponr.communicated) return null;
    const path = !phase
      ? 'rollback.pointOfNoReturn.phaseId'
      : ponr.approver.trim() === ''
        ? 'rollback.pointOfNoReturn.approver'
        : 'rollback.pointOfNoReturn.communicated';
    return { ruleId: 'AQ-05', text: fill(template, { phase: phase ? phase.name : '(not named)' }), path };
  }
  if (deleting) {
    // 'no' or 'unknown' while rollback ends after a phase (it deletes source data, or its mechanism
    // loses data): that phase is a point of no return.
    return {
      ruleId: 'AQ-05',
      text: fill(template, { phase: deleting.name }),
      path: 'rollback.pointOfNoReturn.exists',
    };
  }
  if (ponr.exists === 'unknown') {
    return { ruleId: 'AQ-05', text: PONR_EXISTS_QUESTION, path: 'rollback.pointOfNoReturn.exists' };
  }
  return null;
}

export function askQuestions(f: Facts, placement: Placement, ponr: PointOfNoReturnFacts): Question[] {
  const out: Question[] = [];
  const push = (q: Question | null): void => {
    if (q) out.push(q);
  };
  push(downtimeQuestion(f));
  out.push(...compatibilityQuestions(f, placement));
  push(durationQuestion(f));
  push(teamsQuestion(f));
  push(pointOfNoReturnQuestion(f, ponr));
  return out;
}
