import type { DataApproach, DeploymentStrategy } from '../../domain';

/** The spec's strategy table, word for word. */
export const STRATEGY_TABLE: ReadonlyArray<{
  id: DeploymentStrategy;
  name: string;
  downtime: string;
  complexity: string;
  risk: string;
  bestFor: string;
}> = [
  {
    id: 'big-bang',
    name: 'Big bang',
    downtime: 'Yes',
    complexity: 'Low',
    risk: 'High',
    bestFor: 'Small, isolated systems',
  },
  {
    id: 'rolling',
    name: 'Rolling',
    downtime: 'Minimal',
    complexity: 'Medium',
    risk: 'Medium',
    bestFor: 'Stateless services',
  },
  {
    id: 'blue-green',
    name: 'Blue-green',
    downtime: 'Zero',
    complexity: 'High',
    risk: 'Low',
    bestFor: 'Critical production apps',
  },
  {
    id: 'canary',
    name: 'Canary',
    downtime: 'Zero',
    complexity: 'High',
    risk: 'Low',
    bestFor: 'High-traffic services',
  },
  {
    id: 'strangler-fig',
    name: 'Strangler fig',
    downtime: 'Zero',
    complexity: 'High',
    risk: 'Low',
    bestFor: 'Monolith decomposition',
  },
];

/** The spec's data migration approaches. */
export const DATA_APPROACH_TABLE: ReadonlyArray<{ id: DataApproach; name: string; description: string }> = [
  {
    id: 'expand-contract',
    name: 'Expand-contract',
    description: 'Add new schema → backfill → migrate reads → drop old.',
  },
  {
    id: 'dual-write',
    name: 'Dual-write',
    description: 'Write to both old and new simultaneously during transition.',
  },
  {
    id: 'snapshot-replay',
    name: 'Snapshot-and-replay',
    description: 'Take snapshot, migrate offline, replay changes.',
  },
  {
    id: 'none',
    name: 'No data migration',
    description: 'Nothing to move: the change is to schema or services only.',
  },
];
