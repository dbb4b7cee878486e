import { COMPONENT_MOVE_UNKNOWN, PHASE_RUN_UNKNOWN, Plan, type Component, type Phase } from '../domain';
import example from '../../public/examples/orders-bigint.json';
import { lcg } from './exporters-plans';

/**
 * A 50 KB plan written the way teams write runbooks: a catalogue of real-sounding tables and
 * services, one expand / backfill / verify wave per table whose steps follow a few house phrasings
 * with the table, column, batch size and row counts filled in. `sizedPlan` is the harsh case (every
 * word drawn at random); this one is the typical case the share-link target is about.
 */
const DOMAINS = [
  'orders',
  'order_items',
  'order_events',
  'customers',
  'customer_addresses',
  'payments',
  'payment_attempts',
  'refunds',
  'invoices',
  'invoice_lines',
  'ledger_entries',
  'accounts',
  'sessions',
  'carts',
  'cart_items',
  'products',
  'product_prices',
  'inventory',
  'shipments',
  'shipment_events',
  'warehouses',
  'coupons',
  'tax_rates',
  'audit_events',
  'notifications',
];
const TEAMS = ['Payments platform', 'Checkout', 'Billing', 'Fulfilment', 'Identity', 'Data platform'];
const COLUMNS = ['id', 'customer_id', 'order_id', 'account_id', 'created_at', 'status', 'amount_cents'];
const SERVICES = ['api', 'worker', 'consumer', 'reporting job', 'search indexer'];

/** People estimate row counts to two or three significant figures, not to the last row. */
const estimate = (rand: () => number) => {
  const magnitude = 10 ** (4 + Math.floor(rand() * 5));
  return Math.round((1 + rand() * 9) * 10) * (magnitude / 10);
};

function tableWave(rand: () => number, table: string, team: string, index: number): Phase[] {
  const column = COLUMNS[Math.floor(rand() * COLUMNS.length)] ?? 'id';
  const batch = [1_000, 5_000, 10_000, 50_000][Math.floor(rand() * 4)] ?? 10_000;
  const rows = estimate(rand);
  const id = `${table}-${index}`;
  const phase = (kind: Phase['kind'], suffix: string, name: string, steps: [string, string][]): Phase => ({
    id: `ph-${id}-${suffix}`,
    name,
    owner: team,
    kind,
    ...PHASE_RUN_UNKNOWN,
    plannedStart: null,
    durationMinutes: 15 + Math.floor(rand() * 12) * 15,
    steps: steps.map(([text, sql], i) => ({ id: `s-${id}-${suffix}-${i + 1}`, text, sql })),
    verification: `Row counts on ${table} and ${table}_new match within 0.1%; no errors in the ${table} dashboards.`,
    integrityChecks: [
      {
        id: `ic-${id}-${suffix}`,
        kind: 'row-count',
        target: `${table}_new`,
        expectedRows: rows,
        checksumTarget: '',
        constraint: '',
      },
    ],
    pausable: kind === 'migrate',
    deletesSource: false,
  });
  return [
    phase('expand', 'expand', `Expand: add ${table}.${column}_new`, [
      [
        `Add the nullable column ${column}_new to ${table}.`,
        `ALTER TABLE ${table} ADD COLUMN ${column}_new bigint;`,
      ],
      [
        `Create the sync trigger so new writes to ${table} fill ${column}_new.`,
        `CREATE TRIGGER ${table}_${column}_sync BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION sync_${column}_new();`,
      ],
    ]),
    phase('migrate', 'backfill', `Backfill ${table}.${column}_new (${rows.toLocaleString('en')} rows)`, [
      [
        `Backfill ${table}.${column}_new in batches of ${batch.toLocaleString('en')} rows, pausing when replica lag passes 5 s.`,
        `UPDATE ${table} SET ${column}_new = ${column} WHERE ${column}_new IS NULL AND id BETWEEN $1 AND $1 + ${batch};`,
      ],
      [
        `Create the index on ${table}(${column}_new) concurrently.`,
        `CREATE INDEX CONCURRENTLY ${table}_${column}_new_idx ON ${table} (${column}_new);`,
      ],
    ]),
  ];
}

export function runbookPlan(targetBytes: number, seed = 11): Plan {
  const rand = lcg(seed);
  const base = Plan.parse(example);
  const components: Component[] = [...base.assessment.components];
  const dependencies = [...base.assessment.dependencies];
  const phases = [...base.execution.phases];
  let plan = base;
  for (let i = 0; JSON.stringify(plan, null, 2).length < targetBytes; i += 1) {
    const table = DOMAINS[i % DOMAINS.length] ?? 'orders';
    const team = TEAMS[Math.floor(rand() * TEAMS.length)] ?? 'Platform';
    const tableId = `c-${table}-${i}`;
    const service = `${table.split('_')[0] ?? table}-${SERVICES[Math.floor(rand() * SERVICES.length)] ?? 'api'}`;
    components.push(
      {
        id: tableId,
        name: `${table} (PostgreSQL 16, table)`,
        kind: 'table',
        role: 'migrating',
        ownerTeam: team,
        stateful: true,
        rows: estimate(rand),
        avgRowBytes: 60 + Math.floor(rand() * 40) * 10,
        ...COMPONENT_MOVE_UNKNOWN,
      },
      {
        id: `c-${service.replaceAll(' ', '-')}-${i}`,
        name: service,
        kind: 'service',
        role: 'consumer',
        ownerTeam: team,
        stateful: false,
        rows: 0,
        avgRowBytes: 0,
        ...COMPONENT_MOVE_UNKNOWN,
      },
    );
    dependencies.push({ from: tableId, to: `c-${service.replaceAll(' ', '-')}-${i}` });
    phases.splice(phases.length - 1, 0, ...tableWave(rand, table, team, i));
    plan = {
      ...base,
      assessment: { ...base.assessment, components, dependencies },
      execution: { ...base.execution, phases },
    };
  }
  return Plan.parse(plan);
}
