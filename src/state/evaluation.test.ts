import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import example from '../../public/examples/orders-bigint.json';
import { analysePlanSql } from '../cli/sql-hook';
import { runCli, type CliIo } from '../cli/run-cli';
import { Plan } from '../domain';
import * as engine from '../engine';
import { resetEvaluationForTests } from './derive-evaluation';
import { setServices } from './services';
import { useWorkbench } from './store';
import { testServices } from './testing/test-services';

// Counts the engine's runs: the store must run it once per change, whoever reads the result.
vi.mock('../engine', async (importOriginal) => {
  const original = await importOriginal<typeof engine>();
  return { ...original, evaluate: vi.fn(original.evaluate) };
});
const runs = () => vi.mocked(engine.evaluate).mock.calls.length;

const NOW_MS = Date.parse('2026-12-05T10:00:00.000Z');
const store = useWorkbench;

/** Until `ready` holds, or fail after ~3 s (the parser's first load in Node takes a moment). */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !ready(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(ready()).toBe(true);
}

async function openExample(): Promise<Plan> {
  const services = testServices();
  setServices(services);
  const plan = Plan.parse(example);
  await services.drafts.create(plan);
  store.getState().clockTicked(NOW_MS);
  await store.getState().draftOpened(plan.id);
  await until(() => store.getState().evaluationStatus === 'ready');
  return plan;
}

beforeEach(() => {
  resetEvaluationForTests();
  store.setState({ plan: null, openDraftId: null, engineLoaded: false, nowMs: 0 });
});
afterEach(() => store.getState().editorClosed());

describe('the store holds the one evaluation', () => {
  it('runs the engine once per edit, however many readers ask', async () => {
    await openExample();
    const before = runs();
    store.getState().planEdited((p) => ({ ...p, title: 'Renamed' }));
    // Every reader gets the very same object: nothing evaluates again.
    const { evaluation, evaluatedPlan, plan } = store.getState();
    expect(evaluatedPlan).toBe(plan);
    expect(store.getState().evaluation).toBe(evaluation);
    expect(runs() - before).toBe(1);
    // A tick of the clock is a change too: one more run, and none for a tick that changes nothing.
    store.getState().clockTicked(NOW_MS + 60_000);
    store.getState().clockTicked(NOW_MS + 60_000);
    expect(runs() - before).toBe(2);
  });

  it('says "checking SQL" until an edited script is analysed, then gives the verdict with its facts', async () => {
    await openExample();
    store.getState().planEdited((p) => ({
      ...p,
      assessment: {
        ...p.assessment,
        schemaChange: { ...p.assessment.schemaChange, forwardSql: 'ALTER TABLE orders DROP COLUMN id;' },
      },
    }));
    expect(store.getState().evaluationStatus).toBe('checking-sql');
    await until(() => store.getState().evaluationStatus === 'ready');
    const facts = store.getState().evaluation;
    expect(store.getState().sql.context.forward?.statements[0]?.classification).toBe('destructive');
    expect(facts?.readiness.blockers.map((b) => b.ruleId)).toContain('GR-04');
  });

  it('gives the same verdict as the CLI for the same file and --now', async () => {
    const plan = await openExample();
    const out: string[] = [];
    const io: CliIo = {
      readFile: () => ({ text: JSON.stringify(plan), bytes: 0 }),
      writeFile: () => {},
      exists: () => false,
      newId: () => 'unused',
      stdout: (t) => out.push(t),
      stderr: () => {},
      now: () => new Date(0),
      analyseSql: analysePlanSql,
    };
    await runCli(['evaluate', 'plan.json', '--now', new Date(NOW_MS).toISOString()], io);
    const cli = JSON.parse(out.join('')) as engine.Evaluation;
    const app = store.getState().evaluation;
    expect(app).not.toBeNull();
    expect(cli.readiness.ready).toBe(app?.readiness.ready);
    expect(cli.findings.map((f) => `${f.ruleId}@${f.path}`)).toEqual(
      app?.findings.map((f) => `${f.ruleId}@${f.path}`),
    );
  });

  it("stores the editor's verdict for the drafts list once the SQL facts are in", async () => {
    const plan = await openExample();
    store.getState().planEdited((p) => ({ ...p, title: 'Checked' }));
    await store.getState().editorFlushed();
    const expected = store.getState().evaluation?.readiness;
    await until(() => {
      void store.getState().draftsRequested();
      const row = store.getState().drafts?.find((d) => d.id === plan.id);
      return row?.readiness?.checking !== true && row?.readiness?.blockers === expected?.blockers.length;
    });
    const row = store.getState().drafts?.find((d) => d.id === plan.id);
    expect(row?.readiness?.ready).toBe(expected?.ready);
    expect(row?.readiness?.blockerIds).toEqual([...new Set(expected?.blockers.map((b) => b.ruleId))]);
  });
});
