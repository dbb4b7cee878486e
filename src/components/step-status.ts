import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import { stepForPath } from './focus-field';
import type { StepId } from './routes';

export type StepStatus = { complete: boolean; missing: string[] };

/** What each step must hold before it counts as complete; blockers that point into a step also count. */
export function stepStatus(plan: Plan, evaluation: Evaluation, step: StepId): StepStatus {
  const missing: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) missing.push(what);
  };
  const { assessment: a, strategy: s, rollback: r, execution: x } = plan;
  switch (step) {
    case 'assessment':
      need(a.scope.length > 0, 'scope');
      need(a.components.length > 0, 'components');
      need(a.downtime.kind !== 'unspecified', 'downtime tolerance');
      need(
        a.maintenanceWindow.start !== null && a.maintenanceWindow.durationMinutes !== null,
        'maintenance window',
      );
      need(a.stakeholderNoticeAt !== null, 'stakeholder notice date');
      need(evaluation.estimate.totalRows === 0 || a.throughput.rowsPerSecond !== null, 'measured throughput');
      break;
    case 'strategy':
      need(s.deployment !== null, 'deployment strategy');
      need(s.dataApproach !== null, 'data approach');
      need(
        !(evaluation.strategy.differs || evaluation.dataApproach.differs) || s.justification.trim() !== '',
        'justification',
      );
      break;
    case 'rollback':
      need(
        r.triggers.some((t) => t.enabled),
        'an enabled trigger',
      );
      need(
        [r.procedures.database, r.procedures.services, r.procedures.data].some((t) => t.trim() !== ''),
        'a rollback procedure',
      );
      need(
        r.tests.some((t) => t.result === 'pass'),
        'a passed rollback test',
      );
      need(r.pointOfNoReturn.exists !== 'unknown', 'point of no return decision');
      break;
    case 'execution':
      need(
        x.checklist.every((c) => c.done),
        'checklist',
      );
      need(x.phases.length > 0, 'phases');
      need(
        x.phases.every((p) => p.integrityChecks.length > 0),
        'integrity checks for every phase',
      );
      break;
    case 'outputs':
      need(evaluation.readiness.ready, 'a ready plan');
      break;
  }
  const blockers = evaluation.readiness.blockers.filter((f) => stepForPath(f.path) === step).length;
  if (blockers > 0) missing.push(`${blockers} blocker${blockers === 1 ? '' : 's'}`);
  return { complete: missing.length === 0, missing };
}
