import type { Facts } from './facts';
import { finding } from './finding';
import type { Finding } from './types';
import { staleChecks } from './verification-age';

/**
 * GR-06 on migration day: a phase still running may not rest on a stale verification. Once the phase
 * completed, its gate was passed with the evidence of that time and stays so.
 */
export function staleVerifications(f: Facts): Finding[] {
  const out: Finding[] = [];
  f.plan.run.phases.forEach((run, k) => {
    if (run.status !== 'running' && run.status !== 'failed') return;
    const phase = f.plan.execution.phases.find((p) => p.id === run.phaseId);
    if (!phase) return;
    for (const { checkId, reason } of staleChecks(f.plan, run.phaseId, f.nowMs)) {
      const index = run.checks.map((c) => c.checkId).lastIndexOf(checkId);
      out.push(
        finding(
          'GR-06',
          'blocker',
          `run.phases[${k}].checks[${index}]`,
          `The database verification behind check ${checkId} of phase "${phase.name}" is stale: ${reason}.`,
          'Run the verification again (a new one from its first round) and record its result before completing the phase.',
        ),
      );
    }
  });
  return out;
}
