import { AFTER_SWITCH_KINDS, COPY_KINDS } from '../domain';
import type { Facts } from './facts';
import type { DataApproachRecommendation, FmRuleId, PointOfNoReturnFacts, Risk } from './types';

/** The spec's Failure Modes table, cell by cell. */
const TABLE: Record<FmRuleId, { failure: string; symptom: string; mitigation: string }> = {
  'FM-01': {
    failure: 'Migration exceeds time window',
    symptom: 'Migration still running at end of maintenance window',
    mitigation:
      'Design migration to be pausable and resumable; pre-calculate duration on staging with production-scale data',
  },
  'FM-02': {
    failure: 'Data integrity loss during migration',
    symptom: 'Row count mismatch or checksum failures post-migration',
    mitigation: 'Run integrity checks after each batch; halt and rollback on first failure',
  },
  'FM-03': {
    failure: 'Rollback procedure fails',
    symptom: 'Rollback script errors or leaves system in inconsistent state',
    mitigation: 'Always test rollback in staging with production-like data; maintain backup as last resort',
  },
  'FM-04': {
    failure: 'Downstream services break after migration',
    symptom: 'Dependent APIs return errors, consumers report failures',
    mitigation:
      'Communicate migration timeline to all consumers; use feature flags to route traffic gradually',
  },
  'FM-05': {
    failure: 'Dual-write inconsistency',
    symptom: 'Old and new data stores diverge during transition period',
    mitigation: 'Implement reconciliation jobs that compare stores; alert on divergence',
  },
  'FM-06': {
    failure: 'Point-of-no-return reached prematurely',
    symptom: 'Team discovers issues after irreversible changes were applied',
    mitigation: 'Add explicit manual approval gates before destructive phases; never skip pre-checks',
  },
};

type Gap = { text: string; path: string };

function risk(ruleId: FmRuleId, applies: boolean, gaps: Gap[]): Risk {
  const row = TABLE[ruleId];
  return {
    ruleId,
    ...row,
    applies,
    covered: gaps.length === 0,
    missing: gaps.map((g) => g.text),
    path: gaps[0]?.path ?? '',
  };
}

/**
 * The risk register. "applies" says whether the failure can happen to this plan; "covered" whether
 * every part of the spec's mitigation is in the plan. Mitigations are checked even where a failure mode
 * does not apply, so a reviewer sees what would be missing if the plan changed.
 */
export function riskRegister(
  f: Facts,
  data: DataApproachRecommendation,
  ponrFacts: PointOfNoReturnFacts,
): Risk[] {
  const { plan } = f;
  const { phases } = plan.execution;

  const fm01: Gap[] = [];
  phases.forEach((p, i) => {
    if (COPY_KINDS.has(p.kind) && !p.pausable) {
      fm01.push({
        text: `Phase "${p.name}" is not pausable and resumable.`,
        path: `execution.phases[${i}].pausable`,
      });
    }
  });
  const tp = plan.assessment.throughput;
  if (tp.rowsPerSecond === null || !tp.productionScaleData) {
    fm01.push({
      text: 'Duration is not pre-calculated on staging with production-scale data.',
      path: 'assessment.throughput.rowsPerSecond',
    });
  }

  const fm02: Gap[] = [];
  const unchecked = phases.findIndex((p) => p.integrityChecks.length === 0);
  if (phases.length === 0 || unchecked !== -1) {
    fm02.push({
      text: 'Not every phase runs integrity checks.',
      path: phases.length === 0 ? 'execution.phases' : `execution.phases[${unchecked}].integrityChecks`,
    });
  }
  const rt03 = plan.rollback.triggers.findIndex((t) => t.metric === 'integrity-check' && t.enabled);
  if (rt03 === -1) {
    fm02.push({
      text: 'No enabled trigger halts and rolls back on the first integrity failure.',
      path: 'rollback.triggers',
    });
  }

  const fm03: Gap[] = [];
  if (!f.tests.passedStagingProdLike) {
    fm03.push({
      text: 'Rollback is not tested in staging with production-like data.',
      path: 'rollback.tests',
    });
  }
  if (!plan.rollback.procedures.backupLastResort) {
    fm03.push({
      text: 'No backup is kept as the last resort.',
      path: 'rollback.procedures.backupLastResort',
    });
  }

  const fm04: Gap[] = [];
  const notified = f.checklist.get('stakeholders-notified')?.item.done === true;
  if (plan.assessment.stakeholderNoticeAt === null && !notified) {
    fm04.push({
      text: 'The migration timeline is not communicated to consumers.',
      path: 'assessment.stakeholderNoticeAt',
    });
  }
  if (!plan.strategy.featureFlagRouting) {
    fm04.push({ text: 'No feature flags route traffic gradually.', path: 'strategy.featureFlagRouting' });
  }

  const fm05: Gap[] = plan.strategy.reconciliationJob
    ? []
    : [
        {
          text: 'No reconciliation job compares the stores and alerts on divergence.',
          path: 'strategy.reconciliationJob',
        },
      ];

  const fm06: Gap[] = [];
  const ponr = plan.rollback.pointOfNoReturn;
  if (ponr.approver.trim() === '') {
    fm06.push({
      text: 'No manual approval gate (approver) before the destructive phase.',
      path: 'rollback.pointOfNoReturn.approver',
    });
  }
  const skipped = plan.execution.checklist.findIndex((c) => !c.done);
  if (skipped !== -1) {
    fm06.push({
      text: 'Pre-migration checklist items are not all done.',
      path: `execution.checklist[${skipped}].done`,
    });
  }

  const dualWrite = (plan.strategy.dataApproach ?? data.recommended) === 'dual-write';
  // Until someone says there is no point of no return, a plan that changes data or schema, moves a
  // store or retires a monolith's parts will reach one (the old side is removed in the end).
  const undecided =
    ponr.exists === 'unknown' && (f.hasData || f.shape.movingCount > 0 || f.shape.pieceByPiece === 'yes');
  const destructive =
    ponr.exists === 'yes' ||
    ponrFacts.computed !== null ||
    undecided ||
    phases.some((p) => p.deletesSource || AFTER_SWITCH_KINDS.has(p.kind));
  return [
    risk('FM-01', f.shape.copyRows > 0 || f.windowHours !== null, fm01),
    risk('FM-02', f.hasData, fm02),
    risk('FM-03', true, fm03),
    risk('FM-04', plan.assessment.dependencies.length > 0, fm04),
    risk('FM-05', dualWrite, fm05),
    risk('FM-06', destructive, fm06),
  ];
}
