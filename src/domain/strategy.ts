import { z } from 'zod';
import { ShortText, Text } from './primitives';

export const DEPLOYMENT_STRATEGIES = [
  'big-bang',
  'rolling',
  'blue-green',
  'canary',
  'strangler-fig',
] as const;
export const DeploymentStrategy = z.enum(DEPLOYMENT_STRATEGIES);
export type DeploymentStrategy = z.infer<typeof DeploymentStrategy>;

export const DATA_APPROACHES = ['expand-contract', 'dual-write', 'snapshot-replay', 'none'] as const;
export const DataApproach = z.enum(DATA_APPROACHES);
export type DataApproach = z.infer<typeof DataApproach>;

export const ADR_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

export const Adr = z.object({
  status: z.enum(ADR_STATUSES).default('proposed'),
  context: Text().default(''),
  decision: Text().default(''),
  consequences: Text().default(''),
  alternatives: Text().default(''),
  deciders: ShortText.default(''),
});
export type Adr = z.infer<typeof Adr>;

export const Strategy = z.object({
  /** null until the person chooses; the engine still recommends. */
  deployment: DeploymentStrategy.nullable().default(null),
  dataApproach: DataApproach.nullable().default(null),
  /** Required when the choice differs from the engine's recommendation. */
  justification: Text(5_000).default(''),
  rationale: Text(5_000).default(''),
  /** FM-05: dual-write needs a reconciliation job that compares stores and alerts on divergence. */
  reconciliationJob: z.boolean().default(false),
  /** FM-04: feature flags route traffic gradually. */
  featureFlagRouting: z.boolean().default(false),
  adr: Adr.default(Adr.parse({})),
});
export type Strategy = z.infer<typeof Strategy>;
