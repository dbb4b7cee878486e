import type { CaseExpectation } from './case-checks';

/**
 * ../shared/cases/*.md, one entry per case: the accepted sets, the "should raise" items as rule ids
 * (any of an entry's ids cites it: "(GR-08, DC-08/09)" is met by GR-08 on a plan with no rollback
 * test yet), and the "must NOT say" items as structural checks (case-checks.ts). The plans in
 * fixtures/cases hold only what the architect knew before, with no strategy or approach chosen.
 */
export const CASES: readonly CaseExpectation[] = [
  {
    file: '01-github-mysql8-upgrade',
    strategies: ['rolling', 'blue-green'],
    approaches: ['none', 'snapshot-replay'],
    raise: [['GR-08', 'DC-08', 'DC-09'], ['AQ-05'], ['FM-06'], ['GR-02'], ['AQ-04']],
    mustNot: [
      { kind: 'downtime' },
      { kind: 'approach', approaches: ['expand-contract', 'dual-write'] },
      { kind: 'rule', ruleIds: ['DC-04'] },
      { kind: 'table-rebuild-tools' },
    ],
  },
  {
    file: '02-discord-cassandra-to-scylladb',
    strategies: ['blue-green', 'canary'],
    approaches: ['dual-write'],
    raise: [['DC-04'], ['FM-01'], ['FM-05'], ['FM-02'], ['AQ-05'], ['GR-02'], ['GR-08']],
    mustNot: [
      { kind: 'downtime' },
      { kind: 'strategy', strategies: ['big-bang'] },
      { kind: 'extend-window' },
      { kind: 'approach', approaches: ['expand-contract'] },
    ],
  },
  {
    file: '03-stripe-docdb-data-movement',
    strategies: ['blue-green', 'canary'],
    approaches: ['snapshot-replay'],
    raise: [['DC-04'], ['AQ-02'], ['GR-08'], ['GR-02'], ['AQ-05'], ['FM-06'], ['GR-06']],
    mustNot: [
      { kind: 'downtime' },
      { kind: 'approach', approaches: ['dual-write'] },
      { kind: 'table-rebuild-tools' },
    ],
  },
  {
    file: '04-gitlab-azure-to-gcp',
    strategies: ['big-bang', 'blue-green'],
    approaches: ['snapshot-replay'],
    raise: [['DC-07'], ['GR-06'], ['GR-07'], ['AQ-01'], ['AQ-04'], ['AQ-05'], ['FM-06'], ['GR-08', 'DC-08']],
    mustNot: [
      { kind: 'extend-window' },
      { kind: 'approach', approaches: ['expand-contract', 'dual-write'] },
      { kind: 'rule', ruleIds: ['DC-02'] },
    ],
  },
  {
    file: '05-shopify-shard-balancing-ghostferry',
    strategies: ['blue-green', 'canary'],
    approaches: ['snapshot-replay'],
    raise: [['FM-01'], ['GR-06'], ['AQ-02'], ['FM-03'], ['GR-02', 'GR-04'], ['FM-04']],
    mustNot: [
      { kind: 'downtime' },
      { kind: 'table-rebuild-tools' },
      { kind: 'approach', approaches: ['dual-write'] },
    ],
  },
  {
    file: '06-figma-vertical-partitioning',
    strategies: ['blue-green', 'canary'],
    approaches: ['snapshot-replay'],
    raise: [['DC-05', 'DC-06'], ['GR-05'], ['GR-06'], ['AQ-02'], ['AQ-05'], ['GR-02', 'GR-04'], ['AQ-04']],
    mustNot: [
      { kind: 'downtime' },
      { kind: 'approach', approaches: ['dual-write'] },
      { kind: 'table-rebuild-tools' },
    ],
  },
  {
    file: '07-uber-mezzanine',
    strategies: ['blue-green', 'canary'],
    approaches: ['dual-write'],
    raise: [['DC-06'], ['DC-04'], ['FM-05'], ['AQ-04'], ['FM-04'], ['AQ-03', 'FM-01'], ['AQ-05']],
    mustNot: [{ kind: 'rule', ruleIds: ['DC-05'] }, { kind: 'downtime' }, { kind: 'table-rebuild-tools' }],
  },
  {
    file: '08-uber-mysql-to-postgresql-2013',
    strategies: ['big-bang'],
    approaches: ['snapshot-replay', 'none'],
    raise: [['DC-07', 'FM-01'], ['AQ-05'], ['GR-07'], ['GR-08', 'DC-08'], ['AQ-03']],
    mustNot: [
      { kind: 'strategy', strategies: ['blue-green', 'canary'] },
      { kind: 'approach', approaches: ['dual-write', 'expand-contract'] },
      { kind: 'rule', ruleIds: ['DC-02'] },
    ],
  },
  {
    file: '09-wikimedia-bugzilla-to-phabricator',
    strategies: ['big-bang'],
    approaches: ['snapshot-replay', 'none'],
    raise: [['DC-03'], ['GR-07'], ['FM-04'], ['DC-06'], ['AQ-05'], ['GR-06'], ['AQ-04']],
    mustNot: [
      { kind: 'strategy', strategies: ['blue-green', 'canary'] },
      { kind: 'approach', approaches: ['dual-write'] },
      { kind: 'rule', ruleIds: ['DC-02', 'DC-04'] },
      { kind: 'table-rebuild-tools' },
    ],
  },
  {
    file: '10-kubernetes-1-22-api-removals',
    strategies: ['rolling', 'blue-green'],
    approaches: ['expand-contract'],
    raise: [['DC-06'], ['GR-05'], ['DC-01'], ['FM-04'], ['GR-08'], ['AQ-04'], ['AQ-05']],
    mustNot: [
      { kind: 'approach', approaches: ['dual-write', 'snapshot-replay'] },
      { kind: 'downtime' },
      { kind: 'rule', ruleIds: ['DC-02'] },
    ],
  },
  {
    file: '11-github-graphql-global-node-ids',
    strategies: ['canary', 'rolling'],
    approaches: ['expand-contract'],
    raise: [['DC-06'], ['GR-05'], ['GR-07', 'SC-08'], ['FM-04'], ['AQ-05'], ['FM-06'], ['AQ-04']],
    mustNot: [
      { kind: 'downtime' },
      { kind: 'approach', approaches: ['dual-write', 'snapshot-replay'] },
      { kind: 'rule', ruleIds: ['DC-05'] },
    ],
  },
  {
    file: '13-airbnb-monolith-to-soa',
    strategies: ['strangler-fig', 'canary'],
    approaches: ['dual-write', 'none'],
    raise: [['GR-06'], ['FM-05'], ['AQ-04'], ['AQ-05'], ['GR-02']],
    mustNot: [
      { kind: 'downtime' },
      { kind: 'strategy', strategies: ['rolling'] },
      { kind: 'rule', ruleIds: ['DC-01'] },
    ],
  },
  {
    file: '14-shopify-storefront-renderer-rewrite',
    strategies: ['strangler-fig', 'canary'],
    approaches: ['none'],
    raise: [['GR-06'], ['DC-10', 'RT-01', 'RT-02'], ['AQ-05'], ['FM-06']],
    mustNot: [
      { kind: 'approach', approaches: ['dual-write', 'snapshot-replay', 'expand-contract'] },
      { kind: 'downtime' },
    ],
  },
];
