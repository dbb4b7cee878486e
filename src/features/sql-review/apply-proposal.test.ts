import { describe, expect, it } from 'vitest';
import { createBlankPlan, Phase, Plan } from '../../domain';
import { evaluate, type SqlContext } from '../../engine';
import { analyzeSql, proposePhases, toSqlFacts, type PhaseProposal } from '../../sql';
import { applyProposal, forwardSqlOf, splitPhase } from './apply-proposal';
import { checkSqlFile, MAX_SQL_FILE_BYTES } from './sql-file';
import { lineRange } from './parse-error-notice';

const NOW = new Date('2026-12-01T00:00:00.000Z');
const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

const MIXED = [
  'ALTER TABLE orders ADD COLUMN note2 text;',
  'CREATE INDEX orders_note2 ON orders (note2);',
  'ALTER TABLE orders DROP COLUMN note;',
].join('\n');

function planWithSql(sql: string): Plan {
  const blank = createBlankPlan({ id: 'p1', now: NOW, title: 'Orders' });
  return {
    ...blank,
    assessment: {
      ...blank.assessment,
      scope: ['schema'],
      schemaChange: { ...blank.assessment.schemaChange, forwardSql: sql },
    },
  };
}

/** What the app's hook hands the engine: facts for the forward script and every step with SQL. */
async function sqlContextOf(plan: Plan): Promise<SqlContext> {
  const run = async (text: string) => toSqlFacts(await analyzeSql(text, { dialect: 'postgresql' }));
  const ctx: SqlContext = {};
  if (plan.assessment.schemaChange.forwardSql.trim() !== '')
    ctx.forward = await run(plan.assessment.schemaChange.forwardSql);
  const steps: Record<string, Awaited<ReturnType<typeof run>>> = {};
  for (const phase of plan.execution.phases)
    for (const step of phase.steps) if (step.sql.trim() !== '') steps[step.id] = await run(step.sql);
  ctx.steps = steps;
  return ctx;
}

/** What proposePhases makes of MIXED. */
const proposeMixed = async () => proposePhases(await analyzeSql(MIXED, { dialect: 'postgresql' }), ids());
/** Applies a proposal with fresh ids, as the screen does once the person has chosen. */
const apply = (plan: Plan, proposal: PhaseProposal, mode: 'append' | 'replace', rewriteForward: boolean) =>
  applyProposal(plan, proposal, { mode, rewriteForward, newId: ids() });

const gr04 = async (plan: Plan) =>
  evaluate(plan, { now: NOW, sql: await sqlContextOf(plan) }).findings.filter((f) => f.ruleId === 'GR-04');

describe('applying proposed phases', () => {
  it('moves the DROP to a contract phase; with the forward script rewritten, GR-04 clears', async () => {
    const plan = planWithSql(MIXED);
    expect((await gr04(plan)).map((f) => f.path)).toEqual(['assessment.schemaChange.forwardSql']);
    const proposal = await proposeMixed();
    const { plan: applied, forwardRewritten } = apply(plan, proposal, 'append', true);
    expect(forwardRewritten).toBe(true);
    expect(applied.execution.phases.map((p) => p.kind)).toEqual(['expand', 'contract']);
    expect(applied.assessment.schemaChange.forwardSql).not.toMatch(/DROP COLUMN/i);
    expect(applied.assessment.schemaChange.forwardSql).toContain('CONCURRENTLY');
    expect(await gr04(applied)).toEqual([]);
    // The result still passes the plan schema: what is applied can be saved and loaded again.
    expect(Plan.safeParse(applied).success).toBe(true);
  });

  it('keeping the forward script verbatim turns GR-04 into a note: the contract phase runs the DROP after the soak', async () => {
    const plan = planWithSql(MIXED);
    const proposal = await proposeMixed();
    const { plan: applied } = apply(plan, proposal, 'append', false);
    expect((await gr04(applied)).map((f) => [f.path, f.severity])).toEqual([
      ['assessment.schemaChange.forwardSql', 'info'],
    ]);
  });

  it('appends after existing phases unless told to replace them', async () => {
    const plan = planWithSql(MIXED);
    const proposal = await proposeMixed();
    const first = apply(plan, proposal, 'append', false).plan;
    const appended = apply(first, proposal, 'append', false).plan;
    expect(appended.execution.phases).toHaveLength(4);
    const replaced = apply(first, proposal, 'replace', false).plan;
    expect(replaced.execution.phases).toHaveLength(2);
  });

  it('splits a phase over the schema step limit, repeating the session guard', () => {
    const phase: Phase = {
      ...expandPhase(),
      steps: [
        { id: 'g', text: 'guard', sql: "SET lock_timeout = '5s';" },
        ...Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, text: `step ${i}`, sql: `SELECT ${i};` })),
      ],
    };
    const parts = splitPhase(phase, ids(), 3);
    expect(parts.map((p) => p.steps.map((s) => s.text))).toEqual([
      ['guard', 'step 0', 'step 1'],
      ['guard', 'step 2', 'step 3'],
      ['guard', 'step 4'],
    ]);
    expect(new Set(parts.flatMap((p) => p.steps.map((s) => s.id))).size).toBe(8);
    expect(parts[2]?.name).toBe('Expand (part 3 of 3)');
  });

  it('the rewritten forward script notes where the contract statements went', () => {
    const text = forwardSqlOf([
      { ...expandPhase(), steps: [{ id: 'a', text: 'add', sql: 'ALTER TABLE t ADD COLUMN c int;' }] },
      { ...expandPhase(), kind: 'contract', name: 'Contract', steps: [] },
    ]);
    expect(text).toBe(
      '-- Expand\nALTER TABLE t ADD COLUMN c int;\n\n-- Moved to the contract phase "Contract", which runs after the soak.\n',
    );
  });
});

/** A proposed expand phase with no steps yet, as proposePhases makes one. */
const expandPhase = (): Phase => Phase.parse({ id: 'ph', name: 'Expand', kind: 'expand' });

describe('SQL file checks and parse error lines', () => {
  it('refuses files over the limit and files that are not text, with a message naming the file', () => {
    expect(checkSqlFile({ name: 'm.sql', size: 10, type: '' })).toEqual({ ok: true });
    const big = checkSqlFile({ name: 'big.sql', size: MAX_SQL_FILE_BYTES + 1, type: '' });
    expect(big.ok ? '' : big.message).toMatch(/"big.sql" is 2\.0 MB; the limit is 2\.0 MB/);
    const image = checkSqlFile({ name: 'schema.png', size: 10, type: 'image/png' });
    expect(image.ok).toBe(false);
  });

  it('finds the range of a line for selecting it', () => {
    const text = 'a;\nbb;\nccc;';
    expect(lineRange(text, 2)).toEqual({ start: 3, end: 6 });
    expect(text.slice(lineRange(text, 3).start, lineRange(text, 3).end)).toBe('ccc;');
    expect(lineRange(text, 9)).toEqual({ start: text.length, end: text.length });
  });
});
