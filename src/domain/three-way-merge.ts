/**
 * Three-way merge of two edited copies of one JSON document against the version both started from. Two
 * tabs editing one draft meet here: an edit made in only one tab is kept, an edit made in both tabs to the
 * same value is kept once, and only a field both changed differently is a conflict, decided by the person.
 * Pure and generic over JSON; plan-merge.ts applies it to plans.
 */

/** A field or list item that is not there (a removed item, an optional field never set). */
export const ABSENT: unique symbol = Symbol('absent');
type Value = unknown;

/** One step of a path: an object key, or a list item found by its id (with its name, to show it by). */
export type PathSegment = { kind: 'key'; key: string } | { kind: 'item'; id: string; name: string | null };

export interface MergeConflict {
  /** Stable across re-merges of the same documents: the key a choice is given under. */
  path: string;
  segments: readonly PathSegment[];
  /** undefined where the field or item is absent on that side (removed, or never there). */
  base: Value;
  mine: Value;
  theirs: Value;
}

export type ConflictChoice = 'mine' | 'theirs';

export interface MergeResult {
  /** ABSENT only when both sides removed the whole document, which a plan never does. */
  merged: Value;
  /** Fields both sides changed differently; each took `choices`' answer, or this side's value. */
  conflicts: MergeConflict[];
  /** Where the other side's edit was taken: what this side learns from the merge. */
  theirsTaken: { path: string; segments: readonly PathSegment[] }[];
}

type Path = { text: string; segments: readonly PathSegment[] };

const isRecord = (v: Value): v is Record<string, Value> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

const eq = (a: Value, b: Value) => (a === ABSENT || b === ABSENT ? a === b : deepEqual(a, b));

const childKey = (at: Path, key: string): Path => ({
  text: at.text === '' ? key : `${at.text}.${key}`,
  segments: [...at.segments, { kind: 'key', key }],
});

const childItem = (at: Path, field: string, id: string, item: Value): Path => {
  const named = isRecord(item) ? (item.name ?? item.title ?? item.target) : item;
  return {
    text: `${at.text}[${field}=${id}]`,
    segments: [
      ...at.segments,
      {
        kind: 'item',
        id,
        name: typeof named === 'string' || typeof named === 'number' ? String(named) : null,
      },
    ],
  };
};

/** List items are matched by the first of these fields that every item carries, unique in its list. */
const ITEM_KEYS = ['id', 'phaseId'] as const;

function itemKeyOf(lists: readonly Value[][]): string | null {
  for (const field of ITEM_KEYS) {
    const fits = lists.every((list) => {
      const seen = new Set<string>();
      return list.every((item) => {
        const id = isRecord(item) ? item[field] : undefined;
        if (typeof id !== 'string' || seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    });
    if (fits && lists.some((l) => l.length > 0)) return field;
  }
  return null;
}

type Ctx = {
  choices: ReadonlyMap<string, ConflictChoice>;
  conflicts: MergeConflict[];
  theirsTaken: MergeResult['theirsTaken'];
};

const visible = (v: Value) => (v === ABSENT ? undefined : v);

function conflict(b: Value, m: Value, t: Value, at: Path, ctx: Ctx): Value {
  ctx.conflicts.push({
    path: at.text,
    segments: at.segments,
    base: visible(b),
    mine: visible(m),
    theirs: visible(t),
  });
  return ctx.choices.get(at.text) === 'theirs' ? t : m;
}

function mergeValue(b: Value, m: Value, t: Value, at: Path, ctx: Ctx): Value {
  if (eq(m, t)) return m;
  if (eq(b, m)) {
    ctx.theirsTaken.push({ path: at.text, segments: at.segments });
    return t;
  }
  if (eq(b, t)) return m;
  // Both changed it, differently: look inside before calling it a conflict.
  if (isRecord(m) && isRecord(t) && (isRecord(b) || b === ABSENT)) {
    return mergeRecords(isRecord(b) ? b : {}, m, t, at, ctx);
  }
  if (Array.isArray(m) && Array.isArray(t) && (Array.isArray(b) || b === ABSENT)) {
    const base = Array.isArray(b) ? b : [];
    const field = itemKeyOf([base, m, t]);
    if (field !== null) return mergeItems(base, m, t, byField(field), at, ctx);
    const appended = mergeAppended(base, m, t);
    if (appended !== null) return appended;
    // Any other list (dependencies, owners, scope) is merged as a bag of values: what each side added and
    // removed. An item changed differently on both sides is then kept in both versions, not lost.
    return mergeItems(base, m, t, byValue, at, ctx);
  }
  return conflict(b, m, t, at, ctx);
}

function mergeRecords(
  b: Record<string, Value>,
  m: Record<string, Value>,
  t: Record<string, Value>,
  at: Path,
  ctx: Ctx,
): Value {
  const out: Record<string, Value> = {};
  const keys = [...new Set([...Object.keys(m), ...Object.keys(t), ...Object.keys(b)])];
  const get = (r: Record<string, Value>, k: string) =>
    Object.hasOwn(r, k) && r[k] !== undefined ? r[k] : ABSENT;
  for (const key of keys) {
    const v = mergeValue(get(b, key), get(m, key), get(t, key), childKey(at, key), ctx);
    if (v !== ABSENT) out[key] = v;
  }
  return out;
}

/** JSON with sorted keys: equal values, equal text. */
function canonical(v: Value): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isRecord(v)) {
    const keys = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** How a list's items are told apart: by an id field, or by their whole value and which repeat it is. */
type ItemKey = { label: string; keys: (list: Value[]) => string[] };
const byField = (field: string): ItemKey => ({
  label: field,
  keys: (list) => list.map((item) => String((item as Record<string, Value>)[field])),
});
const byValue: ItemKey = {
  label: 'value',
  keys: (list) => {
    const seen = new Map<string, number>();
    return list.map((item) => {
      const text = canonical(item);
      const n = seen.get(text) ?? 0;
      seen.set(text, n + 1);
      return n === 0 ? text : `${text}#${n + 1}`;
    });
  },
};

/** Lists whose items carry ids (components, phases, checks) or are distinct values: merged item by item. */
function mergeItems(b: Value[], m: Value[], t: Value[], key: ItemKey, at: Path, ctx: Ctx): Value[] {
  const [bk, mk, tk] = [key.keys(b), key.keys(m), key.keys(t)];
  const byId = (list: Value[], ids: string[]) => new Map(ids.map((id, i) => [id, list[i]]));
  const [bm, mm, tm] = [byId(b, bk), byId(m, mk), byId(t, tk)];
  const merged = new Map<string, Value>();
  for (const id of new Set([...mk, ...tk, ...bk])) {
    const [bv, mv, tv] = [bm.get(id) ?? ABSENT, mm.get(id) ?? ABSENT, tm.get(id) ?? ABSENT];
    const shown = mv !== ABSENT ? mv : tv !== ABSENT ? tv : bv;
    const v = mergeValue(bv, mv, tv, childItem(at, key.label, id, shown), ctx);
    if (v !== ABSENT) merged.set(id, v);
  }
  // Whichever side reordered the items sets the order; the other side's new items go after their neighbour.
  const mineReordered = !eq(
    mk.filter((id) => bm.has(id)),
    bk.filter((id) => mm.has(id)),
  );
  const [skeleton, other] = mineReordered ? [mk, tk] : [tk, mk];
  const ids = skeleton.filter((id) => merged.has(id));
  let after = -1;
  for (const id of other) {
    const pos = ids.indexOf(id);
    if (pos >= 0) after = pos;
    else if (merged.has(id)) ids.splice(++after, 0, id);
  }
  return ids.map((id) => merged.get(id));
}

/**
 * Lists both sides only appended to (the audit log, recorded checks): the base, then both tails, in time
 * order where the items carry one.
 */
function mergeAppended(b: Value[], m: Value[], t: Value[]): Value[] | null {
  const startsWithBase = (list: Value[]) =>
    list.length >= b.length && b.every((v, i) => deepEqual(v, list[i]));
  if (!startsWithBase(m) || !startsWithBase(t)) return null;
  const theirs = t.slice(b.length);
  const mine = m.slice(b.length).filter((v) => !theirs.some((x) => deepEqual(x, v)));
  const time = (v: Value) => (isRecord(v) && typeof v.at === 'string' ? v.at : null);
  const out = [...b];
  let i = 0;
  let j = 0;
  while (i < theirs.length || j < mine.length) {
    const [tv, mv] = [theirs[i], mine[j]];
    const takeTheirs = j >= mine.length || (i < theirs.length && (time(tv) ?? '') <= (time(mv) ?? '\uffff'));
    out.push(takeTheirs ? tv : mv);
    if (takeTheirs) i++;
    else j++;
  }
  return out;
}

/**
 * Merges `mine` and `theirs`, both edited from `base`. A conflict takes the side named in `choices` under
 * its path, else this side's value; every conflict is reported either way, so nothing of the other side is
 * dropped without being shown.
 */
export function mergeThreeWay(
  base: Value,
  mine: Value,
  theirs: Value,
  choices: ReadonlyMap<string, ConflictChoice> = new Map(),
): MergeResult {
  const ctx: Ctx = { choices, conflicts: [], theirsTaken: [] };
  const merged = mergeValue(base, mine, theirs, { text: '', segments: [] }, ctx);
  return { merged, conflicts: ctx.conflicts, theirsTaken: ctx.theirsTaken };
}
