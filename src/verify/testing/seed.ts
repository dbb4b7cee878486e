import type { PGlite } from '@electric-sql/pglite';
import type { SqlDialect } from '../../domain';

/** One order row with every covered type; the same values are written to PostgreSQL and MySQL. */
export type OrderRow = {
  id: number;
  customer_id: number;
  email: string;
  amount: string;
  ratio: number;
  created_at: string;
  shipped: string | null;
  note: string | null;
  flag: boolean;
  payload: string;
  ref: string;
  due: string;
};

const NOTES = [
  'plain',
  'é café',
  'emoji 🚚',
  "it's",
  'back\\slash',
  'comma, quoted "x"',
  'line\nbreak',
  'tab\there',
  '',
];

/** Even ids 2..2n, so a row with an odd id can be added in the middle of a chunk. */
export function orders(n: number): OrderRow[] {
  return Array.from({ length: n }, (_, i) => {
    const id = (i + 1) * 2;
    return {
      id,
      customer_id: (i % 50) + 1,
      email: `user${id}@example.com`,
      amount: `${(i * 37) % 100000}.${String(i % 100).padStart(2, '0')}`,
      ratio: (i % 7) / 3 + i * 1e-7,
      created_at: `2026-0${(i % 9) + 1}-1${i % 10} 0${i % 10}:1${i % 6}:2${i % 10}.${String((i * 7919) % 1_000_000).padStart(6, '0')}`,
      shipped: i % 5 === 0 ? null : `2026-1${i % 3}-0${(i % 9) + 1}`,
      note: i % 11 === 0 ? null : (NOTES[i % NOTES.length] ?? ''),
      flag: i % 3 === 0,
      payload: (i * 2654435761).toString(16).padStart(8, '0').slice(-8),
      ref: `${(i * 40503).toString(16).padStart(8, '0').slice(-8)}-0000-4000-8000-${String(i).padStart(12, '0')}`,
      due: `${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:0${i % 10}.${String(i % 1000).padStart(3, '0')}`,
    };
  });
}

const lit = (d: SqlDialect, s: string) =>
  d === 'postgresql' ? `'${s.replace(/'/g, "''")}'` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export function ordersDdl(d: SqlDialect, table: string, customers: string, withFk: boolean): string[] {
  if (d === 'postgresql')
    return [
      `CREATE TABLE ${customers} (id integer PRIMARY KEY, name text NOT NULL)`,
      `CREATE TABLE ${table} (id bigint PRIMARY KEY, customer_id integer NOT NULL${withFk ? ` REFERENCES ${customers} (id)` : ''},
        email varchar(200) NOT NULL, amount numeric(12,2) NOT NULL, ratio double precision NOT NULL,
        created_at timestamptz NOT NULL, shipped date, note text, flag boolean NOT NULL, payload bytea NOT NULL, ref uuid NOT NULL, due time(6) NOT NULL)`,
    ];
  return [
    `CREATE TABLE ${customers} (id int PRIMARY KEY, name varchar(100) NOT NULL) CHARACTER SET utf8mb4`,
    `CREATE TABLE ${table} (id bigint PRIMARY KEY, customer_id int NOT NULL, email varchar(200) NOT NULL,
      amount decimal(12,2) NOT NULL, ratio double NOT NULL, created_at timestamp(6) NOT NULL, shipped date NULL,
      note text NULL, flag tinyint(1) NOT NULL, payload varbinary(16) NOT NULL, ref char(36) NOT NULL,
      due time(6) NOT NULL
      ${withFk ? `, CONSTRAINT ${table.split('.').at(-1)}_customer_fk FOREIGN KEY (customer_id) REFERENCES ${customers} (id)` : ''})
      CHARACTER SET utf8mb4`,
  ];
}

export function customersInsert(d: SqlDialect, customers: string, n: number): string {
  const values = Array.from({ length: n }, (_, i) => `(${i + 1}, ${lit(d, `Customer ${i + 1}`)})`);
  return `INSERT INTO ${customers} (id, name) VALUES ${values.join(', ')}`;
}

export function ordersInsert(d: SqlDialect, table: string, rows: OrderRow[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows
      .slice(i, i + 500)
      .map((r) =>
        [
          r.id,
          r.customer_id,
          lit(d, r.email),
          r.amount,
          String(r.ratio),
          lit(d, r.created_at),
          r.shipped === null ? 'NULL' : lit(d, r.shipped),
          r.note === null ? 'NULL' : lit(d, r.note),
          d === 'postgresql' ? String(r.flag) : r.flag ? '1' : '0',
          d === 'postgresql' ? `decode('${r.payload}', 'hex')` : `X'${r.payload}'`,
          lit(d, r.ref),
          lit(d, r.due),
        ].join(', '),
      );
    out.push(
      `INSERT INTO ${table} (id, customer_id, email, amount, ratio, created_at, shipped, note, flag, payload, ref, due) VALUES (${values.join('), (')})`,
    );
  }
  return out;
}

/** The statements that create `schema`.orders and `schema`.customers and load 50 customers and `rows`. */
export const ordersTables = (d: SqlDialect, schema: string, withFk: boolean, rows: OrderRow[]): string[] => [
  ...ordersDdl(d, `${schema}.orders`, `${schema}.customers`, withFk),
  customersInsert(d, `${schema}.customers`, 50),
  ...ordersInsert(d, `${schema}.orders`, rows),
];

/** One PostgreSQL holding the source in schema src (with its foreign key) and the target in dst (without). */
export async function seedPostgres(db: PGlite, source: OrderRow[], target: OrderRow[]): Promise<void> {
  await db.exec('CREATE SCHEMA src; CREATE SCHEMA dst;');
  for (const s of ordersTables('postgresql', 'src', true, source)) await db.exec(s);
  for (const s of ordersTables('postgresql', 'dst', false, target)) await db.exec(s);
}

/**
 * The differences every engine test seeds into the target, and what the verification must report:
 * a missing row, an extra row, a changed value, NULL against the empty string, and an orphan.
 */
export function seedDifferences(rows: OrderRow[]): { target: OrderRow[]; expected: Expected } {
  const byId = new Map(rows.map((r) => [r.id, { ...r }]));
  byId.delete(1234);
  const extra = { ...(rows[0] as OrderRow), id: 777, email: 'extra@example.com' };
  byId.set(777, extra);
  const changed = byId.get(2000);
  if (changed) changed.email = 'changed@example.com';
  // id 24 has no note (NULL) on the source; the target holds an empty string.
  const nullRow = byId.get(24);
  if (nullRow) nullRow.note = '';
  const orphan = byId.get(100);
  if (orphan) orphan.customer_id = 99_999;
  return {
    target: [...byId.values()].sort((a, b) => a.id - b.id),
    expected: {
      missing: ['1234'],
      extra: ['777'],
      changed: [
        ['100', 'customer_id'],
        ['2000', 'email'],
        ['24', 'note'],
      ],
      orphans: 1,
      orphanSample: '100 -> 99999',
    },
  };
}

export type Expected = {
  missing: string[];
  extra: string[];
  changed: [string, string][];
  orphans: number;
  orphanSample: string;
};
