import { BUILTIN_CHECKLIST } from '../domain';
import { parseTime, SOAK_MIN_HOURS, type Facts } from './facts';
import { latestChecks } from './guardrails-process';
import { RULES } from './rules';
import { evaluateTriggers } from './triggers';
import type { Criterion, CriterionStatus, Finding, ScRuleId } from './types';

/**
 * SC-01, SC-02, SC-03 and SC-07 judge the plan itself: met or not-met. SC-04, SC-05, SC-06 and SC-08
 * are about migration day: pending until the run records evidence. Evidence of failure always wins;
 * otherwise a criterion the operator confirmed by hand (run.confirmedCriteria) is met.
 */
export function successCriteria(f: Facts, findings: readonly Finding[]): Criterion[] {
  const { plan } = f;
  const { run, execution } = plan;
  const confirmed = new Set<string>(run.confirmedCriteria);
  const make = (ruleId: ScRuleId, status: CriterionStatus, detail: string): Criterion => {
    const final = status !== 'not-met' && confirmed.has(ruleId) ? 'met' : status;
    const note = final !== status ? `${detail} Confirmed by the operator.` : detail;
    return { ruleId, text: RULES[ruleId].specText, status: final, detail: note };
  };

  const sc01: string[] = [];
  if (execution.phases.length === 0) sc01.push('no phases');
  if (execution.phases.some((p) => p.owner.trim() === '')) sc01.push('a phase without an owner');
  if (execution.phases.some((p) => p.plannedStart === null || p.durationMinutes === null))
    sc01.push('a phase without a start or duration (timeline)');
  if (plan.assessment.components.length > 1 && plan.assessment.dependencies.length === 0)
    sc01.push('no dependencies mapped');
  if (findings.some((x) => x.ruleId === 'SC-01')) sc01.push('dependency problems (see findings)');

  const p = plan.rollback.procedures;
  const written = p.database.trim() !== '' || p.services.trim() !== '' || p.data.trim() !== '';
  const tested = f.tests.anyPassed !== null;
  const sc02 = [
    written ? '' : 'the procedure is not written down',
    tested ? '' : 'no passed non-production test',
  ].filter(Boolean);

  const missingBuiltins = BUILTIN_CHECKLIST.filter((b) => !f.checklist.has(b.key)).length;
  const open = execution.checklist.filter((c) => !c.done || c.verifiedBy.trim() === '').length;
  const sc03 = `${execution.checklist.length - open} of ${execution.checklist.length} items done and verified${missingBuiltins > 0 ? `; ${missingBuiltins} of the spec's items missing` : ''}.`;

  // SC-04: every planned check has a passing latest record once the phase has run.
  const runById = new Map(run.phases.map((r) => [r.phaseId, r] as const));
  let failed = 0;
  let pendingChecks = 0;
  for (const phase of execution.phases) {
    const latest = latestChecks(runById.get(phase.id));
    for (const c of phase.integrityChecks) {
      const rec = latest.get(c.id);
      if (!rec) pendingChecks += 1;
      else if (!rec.check.passed) failed += 1;
    }
  }
  const sc04: CriterionStatus =
    failed > 0 ? 'not-met' : pendingChecks === 0 && execution.phases.length > 0 ? 'met' : 'pending';

  // SC-05 and SC-06: a sample that fires a trigger is an anomaly.
  const soakStart = parseTime(run.soakStartedAt);
  let anomalies = 0;
  let soakAnomalies = 0;
  for (const sample of run.metrics) {
    if (!evaluateTriggers(plan, sample).rollBackNow) continue;
    anomalies += 1;
    const at = parseTime(sample.at);
    if (soakStart !== null && at !== null && at >= soakStart) soakAnomalies += 1;
  }
  const finished = run.status === 'completed';
  const sc05: CriterionStatus =
    anomalies > 0 ? 'not-met' : finished && run.metrics.length > 0 ? 'met' : 'pending';
  const soakHours = execution.soakHours;
  const soakDone =
    soakStart !== null && f.nowMs >= soakStart + Math.max(soakHours, SOAK_MIN_HOURS) * 3_600_000;
  const sc06: CriterionStatus =
    soakHours < SOAK_MIN_HOURS || soakAnomalies > 0 ? 'not-met' : soakDone ? 'met' : 'pending';

  const gr02 = findings.some((x) => x.ruleId === 'GR-02' && x.severity === 'blocker');
  const sc07: CriterionStatus =
    gr02 || (f.hasData && !p.sourcePreserved) ? 'not-met' : finished ? 'met' : 'pending';

  const updated = new Set(run.stakeholderUpdates.map((u) => u.phaseId));
  const gates = run.phases.filter((r) => r.status === 'completed' || r.status === 'failed');
  const silent = gates.filter((r) => !updated.has(r.phaseId)).length;
  const sc08: CriterionStatus =
    silent > 0 ? 'not-met' : gates.length > 0 && gates.length >= execution.phases.length ? 'met' : 'pending';

  return [
    make(
      'SC-01',
      sc01.length === 0 ? 'met' : 'not-met',
      sc01.length === 0
        ? 'Phases, owners, timeline and dependencies are documented.'
        : `Missing: ${[...new Set(sc01)].join('; ')}.`,
    ),
    make(
      'SC-02',
      sc02.length === 0 ? 'met' : 'not-met',
      sc02.length === 0 ? 'Procedure written and tested outside production.' : `Missing: ${sc02.join('; ')}.`,
    ),
    make(
      'SC-03',
      open === 0 && missingBuiltins === 0 && execution.checklist.length > 0 ? 'met' : 'not-met',
      sc03,
    ),
    make('SC-04', sc04, `${failed} failed, ${pendingChecks} not yet recorded.`),
    make(
      'SC-05',
      sc05,
      anomalies > 0
        ? `${count(anomalies, 'metrics sample', 'metrics samples')} fired a rollback trigger.`
        : run.metrics.length === 0
          ? 'No metrics recorded yet.'
          : `${count(run.metrics.length, 'sample', 'samples')} recorded, none over a threshold.`,
    ),
    make(
      'SC-06',
      sc06,
      soakHours < SOAK_MIN_HOURS
        ? `Soak of ${soakHours} h is below the ${SOAK_MIN_HOURS} h minimum.`
        : soakStart === null
          ? 'The soak has not started.'
          : soakAnomalies === 0
            ? `No anomaly during the soak${soakDone ? '' : ' so far'}.`
            : `${count(soakAnomalies, 'anomaly', 'anomalies')} during the soak.`,
    ),
    make(
      'SC-07',
      sc07,
      gr02
        ? 'Source data is deleted before verification and the soak.'
        : p.sourcePreserved
          ? 'The plan preserves the source data.'
          : 'The plan does not state that source data is preserved.',
    ),
    make(
      'SC-08',
      sc08,
      `${gates.length - silent} of ${gates.length} passed phase gates have a stakeholder update.`,
    ),
  ];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
