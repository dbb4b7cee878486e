import type { SqlContext } from '../engine/types';
import type { SqlAnalysis, SqlFacts } from '../sql';
import { sqlContextOf, type SqlSlotInput } from '../sql/plan-slots';

export { FORWARD_SLOT, stepSlot, rowsKeyOf, type SqlSlotInput } from '../sql/plan-slots';

/**
 * Debounced, latest-wins, cached SQL analysis of a plan's scripts. Pure apart from the timers and the
 * analyse function, both injected, so it is tested without a worker or a clock.
 *
 * Slots name where a script lives: `forward` for the forward migration, `step:<stepId>` for a phase
 * step. A result is cached by text + dialect + table sizes, so switching back to an earlier text, or
 * two steps with the same SQL, costs nothing. A result that arrives after its slot's text has
 * changed is cached but not shown: the latest text wins.
 */

export type AnalyzeOutcome = { analysis: SqlAnalysis; facts: SqlFacts; parserLoadMs: number | null };

export type SlotStatus = 'analysing' | 'ready' | 'error';

export type SqlSlotState = {
  status: SlotStatus;
  /** The latest finished analysis; while `analysing` it is the previous text's (stale) result. */
  analysis: SqlAnalysis | null;
  facts: SqlFacts | null;
  error: string | null;
};

export type SqlAnalysisSnapshot = {
  /** Whose SQL this is (the plan id): results never leak from one draft to the next. */
  owner: string | null;
  slots: Readonly<Record<string, SqlSlotState>>;
  /** What the engine gets; a new object only when some facts change, so it can key a cache. */
  context: SqlContext;
  /** How long the first parser load took, once known. */
  parserLoadMs: number | null;
  /**
   * Some script's facts are still being worked out (debounce, parser load or analysis): a verdict
   * now would be one without them, so every place says "checking SQL…" instead.
   */
  pending: boolean;
};

export type Timers = {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
};

export type SchedulerOptions = {
  analyze: (input: SqlSlotInput) => Promise<AnalyzeOutcome>;
  onChange: (snapshot: SqlAnalysisSnapshot) => void;
  delayMs?: number;
  timers?: Timers;
  /** Cache bound by entries and by total text size: scripts can be 2 MB each. */
  maxEntries?: number;
  maxChars?: number;
};

export type SqlAnalysisScheduler = {
  request: (owner: string | null, inputs: ReadonlyMap<string, SqlSlotInput>) => void;
  snapshot: () => SqlAnalysisSnapshot;
};

export const EMPTY_SNAPSHOT: SqlAnalysisSnapshot = {
  owner: null,
  slots: {},
  context: {},
  parserLoadMs: null,
  pending: false,
};

export const cacheKeyOf = (input: SqlSlotInput): string =>
  `${input.dialect}\u0000${input.rowsKey}\u0000${input.text}`;

type Done = { key: string; outcome: AnalyzeOutcome } | { key: string; error: string };

const defaultTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createSqlAnalysisScheduler(options: SchedulerOptions): SqlAnalysisScheduler {
  const delayMs = options.delayMs ?? 300;
  const timers = options.timers ?? defaultTimers;
  const maxEntries = options.maxEntries ?? 32;
  const maxChars = options.maxChars ?? 8_000_000;

  let owner: string | null = null;
  let wanted = new Map<string, { input: SqlSlotInput; key: string }>();
  /** Last finished result per slot, kept while a newer text is analysed so the UI does not flash. */
  const shown = new Map<string, Done>();
  const cache = new Map<string, AnalyzeOutcome>();
  const inFlight = new Set<string>();
  let timer: unknown = null;
  let parserLoadMs: number | null = null;
  let context: SqlContext = {};
  let contextFacts: Array<[string, SqlFacts]> = [];
  let current: SqlAnalysisSnapshot = EMPTY_SNAPSHOT;

  const remember = (key: string, outcome: AnalyzeOutcome): void => {
    cache.delete(key);
    cache.set(key, outcome);
    let chars = 0;
    for (const k of cache.keys()) chars += k.length;
    // Oldest first (Map keeps insertion order; a hit re-inserts), never the entry just added.
    for (const k of cache.keys()) {
      if (cache.size <= 1 || (cache.size <= maxEntries && chars <= maxChars)) break;
      cache.delete(k);
      chars -= k.length;
    }
  };

  const buildContext = (): SqlContext => {
    const facts: Array<[string, SqlFacts]> = [];
    for (const [slot, done] of shown) if ('outcome' in done) facts.push([slot, done.outcome.facts]);
    const same =
      facts.length === contextFacts.length &&
      facts.every(([slot, f], i) => contextFacts[i]?.[0] === slot && contextFacts[i]?.[1] === f);
    if (same) return context;
    contextFacts = facts;
    return sqlContextOf(facts);
  };

  const publish = (): void => {
    context = buildContext();
    const slots: Record<string, SqlSlotState> = {};
    let pending = false;
    for (const [slot, { key }] of wanted) {
      const done = shown.get(slot);
      const fresh = done?.key === key;
      const error = fresh && done && 'error' in done ? done.error : null;
      const outcome = done && 'outcome' in done ? done.outcome : null;
      if (!fresh) pending = true;
      slots[slot] = {
        status: !fresh ? 'analysing' : error !== null ? 'error' : 'ready',
        analysis: outcome?.analysis ?? null,
        facts: outcome?.facts ?? null,
        error,
      };
    }
    current = { owner, slots, context, parserLoadMs, pending };
    options.onChange(current);
  };

  const settle = (key: string, done: Done): void => {
    inFlight.delete(key);
    if ('outcome' in done) {
      remember(key, done.outcome);
      parserLoadMs ??= done.outcome.parserLoadMs;
    }
    let changed = false;
    for (const [slot, w] of wanted) {
      if (w.key !== key) continue;
      shown.set(slot, done);
      changed = true;
    }
    if (changed) publish();
  };

  /** Shows cached results at once; returns whether some slot still needs the parser. */
  const applyCached = (): boolean => {
    let misses = false;
    for (const [slot, { key }] of wanted) {
      const hit = cache.get(key);
      if (!hit) {
        misses = true;
        continue;
      }
      remember(key, hit);
      if (shown.get(slot)?.key !== key) shown.set(slot, { key, outcome: hit });
    }
    return misses;
  };

  const run = (): void => {
    timer = null;
    applyCached();
    for (const { input, key } of wanted.values()) {
      if (cache.has(key) || inFlight.has(key)) continue;
      inFlight.add(key);
      options.analyze(input).then(
        (outcome) => settle(key, { key, outcome }),
        (error: unknown) =>
          settle(key, { key, error: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  return {
    request: (nextOwner, inputs) => {
      const next = new Map<string, { input: SqlSlotInput; key: string }>();
      for (const [slot, input] of inputs) {
        // An empty script is not analysed: the engine sees no facts for it, which is the truth.
        if (input.text.trim() !== '') next.set(slot, { input, key: cacheKeyOf(input) });
      }
      const unchanged =
        nextOwner === owner &&
        next.size === wanted.size &&
        [...next].every(([slot, w]) => wanted.get(slot)?.key === w.key);
      if (unchanged) return;
      // Another draft: nothing shown so far is about it, even where slot names coincide.
      const opened = nextOwner !== owner;
      if (opened) shown.clear();
      owner = nextOwner;
      wanted = next;
      for (const slot of [...shown.keys()]) if (!wanted.has(slot)) shown.delete(slot);
      if (timer !== null) timers.clear(timer);
      timer = null;
      // The delay batches keystrokes; a draft just opened has none coming, and its verdict waits for this.
      if (applyCached()) {
        if (opened) run();
        else timer = timers.set(run, delayMs);
      }
      publish();
    },
    snapshot: () => current,
  };
}
