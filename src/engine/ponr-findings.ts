import type { Facts } from './facts';
import { finding } from './finding';
import type { Finding, PointOfNoReturnFacts } from './types';

/**
 * AQ-05 as findings, from the computed point of no return: the plan's chosen gate comes after it (so
 * the approval would come too late), the plan says there is none, or nobody approves passing it.
 */
export function ponrFindings(f: Facts, p: PointOfNoReturnFacts): Finding[] {
  const out: Finding[] = [];
  const { phases } = f.plan.execution;
  const ponr = f.plan.rollback.pointOfNoReturn;
  const computed = p.computed;
  const name = (i: number) => phases[i]?.name ?? '';
  if (computed && p.chosen && p.chosenTooLate) {
    out.push(
      finding(
        'AQ-05',
        'warning',
        'rollback.pointOfNoReturn.phaseId',
        `The plan puts the point of no return after "${name(p.chosen.index)}", but rollback without data loss already ends after "${name(computed.index)}": ${computed.reason}.`,
        `Move the point of no return (and its approval gate) to "${name(computed.index)}", or give that phase a rollback mechanism that keeps the data.`,
      ),
    );
  }
  if (computed && ponr.exists === 'no') {
    out.push(
      finding(
        'AQ-05',
        'warning',
        'rollback.pointOfNoReturn.exists',
        `The plan says there is no point of no return, but after "${name(computed.index)}" ${computed.reason}.`,
        `Mark "${name(computed.index)}" as the point of no return and name who approves passing it.`,
      ),
    );
  }
  const gate = p.chosen ?? (computed ? { index: computed.index } : null);
  if (gate && ponr.approver.trim() === '') {
    out.push(
      finding(
        'AQ-05',
        'warning',
        'rollback.pointOfNoReturn.approver',
        `Nobody approves passing the point of no return after "${name(gate.index)}": there is no manual approval gate.`,
        'Name the approver; the run asks for their approval before that phase starts.',
      ),
    );
  }
  return out;
}

/**
 * AQ-02 for a move: after the cut-over, writes land on the target only. Without reverse replication
 * (or dual-writes, which keep the old store complete) the way back loses them, and the plan must say
 * which it is.
 */
export function returnPathFindings(f: Facts): Finding[] {
  if (f.shape.movingCount === 0 || f.shape.sync === 'dual-write') return [];
  const { phases } = f.plan.execution;
  const cut = phases.findIndex((p) => p.kind === 'cut-over');
  const from = cut === -1 ? 0 : cut;
  const stated = phases.some((p, i) => i >= from && p.rollbackMechanism !== 'unknown');
  if (stated) return [];
  return [
    finding(
      'AQ-02',
      'warning',
      cut === -1 ? 'execution.phases' : `execution.phases[${cut}].rollbackMechanism`,
      'After the cut-over, new writes land on the target only: rolling back to the old store needs reverse replication (target to source), or it loses them. The plan does not say which.',
      'Set up and test reverse replication before the cut-over, or record the cut-over as the point of no return with an approval gate.',
    ),
  ];
}
