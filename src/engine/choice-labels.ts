import type { DataApproach, DeploymentStrategy } from '../domain';

/**
 * The words for each strategy and data approach, apart from the code that recommends them: the
 * editor's findings panel names them on its first frame, before the engine's code has arrived.
 */
export const STRATEGY_LABEL: Record<DeploymentStrategy, string> = {
  'big-bang': 'big bang',
  rolling: 'rolling',
  'blue-green': 'blue-green',
  canary: 'canary',
  'strangler-fig': 'strangler fig',
};

export const APPROACH_LABEL: Record<DataApproach, string> = {
  'expand-contract': 'expand-contract',
  'dual-write': 'dual-write',
  'snapshot-replay': 'snapshot-and-replay',
  none: 'no data migration approach',
};
