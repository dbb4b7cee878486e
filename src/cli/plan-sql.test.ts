import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanText, type Plan } from '../domain';
import { evaluate } from '../engine';
import { EXIT_BLOCKED, runCli, type CliIo } from './run-cli';
import { analysePlanSql } from './sql-hook';

const NOW = new Date('2026-12-05T00:00:00Z');
const EXAMPLE = readFileSync('public/examples/orders-bigint.json', 'utf8');

function example(edit: (p: Plan) => void): Plan {
  const loaded = loadPlanText(EXAMPLE, EXAMPLE.length);
  if (!loaded.ok) throw new Error(loaded.error.message);
  edit(loaded.plan);
  return loaded.plan;
}

/** The case: widen order_items.order_id (1.2 billion rows) in place, expand-contract chosen. */
const inPlace = (p: Plan) => {
  p.assessment.schemaChange.forwardSql =
    "SET lock_timeout = '3s';\nSET statement_timeout = '15min';\nALTER TABLE order_items ALTER COLUMN order_id TYPE bigint;\n";
};

describe('SQL risks reach the evaluation', () => {
  it('the example plan is ready as written, its rollback analysed too', async () => {
    const plan = example(() => undefined);
    const sql = await analysePlanSql(plan);
    expect(sql.rollback?.statements.map((s) => s.ruleIds)).toEqual([[], ['PG-017', 'PG-024', 'PG-040']]);
    const e = evaluate(plan, { now: NOW, sql });
    expect(e.readiness.blockers.map((b) => b.ruleId)).toEqual([]);
    // The rollback script has no lock_timeout: said, at the rollback script's path.
    expect(e.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'PG-024',
        severity: 'warning',
        path: 'rollback.procedures.rollbackSql',
      }),
    );
  });

  it('an in-place rewrite of 1.2 billion rows is NOT READY under expand-contract, with the lock and size', async () => {
    const plan = example(inPlace);
    expect(plan.strategy.dataApproach).toBe('expand-contract');
    const e = evaluate(plan, { now: NOW, sql: await analysePlanSql(plan) });
    expect(e.readiness.ready).toBe(false);
    const blocker = e.readiness.blockers.find((b) => b.ruleId === 'PG-004');
    expect(blocker?.path).toBe('assessment.schemaChange.forwardSql');
    expect(blocker?.message).toContain('ACCESS EXCLUSIVE');
    expect(blocker?.message).toContain('1.2B rows');
    expect(blocker?.message).toContain('Zero downtime is required');
  });

  it('the CLI says NOT READY with the lock and size, exit 1', async () => {
    const plan = example(inPlace);
    const out: string[] = [];
    const io: CliIo = {
      readFile: () => ({ text: JSON.stringify(plan), bytes: 1 }),
      stdout: (t) => out.push(t),
      stderr: () => undefined,
      now: () => NOW,
      writeFile: () => undefined,
      exists: () => false,
      newId: () => 'id',
      analyseSql: (p) => analysePlanSql(p),
    };
    expect(await runCli(['check', 'plan.json'], io)).toBe(EXIT_BLOCKED);
    const text = out.join('\n');
    expect(text).toContain('Readiness: NOT READY');
    expect(text).toMatch(/\[PG-004\].*ACCESS EXCLUSIVE lock \(blocks reads and writes\).*1\.2B rows/);
  });

  it('a forward script that does not parse gives a blocker', async () => {
    const plan = example((p) => {
      p.assessment.schemaChange.forwardSql = 'ALTER TABLE orders ADD COLUMN;';
    });
    const e = evaluate(plan, { now: NOW, sql: await analysePlanSql(plan) });
    expect(e.readiness.blockers).toContainEqual(
      expect.objectContaining({ ruleId: 'SQL-PARSE', path: 'assessment.schemaChange.forwardSql' }),
    );
  });

  it('a plain CREATE INDEX in the rollback on 180M rows is a blocker', async () => {
    const plan = example((p) => {
      p.assessment.components[0] = { ...p.assessment.components[0]!, rows: 180_000_000 };
      p.rollback.procedures.rollbackSql =
        "SET lock_timeout = '3s';\nCREATE INDEX orders_old_idx ON orders (id);";
    });
    const e = evaluate(plan, { now: NOW, sql: await analysePlanSql(plan) });
    expect(e.readiness.blockers).toContainEqual(
      expect.objectContaining({ ruleId: 'PG-006', path: 'rollback.procedures.rollbackSql' }),
    );
  });

  it('sizes from a pasted pg_stat_user_tables snapshot and rates from --rates reach the message', async () => {
    const plan = example((p) => {
      p.assessment.schemaChange.forwardSql = "SET lock_timeout = '3s';\nCREATE INDEX i ON invoices (at);";
      p.assessment.schemaChange.tableStats =
        ' schemaname | relname  | n_live_tup\n------------+----------+-----------\n public     | invoices |     250000\n(1 row)\n';
    });
    const sql = await analysePlanSql(plan, { rates: { invoices: { readsPerSec: 900, writesPerSec: 4000 } } });
    const risk = sql.forward?.statements[1]?.risks?.[0];
    expect(risk).toMatchObject({ ruleId: 'PG-006', rows: 250_000, rowsSource: 'stats', risk: 'high' });
    expect(risk?.traffic).toBe(
      '~4,000 writes/s on invoices queue behind this lock; with lock_timeout 3s at most ~12,000 wait before it gives up; each minute it holds the lock while it reads the table queues ~240,000 more.',
    );
  });
});
