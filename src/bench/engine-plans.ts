import { defaultChecklist, defaultTriggers, PLAN_FORMAT_VERSION, PLAN_KIND, type PlanInput } from '../domain';

/**
 * A realistic big plan for the benchmark: `components` components (tables and services across ten
 * teams), 3 dependency edges per component pointing at earlier components (so the graph is a DAG with
 * many waves), and `phases` phases with steps, SQL and integrity checks. Deterministic: no randomness,
 * so every run measures the same document.
 */
export function benchPlanInput(components: number, phases = 50): PlanInput {
  const comps = Array.from({ length: components }, (_, i) => ({
    id: `c-${i}`,
    name: `component ${i}`,
    kind: i % 3 === 0 ? ('table' as const) : ('service' as const),
    ownerTeam: `team-${i % 10}`,
    stateful: i % 3 === 0,
    rows: i % 3 === 0 ? 100_000 + ((i * 7919) % 900_000) : 0,
    avgRowBytes: i % 3 === 0 ? 120 : 0,
    // Format 2: most tables change in place, every ninth moves to another cluster by replication.
    move: i % 9 === 0 ? ('other-cluster' as const) : ('in-place' as const),
    changeSync: i % 9 === 0 ? ('replication' as const) : ('unknown' as const),
    writesPerSecond: i % 3 === 0 ? 200 + (i % 50) : null,
  }));
  const dependencies: Array<{ from: string; to: string }> = [];
  for (let i = 0; i < components; i += 1) {
    for (let k = 1; k <= 3; k += 1) {
      // Three distinct earlier components when there are enough of them; the first few wrap forward.
      const from = i >= 3 ? (i * 31 + k * 17) % i : (i + k) % components;
      dependencies.push({ from: `c-${from}`, to: `c-${i}` });
    }
  }
  const start = Date.parse('2026-12-10T01:00:00.000Z');
  const phaseList = Array.from({ length: phases }, (_, p) => ({
    id: `ph-${p}`,
    name: `Phase ${p}`,
    owner: `owner-${p % 5}`,
    kind: p === 0 ? ('expand' as const) : p === phases - 1 ? ('contract' as const) : ('migrate' as const),
    plannedStart: new Date(start + p * 30 * 60_000).toISOString(),
    durationMinutes: 25,
    steps: Array.from({ length: 3 }, (_, s) => ({
      id: `s-${p}-${s}`,
      text: `Step ${s} of phase ${p}`,
      sql:
        s === 0
          ? `-- batch ${p}\nUPDATE t${p} SET v = 'x' WHERE id BETWEEN ${p * 1000} AND ${p * 1000 + 999};`
          : '',
    })),
    integrityChecks: [
      { id: `ic-${p}-a`, kind: 'row-count' as const, target: `t${p}`, expectedRows: 1000 },
      { id: `ic-${p}-b`, kind: 'checksum' as const, target: `t${p}`, checksumTarget: 'md5(v)' },
    ],
    pausable: true,
    deletesSource: p === phases - 1,
    timing: 'online' as const,
    rollbackMechanism: p === phases - 1 ? ('restore-backup' as const) : ('revert-deploy' as const),
  }));
  return {
    kind: PLAN_KIND,
    formatVersion: PLAN_FORMAT_VERSION,
    id: `bench-${components}`,
    title: `Benchmark plan, ${components} components`,
    createdAt: '2026-11-01T00:00:00.000Z',
    assessment: {
      scope: ['schema', 'data', 'service'],
      components: comps,
      dependencies,
      downtime: { kind: 'zero', agreedBy: 'bench' },
      maintenanceWindow: { start: '2026-12-10T01:00:00.000Z', durationMinutes: 480, offPeak: true },
      throughput: { rowsPerSecond: 50_000, batchSize: 10_000, productionScaleData: true },
      stakeholderNoticeAt: '2026-12-01T00:00:00.000Z',
      schemaChange: {
        description: 'bench',
        backwardCompatible: 'yes',
        forwardSql: 'ALTER TABLE t ADD COLUMN v text;',
      },
    },
    strategy: { deployment: 'canary', dataApproach: 'expand-contract' },
    rollback: {
      triggers: defaultTriggers(),
      tests: [
        {
          id: 'r1',
          kind: 'staging',
          environment: 'staging',
          date: '2026-11-20',
          result: 'pass',
          productionLikeData: true,
        },
      ],
      procedures: { database: 'rollback.sql', sourcePreserved: true, backupLastResort: true },
      pointOfNoReturn: { exists: 'yes', phaseId: `ph-${phases - 1}`, approver: 'lead', communicated: true },
    },
    execution: {
      checklist: defaultChecklist().map((c) => ({ ...c, done: true, verifiedBy: 'ops' })),
      phases: phaseList,
      soakHours: 24,
      coordinator: 'lead',
      crossTeamScheduleConfirmed: true,
    },
  };
}
