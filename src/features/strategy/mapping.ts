import { z } from 'zod';
import { ADR_STATUSES, DataApproach, DeploymentStrategy, type Plan } from '../../domain';

export const StrategyForm = z.object({
  deployment: z.union([DeploymentStrategy, z.literal('')]),
  dataApproach: z.union([DataApproach, z.literal('')]),
  justification: z.string().max(5_000, 'At most 5,000 characters.'),
  rationale: z.string().max(5_000, 'At most 5,000 characters.'),
  reconciliationJob: z.boolean(),
  featureFlagRouting: z.boolean(),
  adrStatus: z.enum(ADR_STATUSES),
  adrContext: z.string().max(20_000),
  adrDecision: z.string().max(20_000),
  adrConsequences: z.string().max(20_000),
  adrAlternatives: z.string().max(20_000),
  adrDeciders: z.string().max(500),
});
export type StrategyForm = z.infer<typeof StrategyForm>;

export const STRATEGY_PATHS = {
  deployment: 'strategy.deployment',
  dataApproach: 'strategy.dataApproach',
  justification: 'strategy.justification',
  rationale: 'strategy.rationale',
  reconciliationJob: 'strategy.reconciliationJob',
  featureFlagRouting: 'strategy.featureFlagRouting',
  adrStatus: 'strategy.adr.status',
  adrContext: 'strategy.adr.context',
  adrDecision: 'strategy.adr.decision',
  adrConsequences: 'strategy.adr.consequences',
  adrAlternatives: 'strategy.adr.alternatives',
  adrDeciders: 'strategy.adr.deciders',
} as const satisfies Record<keyof StrategyForm, string>;

export function toStrategyForm(plan: Plan): StrategyForm {
  const s = plan.strategy;
  return {
    deployment: s.deployment ?? '',
    dataApproach: s.dataApproach ?? '',
    justification: s.justification,
    rationale: s.rationale,
    reconciliationJob: s.reconciliationJob,
    featureFlagRouting: s.featureFlagRouting,
    adrStatus: s.adr.status,
    adrContext: s.adr.context,
    adrDecision: s.adr.decision,
    adrConsequences: s.adr.consequences,
    adrAlternatives: s.adr.alternatives,
    adrDeciders: s.adr.deciders,
  };
}

export function applyStrategyForm(plan: Plan, f: StrategyForm): Plan {
  return {
    ...plan,
    strategy: {
      deployment: f.deployment === '' ? null : f.deployment,
      dataApproach: f.dataApproach === '' ? null : f.dataApproach,
      justification: f.justification,
      rationale: f.rationale,
      reconciliationJob: f.reconciliationJob,
      featureFlagRouting: f.featureFlagRouting,
      adr: {
        status: f.adrStatus,
        context: f.adrContext,
        decision: f.adrDecision,
        consequences: f.adrConsequences,
        alternatives: f.adrAlternatives,
        deciders: f.adrDeciders,
      },
    },
  };
}
