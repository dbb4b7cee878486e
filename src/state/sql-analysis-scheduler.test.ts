import { describe, expect, it } from 'vitest';
import type { SqlAnalysis, SqlFacts } from '../sql';
import {
  createSqlAnalysisScheduler,
  FORWARD_SLOT,
  rowsKeyOf,
  stepSlot,
  type AnalyzeOutcome,
  type SqlAnalysisSnapshot,
  type SqlSlotInput,
  type Timers,
} from './sql-analysis-scheduler';
import { ROLLBACK_SLOT } from '../sql/plan-slots';

/** Timers driven by hand: `tick()` fires whatever is due, as a debounce would after its delay. */
function manualTimers() {
  let due: (() => void) | null = null;
  const timers: Timers = {
    set: (run) => {
      due = run;
      return run;
    },
    clear: (handle) => {
      if (due === handle) due = null;
    },
  };
  return {
    timers,
    pending: () => due !== null,
    tick: () => {
      const run = due;
      due = null;
      run?.();
    },
  };
}

/** A fresh object per call: the tests tell results apart by identity; the label is for reading. */
const outcome = (_label: string, parserLoadMs: number | null = null): AnalyzeOutcome => {
  const f: SqlFacts = { dialect: 'postgresql', statements: [], parseError: null };
  const analysis: SqlAnalysis = { ...f, statements: [], scriptFindings: [] };
  return { analysis, facts: f, parserLoadMs };
};

/** An analyse function whose answers the test releases, in any order. */
function deferredAnalyze() {
  const calls: Array<{
    input: SqlSlotInput;
    resolve: (o: AnalyzeOutcome) => void;
    reject: (e: Error) => void;
  }> = [];
  const analyze = (input: SqlSlotInput) =>
    new Promise<AnalyzeOutcome>((resolve, reject) => calls.push({ input, resolve, reject }));
  return { analyze, calls };
}

const input = (text: string, rows: Record<string, number> = {}): SqlSlotInput => ({
  text,
  dialect: 'postgresql',
  tableRows: rows,
  rowsKey: rowsKeyOf(rows),
});
const only = (text: string, rows?: Record<string, number>) => new Map([[FORWARD_SLOT, input(text, rows)]]);
/** A plan's scripts by slot, as the SQL hook hands them over. */
const scripts = (...slots: Array<[slot: string, text: string]>) =>
  new Map(slots.map(([slot, text]) => [slot, input(text)]));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(maxEntries?: number) {
  const clock = manualTimers();
  const { analyze, calls } = deferredAnalyze();
  const seen: SqlAnalysisSnapshot[] = [];
  const scheduler = createSqlAnalysisScheduler({
    analyze,
    onChange: (s) => seen.push(s),
    timers: clock.timers,
    maxEntries,
  });
  /**
   * Asks for the text's analysis, lets the debounce run out (a draft just opened has none) and answers
   * it: exactly one new analysis must have started.
   */
  const analysed = async (owner: string, text: string, answer = outcome(text)) => {
    const before = calls.length;
    scheduler.request(owner, only(text));
    clock.tick();
    expect(calls, `a new analysis of ${text}`).toHaveLength(before + 1);
    calls.at(-1)?.resolve(answer);
    await settle();
    return answer;
  };
  return { clock, calls, seen, scheduler, analysed };
}

describe('SQL analysis scheduler', () => {
  it('hands the rollback script to the engine as context.rollback', async () => {
    const { clock, calls, scheduler } = setup();
    scheduler.request(
      'p1',
      scripts(
        [FORWARD_SLOT, 'ALTER TABLE a ADD COLUMN b bigint;'],
        [ROLLBACK_SLOT, 'ALTER TABLE a DROP COLUMN b;'],
      ),
    );
    clock.tick();
    const results = calls.map(() => outcome('x'));
    calls.forEach((c, i) => c.resolve(results[i]!));
    await settle();
    expect(scheduler.snapshot().context.forward).toBe(results[0]?.facts);
    expect(scheduler.snapshot().context.rollback).toBe(results[1]?.facts);
  });

  it('keys the cache by the context too: a new statistics snapshot is a new analysis', () => {
    const schema = rowsKeyOf({ a: 1 }, { schemaSql: 'CREATE TABLE a (b varchar(5));' });
    expect(schema).not.toBe(rowsKeyOf({ a: 1 }, { schemaSql: 'CREATE TABLE a (b text);' }));
    expect(rowsKeyOf({ a: 1 }, { statsTables: ['a'] })).not.toBe(rowsKeyOf({ a: 1 }));
  });

  it('debounces typing: only the text standing when the delay ends is analysed', () => {
    const { clock, calls, scheduler } = setup();
    scheduler.request('p1', only('ALTER TABLE;'));
    calls.length = 0;
    scheduler.request('p1', only('ALTER TABLE a'));
    scheduler.request('p1', only('ALTER TABLE ab'));
    scheduler.request('p1', only('ALTER TABLE abc;'));
    expect(calls).toHaveLength(0);
    expect(scheduler.snapshot().slots[FORWARD_SLOT]?.status).toBe('analysing');
    clock.tick();
    expect(calls.map((c) => c.input.text)).toEqual(['ALTER TABLE abc;']);
  });

  it('analyses a draft just opened at once: its verdict does not wait out the typing delay', () => {
    const { clock, calls, scheduler } = setup();
    scheduler.request('p1', only('ALTER TABLE a ADD COLUMN b int;'));
    expect(calls.map((c) => c.input.text)).toEqual(['ALTER TABLE a ADD COLUMN b int;']);
    expect(clock.pending()).toBe(false);
    expect(scheduler.snapshot().pending).toBe(true);
    scheduler.request('p2', only('DROP TABLE c;'));
    expect(calls.map((c) => c.input.text)).toEqual(['ALTER TABLE a ADD COLUMN b int;', 'DROP TABLE c;']);
  });

  it('latest wins: an older answer arriving last is not shown', async () => {
    const { clock, calls, scheduler } = setup();
    scheduler.request('p1', only('DROP TABLE old;'));
    clock.tick();
    scheduler.request('p1', only('CREATE TABLE t (id int);'));
    clock.tick();
    const [older, newer] = calls;
    const newerOutcome = outcome('new');
    newer?.resolve(newerOutcome);
    await settle();
    older?.resolve(outcome('old'));
    await settle();
    const slot = scheduler.snapshot().slots[FORWARD_SLOT];
    expect(slot?.status).toBe('ready');
    expect(slot?.facts).toBe(newerOutcome.facts);
    expect(scheduler.snapshot().context.forward).toBe(newerOutcome.facts);
  });

  it('caches by text, dialect and table sizes: going back to a text costs no analysis', async () => {
    const { clock, calls, scheduler, analysed } = setup();
    await analysed('p1', 'DROP TABLE a;');
    await analysed('p1', 'DROP TABLE b;');
    scheduler.request('p1', only('DROP TABLE a;'));
    // Served from the cache at once, without waiting for the debounce.
    expect(clock.pending()).toBe(false);
    expect(scheduler.snapshot().slots[FORWARD_SLOT]?.status).toBe('ready');
    scheduler.request('p1', only('DROP TABLE a;', { a: 500_000_000 }));
    clock.tick();
    expect(calls).toHaveLength(3);
    expect(calls[2]?.input.tableRows).toEqual({ a: 500_000_000 });
  });

  it('keeps the previous result while a new text is analysed, and the context identity while facts stand still', async () => {
    const { scheduler, analysed } = setup();
    await analysed('p1', 'DROP TABLE a;', outcome('a', 420));
    const ready = scheduler.snapshot();
    expect(ready.parserLoadMs).toBe(420);
    scheduler.request('p1', only('DROP TABLE a; DROP TABLE b;'));
    const analysing = scheduler.snapshot();
    expect(analysing.slots[FORWARD_SLOT]?.status).toBe('analysing');
    expect(analysing.slots[FORWARD_SLOT]?.facts).toBe(ready.slots[FORWARD_SLOT]?.facts);
    expect(analysing.context).toBe(ready.context);
  });

  it('keys phase steps by step id, drops removed ones, and ignores empty scripts', async () => {
    const { clock, calls, scheduler } = setup();
    scheduler.request(
      'p1',
      scripts([FORWARD_SLOT, '   '], [stepSlot('s1'), 'DROP TABLE a;'], [stepSlot('s2'), 'DROP TABLE a;']),
    );
    clock.tick();
    // Two steps with the same SQL share one analysis.
    expect(calls).toHaveLength(1);
    const o = outcome('a');
    calls[0]?.resolve(o);
    await settle();
    expect(scheduler.snapshot().context).toEqual({ steps: { s1: o.facts, s2: o.facts } });
    scheduler.request('p1', scripts([stepSlot('s2'), 'DROP TABLE a;']));
    expect(scheduler.snapshot().context).toEqual({ steps: { s2: o.facts } });
  });

  it('never shows one draft’s results for another', async () => {
    const { scheduler, analysed } = setup();
    await analysed('p1', 'DROP TABLE a;');
    scheduler.request('p2', only('CREATE TABLE b (id int);'));
    expect(scheduler.snapshot().owner).toBe('p2');
    expect(scheduler.snapshot().context).toEqual({});
  });

  it('reports a parser failure on the slot and retries when the text changes', async () => {
    const { clock, calls, scheduler } = setup();
    scheduler.request('p1', only('SELECT 1;'));
    clock.tick();
    calls[0]?.reject(new Error('offline: libpg-query.wasm not cached'));
    await settle();
    expect(scheduler.snapshot().slots[FORWARD_SLOT]).toMatchObject({
      status: 'error',
      error: 'offline: libpg-query.wasm not cached',
    });
    scheduler.request('p1', only('SELECT 2;'));
    clock.tick();
    expect(calls).toHaveLength(2);
  });

  it('bounds the cache by entries, evicting the oldest', async () => {
    const { clock, scheduler, analysed } = setup(2);
    for (const text of ['a;', 'b;', 'c;']) await analysed('p1', text);
    scheduler.request('p1', only('c;'));
    expect(clock.pending()).toBe(false);
    scheduler.request('p1', only('a;'));
    expect(clock.pending()).toBe(true);
  });
});
