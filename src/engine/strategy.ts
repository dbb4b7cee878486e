import { DEPLOYMENT_STRATEGIES, type DeploymentStrategy } from '../domain';
import type { Facts } from './facts';
import { formatCount, formatHours } from './format';
import { decisionOrder, ruleOrder } from './rules';
import type { RankedStrategy, Reason, RuleId, StrategyRecommendation } from './types';

/**
 * Ranks the five deployment strategies by points. Each rule that applies adds or removes points and
 * leaves a reason citing its id, so the ranking explains itself. Weights (why they are what they are):
 * - A Decision Criteria row that names a strategy is worth 3: the spec's direct advice wins.
 * - The strategy table's downtime column decides what is possible: a big bang under zero downtime
 *   is -4 (its downtime is "Yes"), rolling -1 ("Minimal"), zero-downtime strategies +1.
 * - The table's "Best for" column is worth 1: it breaks ties (canary for traffic-serving services,
 *   blue-green otherwise, rolling for stateless, big bang for isolated systems).
 * - DC-04 and DC-07 remove 3 from the big bang: one bulk run of a large or long migration locks and
 *   overruns the window.
 * Equal scores fall back to the order of STABLE_ORDER (lower risk first, then lower complexity).
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

export const STRATEGY_LABEL: Record<DeploymentStrategy, string> = {
  'big-bang': 'big bang',
  rolling: 'rolling',
  'blue-green': 'blue-green',
  canary: 'canary',
  'strangler-fig': 'strangler fig',
};

type Scored = { score: number; reasons: Array<Reason & { points: number }> };

function scoreAll(f: Facts): Map<DeploymentStrategy, Scored> {
  const table = new Map<DeploymentStrategy, Scored>(
    DEPLOYMENT_STRATEGIES.map((s) => [s, { score: 0, reasons: [] }]),
  );
  const add = (s: DeploymentStrategy, points: number, ruleId: RuleId, text: string): void => {
    const entry = table.get(s);
    if (!entry) return;
    entry.score += points;
    entry.reasons.push({ ruleId, text, points });
  };
  const downtime = f.plan.assessment.downtime.kind;
  const assumed = downtime === 'unspecified' ? ' (assumed until the downtime tolerance is agreed)' : '';
  const zeroStrategies: DeploymentStrategy[] = ['blue-green', 'canary', 'strangler-fig'];

  if (f.zeroDowntime) {
    add('big-bang', -4, 'ST-01', `Big bang means downtime; the plan requires zero downtime${assumed}.`);
    add('rolling', -1, 'ST-02', `Rolling has minimal, not zero, downtime${assumed}.`);
    for (const s of zeroStrategies)
      add(s, 1, STRATEGY_RULE[s], `Zero downtime, as the plan requires${assumed}.`);
  } else if (downtime === 'under-5-min') {
    if (!f.small)
      add(
        'big-bang',
        -2,
        'ST-01',
        'A big bang of this size is unlikely to finish within 5 minutes of downtime.',
      );
    add('rolling', 1, 'ST-02', 'Minimal downtime fits a tolerance under 5 minutes.');
    for (const s of zeroStrategies)
      add(s, 1, STRATEGY_RULE[s], 'Zero downtime fits a tolerance under 5 minutes.');
  } else {
    add('big-bang', 1, 'ST-01', 'Downtime is allowed, and a big bang has the lowest complexity.');
  }

  if (f.zeroDowntime && !f.stateful) {
    add(
      'rolling',
      3,
      'DC-01',
      `Zero downtime required${assumed} and the system is stateless: use a rolling deployment.`,
    );
  }
  if (f.zeroDowntime && f.stateful) {
    const text = `Zero downtime required${assumed} and the system is stateful: use blue-green or canary with expand-contract.`;
    add('blue-green', 3, 'DC-02', text);
    add('canary', 3, 'DC-02', text);
    add('rolling', -2, 'DC-02', 'A rolling deployment suits stateless services; this system is stateful.');
  } else if (f.stateful) {
    add('rolling', -1, 'ST-02', 'Rolling is best for stateless services; this system is stateful.');
  } else {
    add('rolling', 1, 'ST-02', 'Rolling is best for stateless services, and this system is stateless.');
  }

  const offPeak = f.plan.assessment.maintenanceWindow.offPeak;
  if (f.small && offPeak && f.downtimeAllowed) {
    add(
      'big-bang',
      3,
      'DC-03',
      `Small dataset (${formatCount(f.totalRows)} rows, under 1M) and an off-peak window: a big bang is acceptable.`,
    );
  }
  if (f.small && f.plan.assessment.dependencies.length === 0) {
    add(
      'big-bang',
      1,
      'ST-01',
      'Big bang is best for small, isolated systems: nothing depends on these components.',
    );
  } else if (!f.small) {
    add(
      'big-bang',
      -1,
      'ST-01',
      `Big bang is best for small systems; this one holds ${formatCount(f.totalRows)} rows.`,
    );
  }
  if (f.large) {
    add(
      'big-bang',
      -3,
      'DC-04',
      `Large dataset (${formatCount(f.totalRows)} rows, over 100M): batch the migration instead of one locking run.`,
    );
  }
  if (f.backwardCompatible === 'no' && f.downtimeAllowed) {
    add(
      'big-bang',
      1,
      'DC-06',
      'The schema change is not backward-compatible: if expand-contract is impossible, schedule downtime.',
    );
  }
  if (f.fitsWindow === false && f.durationHours !== null && f.windowHours !== null) {
    add(
      'big-bang',
      -3,
      'DC-07',
      `The migration (${formatHours(f.durationHours)}) exceeds the ${formatHours(f.windowHours)} window: split it into incremental phases or use online tooling.`,
    );
  }
  if (f.hasServices) {
    add(
      'canary',
      1,
      'ST-04',
      'Canary is best for traffic-serving services: it shifts traffic to the new version gradually.',
    );
  } else {
    add(
      'blue-green',
      1,
      'ST-03',
      'Blue-green is best for critical production apps: switch over at once, keep the old side for rollback.',
    );
  }
  const scope = f.plan.assessment.scope;
  if (scope.length === 1 && scope[0] === 'service' && f.serviceCount >= 2) {
    add(
      'strangler-fig',
      1,
      'ST-05',
      'A service-only migration of several services may be a monolith decomposition, where a strangler fig is best.',
    );
  }
  return table;
}

function sortReasons(reasons: Scored['reasons']): Reason[] {
  return [...reasons]
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || ruleOrder(a.ruleId) - ruleOrder(b.ruleId))
    .map(({ ruleId, text }) => ({ ruleId, text }));
}

export function recommendStrategy(f: Facts): StrategyRecommendation {
  const scores = scoreAll(f);
  const ranked: RankedStrategy[] = STABLE_ORDER.map((strategy) => {
    const entry = scores.get(strategy) ?? { score: 0, reasons: [] };
    return { strategy, score: entry.score, reasons: sortReasons(entry.reasons) };
  }).sort((a, b) => b.score - a.score || STABLE_ORDER.indexOf(a.strategy) - STABLE_ORDER.indexOf(b.strategy));
  const best = ranked[0] ?? { strategy: 'blue-green', score: 0, reasons: [] };
  const positive = (scores.get(best.strategy)?.reasons ?? []).filter((r) => r.points > 0);
  const ruleIds = [...new Set(positive.map((r) => r.ruleId))].sort(decisionOrder);
  const chosen = f.plan.strategy.deployment;
  return {
    recommended: best.strategy,
    ruleIds: ruleIds.length > 0 ? ruleIds : [STRATEGY_RULE[best.strategy]],
    ranked,
    chosen,
    differs: chosen !== null && chosen !== best.strategy,
  };
}
