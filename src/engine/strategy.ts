import { DEPLOYMENT_STRATEGIES, type DeploymentStrategy } from '../domain';
import { SMALL_ROWS } from '../domain/spec-limits';
import { decide, STRATEGY_ROWS } from './decision-table';
import type { Facts } from './facts';
import { formatCount } from './format';
import { ruleOrder } from './rules';
import type { RankedStrategy, Reason, RuleId, StrategyRecommendation } from './types';

/**
 * The decision table picks the strategy (decision-table.ts). The other four are ranked by how well
 * the spec's strategy table fits the plan (its Downtime and Best-for columns), so a reviewer sees the
 * runner-up and why; ties fall back to STABLE_ORDER (lower risk first, then lower complexity).
 */
const STABLE_ORDER: readonly DeploymentStrategy[] = [
  'blue-green',
  'canary',
  'rolling',
  'strangler-fig',
  'big-bang',
];

export const STRATEGY_RULE: Record<DeploymentStrategy, RuleId> = {
  'big-bang': 'ST-01',
  rolling: 'ST-02',
  'blue-green': 'ST-03',
  canary: 'ST-04',
  'strangler-fig': 'ST-05',
};

type Scored = { score: number; reasons: Array<Reason & { points: number }> };

/** Fit with the strategy table: +/-1 per column that fits or not, 3 when a Decision Criteria row speaks. */
function fitScores(f: Facts): Map<DeploymentStrategy, Scored> {
  const table = new Map<DeploymentStrategy, Scored>(
    DEPLOYMENT_STRATEGIES.map((s) => [s, { score: 0, reasons: [] }]),
  );
  const add = (s: DeploymentStrategy, points: number, ruleId: RuleId, text: string): void => {
    const entry = table.get(s);
    if (!entry) return;
    entry.score += points;
    entry.reasons.push({ ruleId, text, points });
  };
  const zeroStrategies: DeploymentStrategy[] = ['blue-green', 'canary', 'strangler-fig'];
  const downtime = f.plan.assessment.downtime.kind;
  if (f.zeroDowntime) {
    add('big-bang', -4, 'ST-01', 'Big bang means downtime; the plan requires zero downtime.');
    add('rolling', -1, 'ST-02', 'Rolling has minimal, not zero, downtime.');
    for (const s of zeroStrategies) add(s, 1, STRATEGY_RULE[s], 'Zero downtime, as the plan requires.');
  } else if (downtime === 'under-5-min') {
    // The work decides, not the size held: an in-place upgrade of 300M rows copies none of them.
    if (f.shape.copyRows >= SMALL_ROWS)
      add(
        'big-bang',
        -2,
        'ST-01',
        `A big bang copying ${formatCount(f.shape.copyRows)} rows will not finish within 5 minutes.`,
      );
    add('rolling', 1, 'ST-02', 'Minimal downtime fits a tolerance under 5 minutes.');
  } else {
    add('big-bang', 1, 'ST-01', 'Downtime is allowed, and a big bang has the lowest complexity.');
  }
  if (f.stateful)
    add('rolling', -1, 'ST-02', 'Rolling is best for stateless services; this system is stateful.');
  else add('rolling', 1, 'ST-02', 'Rolling is best for stateless services, and this system is stateless.');
  if (f.small && f.plan.assessment.dependencies.length === 0)
    add(
      'big-bang',
      1,
      'ST-01',
      'Big bang is best for small, isolated systems: nothing depends on these components.',
    );
  else if (!f.small)
    add(
      'big-bang',
      -1,
      'ST-01',
      `Big bang is best for small systems; this one holds ${formatCount(f.totalRows)} rows.`,
    );
  if (f.large)
    add(
      'big-bang',
      -3,
      'DC-04',
      `Large dataset (${formatCount(f.shape.copyRows)} rows to copy): batch it instead of one locking run.`,
    );
  if (f.fitsWindow === false)
    add('big-bang', -3, 'DC-07', 'The in-window work is longer than the window: split it or move it online.');
  if (f.shape.trafficSplit === 'yes')
    add('canary', 1, 'ST-04', 'Traffic can be split by percentage, which a canary needs.');
  if (f.shape.trafficSplit === 'no')
    add('canary', -2, 'ST-04', 'Traffic cannot be split by percentage, which a canary needs.');
  if (f.shape.pieceByPiece === 'yes')
    add('strangler-fig', 2, 'ST-05', 'The work replaces a monolith piece by piece.');
  if (f.shape.pieceByPiece === 'no') add('strangler-fig', -1, 'ST-05', 'Nothing is replaced piece by piece.');
  if (f.shape.movingCount > 0)
    add(
      'blue-green',
      1,
      'ST-03',
      'The data moves to a second store: switch over and keep the first for rollback.',
    );
  return table;
}

function sortReasons(reasons: Scored['reasons']): Reason[] {
  return [...reasons]
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || ruleOrder(a.ruleId) - ruleOrder(b.ruleId))
    .map(({ ruleId, text }) => ({ ruleId, text }));
}

export function recommendStrategy(f: Facts): StrategyRecommendation {
  const { row, supporting } = decide(STRATEGY_ROWS, f);
  const scores = fitScores(f);
  const entry = (s: DeploymentStrategy): Scored => scores.get(s) ?? { score: 0, reasons: [] };
  const lead: Reason[] = [
    { ruleId: row.id, text: row.because(f) },
    ...supporting.map((r) => ({ ruleId: r.id, text: r.because(f) })),
  ];
  const others = STABLE_ORDER.filter((s) => s !== row.pick).sort(
    (a, b) => entry(b).score - entry(a).score || STABLE_ORDER.indexOf(a) - STABLE_ORDER.indexOf(b),
  );
  const ranked: RankedStrategy[] = [
    {
      strategy: row.pick,
      score: entry(row.pick).score,
      reasons: [...lead, ...sortReasons(entry(row.pick).reasons.filter((r) => r.points > 0))],
    },
    ...others.map((strategy) => ({
      strategy,
      score: entry(strategy).score,
      reasons: sortReasons(entry(strategy).reasons),
    })),
  ];
  const chosen = f.plan.strategy.deployment;
  return {
    recommended: row.pick,
    ruleIds: [...new Set(lead.map((r) => r.ruleId))],
    ranked,
    chosen,
    differs: chosen !== null && chosen !== row.pick,
  };
}
