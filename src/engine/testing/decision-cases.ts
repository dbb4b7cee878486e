import { Component, createBlankPlan, type Plan } from '../../domain';
import { ordersTable } from '../../domain/testing/plan-parts';

/**
 * Row-by-row cases of the decision table (docs/engine-decision-table.md). Each starts from one base
 * plan, a 50M-row table changed in place by a backward-compatible schema change under zero downtime,
 * where DC-02 decides both the strategy (blue-green) and the approach (expand-contract). `fire`
 * makes the row decide; `quiet` changes one fact so that the row's condition is false.
 */
export type DecisionCase = { id: string; table: 'strategy' | 'approach'; fire: Mutate; quiet: Mutate };
type Mutate = (p: Plan) => void;

export function decisionPlan(mutate: Mutate): Plan {
  const plan = createBlankPlan({ id: 'decision', now: new Date('2026-11-01T00:00:00Z'), title: 'Decision' });
  plan.assessment.scope = ['schema'];
  plan.assessment.downtime.kind = 'zero';
  plan.assessment.components = [
    ordersTable(50_000_000, { ownerTeam: 'Core', move: 'in-place' }),
    Component.parse({ id: 'api', name: 'orders-api', kind: 'service', role: 'consumer', ownerTeam: 'Core' }),
  ];
  plan.assessment.schemaChange.description = 'Add orders.region';
  plan.assessment.schemaChange.backwardCompatible = 'yes';
  mutate(plan);
  return plan;
}

const db = (p: Plan) => {
  const c = p.assessment.components[0];
  if (!c) throw new Error('no datastore');
  return c;
};
const stateless = (p: Plan) => {
  p.assessment.components = p.assessment.components.filter((c) => c.id === 'api');
  const api = p.assessment.components[0];
  if (api) api.role = 'migrating';
  p.assessment.scope = ['service'];
  p.assessment.schemaChange.description = '';
  p.assessment.schemaChange.backwardCompatible = 'unknown';
};
const noSchemaChange = (p: Plan) => {
  p.assessment.scope = ['infrastructure'];
  p.assessment.schemaChange.description = '';
  p.assessment.schemaChange.backwardCompatible = 'unknown';
};
const moves = (sync: 'unknown' | 'none' | 'replication' | 'dual-write') => (p: Plan) => {
  db(p).move = 'other-engine';
  db(p).changeSync = sync;
};
const windowed = (p: Plan) => {
  p.assessment.downtime.kind = 'scheduled-window';
  p.assessment.maintenanceWindow.durationMinutes = 240;
};
const both =
  (...fns: Mutate[]): Mutate =>
  (p) => {
    for (const fn of fns) fn(p);
  };

export const DECISION_CASES: readonly DecisionCase[] = [
  {
    id: 'ST-06',
    table: 'strategy',
    fire: (p) => (p.assessment.rollout.pieceByPiece = 'yes'),
    quiet: (p) => (p.assessment.rollout.pieceByPiece = 'no'),
  },
  { id: 'DC-01', table: 'strategy', fire: stateless, quiet: both(stateless, windowed) },
  {
    id: 'ST-07',
    table: 'strategy',
    fire: both(stateless, windowed),
    quiet: stateless,
  },
  {
    id: 'DC-03',
    table: 'strategy',
    fire: both(windowed, (p) => {
      db(p).rows = 500_000;
      p.assessment.maintenanceWindow.offPeak = true;
    }),
    quiet: both(windowed, (p) => (db(p).rows = 500_000)),
  },
  {
    id: 'ST-08',
    table: 'strategy',
    fire: windowed,
    // 200M rows copied offline inside the window cannot be a big bang.
    quiet: both(windowed, (p) => (db(p).rows = 200_000_000)),
  },
  {
    id: 'ST-09',
    table: 'strategy',
    fire: noSchemaChange,
    quiet: both(noSchemaChange, (p) => (db(p).move = 'unknown')),
  },
  {
    id: 'ST-10',
    table: 'strategy',
    fire: (p) => (p.assessment.rollout.trafficSplit = 'yes'),
    quiet: (p) => (p.assessment.rollout.trafficSplit = 'no'),
  },
  { id: 'ST-11', table: 'strategy', fire: moves('replication'), quiet: moves('none') },
  {
    id: 'DC-02',
    table: 'strategy',
    fire: () => {},
    quiet: (p) => (p.assessment.downtime.kind = 'under-5-min'),
  },
  {
    id: 'ST-12',
    table: 'strategy',
    fire: (p) => (p.assessment.downtime.kind = 'under-5-min'),
    quiet: () => {},
  },
  { id: 'DA-04', table: 'approach', fire: stateless, quiet: () => {} },
  {
    id: 'DA-05',
    table: 'approach',
    fire: noSchemaChange,
    quiet: both(noSchemaChange, (p) => (p.assessment.scope = ['infrastructure', 'data'])),
  },
  { id: 'DA-06', table: 'approach', fire: moves('dual-write'), quiet: moves('replication') },
  { id: 'DA-07', table: 'approach', fire: moves('replication'), quiet: moves('dual-write') },
  { id: 'DA-08', table: 'approach', fire: moves('none'), quiet: moves('replication') },
  {
    id: 'DA-09',
    table: 'approach',
    fire: both(moves('unknown'), (p) => (p.assessment.rollout.pieceByPiece = 'yes')),
    quiet: both(moves('unknown'), (p) => (p.assessment.rollout.pieceByPiece = 'no')),
  },
  { id: 'DA-10', table: 'approach', fire: moves('unknown'), quiet: moves('replication') },
  {
    id: 'DC-06',
    table: 'approach',
    fire: (p) => (p.assessment.schemaChange.backwardCompatible = 'no'),
    quiet: () => {},
  },
  { id: 'DC-02', table: 'approach', fire: () => {}, quiet: windowed },
  {
    id: 'DC-05',
    table: 'approach',
    fire: windowed,
    quiet: both(windowed, (p) => (p.assessment.schemaChange.backwardCompatible = 'unknown')),
  },
  {
    id: 'DA-11',
    table: 'approach',
    fire: both(windowed, (p) => {
      p.assessment.schemaChange.backwardCompatible = 'unknown';
      p.assessment.schemaChange.description = '';
      p.assessment.scope = ['data'];
    }),
    quiet: windowed,
  },
];
