import type { Phase, Plan } from '../../domain';
import type { PhaseProposal } from '../../sql';

/** The plan schema's limits: a proposal must never produce a plan that no longer loads. */
export const MAX_STEPS_PER_PHASE = 1_000;
export const MAX_FORWARD_SQL_CHARS = 2_000_000;

export type ApplyMode = 'append' | 'replace';

export type ApplyOptions = {
  mode: ApplyMode;
  /**
   * Rewrite the forward migration to what now runs before the soak (the expand and migrate SQL).
   * The contract statements then live only in their contract phase, which is what GR-04 asks for.
   */
  rewriteForward: boolean;
  newId: () => string;
};

export type ApplyResult = { plan: Plan; phasesAdded: number; forwardRewritten: boolean };

/** Splits a phase over the schema's step limit into parts, each opening with the phase's session guard. */
export function splitPhase(phase: Phase, newId: () => string, max = MAX_STEPS_PER_PHASE): Phase[] {
  if (phase.steps.length <= max) return [phase];
  const [guard, ...work] = phase.steps;
  const guarded = guard?.sql.trim().toUpperCase().startsWith('SET ') === true;
  const head = guarded && guard ? [guard] : [];
  const body = guarded ? work : phase.steps;
  const size = max - head.length;
  const parts = Math.ceil(body.length / size);
  return Array.from({ length: parts }, (_, k) => ({
    ...phase,
    id: k === 0 ? phase.id : newId(),
    name: `${phase.name} (part ${k + 1} of ${parts})`,
    steps: [
      ...head.map((s) => ({ ...s, id: k === 0 ? s.id : newId() })),
      ...body.slice(k * size, (k + 1) * size),
    ],
  }));
}

/** The SQL that runs before the soak, phase by phase, with a note where the contract statements went. */
export function forwardSqlOf(phases: readonly Phase[]): string {
  const parts: string[] = [];
  const contract: string[] = [];
  for (const phase of phases) {
    if (phase.kind === 'contract') {
      contract.push(phase.name);
      continue;
    }
    const sql = phase.steps.map((s) => s.sql.trim()).filter((s) => s !== '');
    if (sql.length > 0) parts.push([`-- ${phase.name}`, ...sql].join('\n'));
  }
  for (const name of contract)
    parts.push(`-- Moved to the contract phase "${name}", which runs after the soak.`);
  return `${parts.join('\n\n')}\n`;
}

/**
 * Puts the reviewed proposal into the plan. Appending is the default because the person's existing
 * phases are their work: only an explicit "replace" discards them.
 */
export function applyProposal(plan: Plan, proposal: PhaseProposal, options: ApplyOptions): ApplyResult {
  const added = proposal.phases.flatMap((p) => splitPhase(p, options.newId));
  const phases = options.mode === 'replace' ? added : [...plan.execution.phases, ...added];
  const forward = forwardSqlOf(added);
  const rewrite = options.rewriteForward && forward.length <= MAX_FORWARD_SQL_CHARS;
  const schemaChange = rewrite
    ? { ...plan.assessment.schemaChange, forwardSql: forward }
    : plan.assessment.schemaChange;
  return {
    plan: {
      ...plan,
      assessment: { ...plan.assessment, schemaChange },
      execution: { ...plan.execution, phases },
    },
    phasesAdded: added.length,
    forwardRewritten: rewrite,
  };
}
