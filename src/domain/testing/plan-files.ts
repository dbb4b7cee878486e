import fc from 'fast-check';
import { plan as planArb } from '../../engine/testing/plan-arbitrary';

/**
 * Plan files as they come in from outside: generated valid plans, then damaged at one place with a value of
 * the wrong type or just past a bound, a key removed, or a key added. For property tests that compare the
 * app's load pipeline with other readers of the same files (the published JSON Schema).
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type Path = Array<string | number>;

/** Stands for a number JSON can write but a double cannot hold; put into the text after stringify. */
const PAST_DOUBLE = '__past_double__';
const NEG_PAST_DOUBLE = '__neg_past_double__';

/** Every place in a JSON document, the document itself (the empty path) first. */
export function pathsOf(value: JsonValue, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

const lengths = [0, 1, 99, 100, 101, 499, 500, 501, 9_999, 10_000, 10_001, 20_000, 20_001];

/** Numbers at and past every kind of bound a plan field may have. */
const numberEdge: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constantFrom<JsonValue>(PAST_DOUBLE, NEG_PAST_DOUBLE),
  fc.constantFrom<JsonValue>(
    Number.MAX_VALUE,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 63,
    1e21,
    0,
    -0,
    -1,
    0.5,
    1.5,
    1e-300,
    5e-324,
    100,
    101,
    1440,
    1441,
    10_080,
    10_081,
  ),
  fc.integer({ min: -3, max: 200_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Texts at and past length bounds, and date and time forms both readers must judge alike. */
const stringEdge: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constantFrom<JsonValue>(
    '',
    '1',
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    '2026-12-01',
    '2026-12-01T22:00:00Z',
    '2026-12-01T22:00:00.123456789Z',
    '2026-12-01T22:00:00+01:00',
    '2026-12-01T22:00:00+0100',
    '2026-12-01T22:00Z',
    '2026-12-01t22:00:00z',
    '2026-12-01 22:00:00Z',
    '2026-12-01T24:00:00Z',
    '2026-06-30T23:59:60Z',
    '+002026-12-01T22:00:00Z',
    'yes',
    'unknown',
    'postgresql',
    'migrating',
    '\u0000',
    '\ud800',
  ),
  fc.constantFrom(...lengths).map((n) => 'x'.repeat(n)),
  // Characters outside the BMP are two UTF-16 units but one code point: JSON Schema counts code points.
  fc.constantFrom(...lengths).map((n) => '😀'.repeat(Math.ceil(n / 2)) + (n % 2 === 1 ? '' : 'x')),
  fc.constantFrom(...lengths).map((n) => 'é'.repeat(n)),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
);

const anyEdge: fc.Arbitrary<JsonValue> = fc.oneof(
  numberEdge,
  stringEdge,
  fc.constantFrom<JsonValue>(null, true, false, [], {}),
  fc.jsonValue({ maxDepth: 2 }).map((v) => v as JsonValue),
);

/** A value for a place that holds `current`: mostly of its own type, at or past a bound; now and then any. */
const edgeFor = (current: JsonValue): fc.Arbitrary<JsonValue> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary:
        typeof current === 'number' ? numberEdge : typeof current === 'string' ? stringEdge : anyEdge,
    },
    { weight: 1, arbitrary: anyEdge },
  );

type Mutation =
  | { kind: 'set'; value: JsonValue }
  | { kind: 'delete' }
  | { kind: 'add'; key: string; value: JsonValue }
  | { kind: 'push'; value: JsonValue };
const mutation = (current: JsonValue): fc.Arbitrary<Mutation> =>
  fc.oneof(
    { weight: 6, arbitrary: edgeFor(current).map((value) => ({ kind: 'set' as const, value })) },
    { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        key: fc.constantFrom('titel', 'extra', 'componnets', 'rowsPerSec', '__proto__', 'constructor'),
        value: anyEdge,
      }),
    },
    { weight: 1, arbitrary: anyEdge.map((value) => ({ kind: 'push' as const, value })) },
  );

function mutate(doc: JsonValue, path: Path, m: Mutation): JsonValue {
  const copy = JSON.parse(JSON.stringify(doc)) as JsonValue;
  if (path.length === 0) return copy;
  let parent = copy as Record<string | number, JsonValue>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, JsonValue>;
  const last = path.at(-1)!;
  const target = parent[last];
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'add' && target !== null && typeof target === 'object' && !Array.isArray(target))
    Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true });
  else if (m.kind === 'push' && Array.isArray(target)) target.push(m.value);
  return copy;
}

function valueAt(doc: JsonValue, path: Path): JsonValue {
  let at = doc;
  for (const key of path) at = (at as Record<string | number, JsonValue>)[key] ?? null;
  return at;
}

const toText = (doc: JsonValue) =>
  JSON.stringify(doc).replaceAll(`"${PAST_DOUBLE}"`, '1e309').replaceAll(`"${NEG_PAST_DOUBLE}"`, '-1e309');

/** A plan file's text: a generated plan damaged at one place (or, now and then, left whole). */
export const planFileText: fc.Arbitrary<string> = planArb.chain((plan) => {
  const doc = JSON.parse(JSON.stringify(plan)) as JsonValue;
  const paths = pathsOf(doc);
  const numbers = paths.filter((p) => typeof valueAt(doc, p) === 'number');
  const texts = paths.filter((p) => typeof valueAt(doc, p) === 'string');
  // Leaves hold the bounds: aim most damage there, the rest anywhere (whole objects, lists, the root).
  const where = fc.oneof(
    ...[numbers, texts, paths].filter((list) => list.length > 0).map((list) => fc.constantFrom(...list)),
  );
  return where
    .chain((path) => fc.tuple(fc.constant(path), mutation(valueAt(doc, path)), fc.nat(9)))
    .map(([path, m, roll]) => toText(roll === 0 ? doc : mutate(doc, path, m)));
});
