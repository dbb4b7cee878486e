import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import example from '../../public/examples/orders-bigint.json';
import { plan as planArb } from '../engine/testing/plan-arbitrary';
import { pathsOf, type JsonValue, type Path } from './testing/plan-files';
import {
  formatPath,
  loadPlanText,
  loadPlanValue,
  MAX_PLAN_BYTES,
  type LoadError,
  type LoadResult,
} from './load';

/** Codes about the file as a whole: the "where" is the whole file, and the message says so. */
const WHOLE_FILE = new Set(['too-large', 'binary', 'empty', 'not-an-object']);

/** Every rejection says what and where: a line and column, a field path, or the whole file. */
function expectNamed(error: LoadError): void {
  expect(error.message.length).toBeGreaterThan(10);
  if (error.code === 'not-json' || error.code === 'too-deep') {
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(error.message).toContain(`line ${error.line}, column ${error.column}`);
  } else if (WHOLE_FILE.has(error.code)) {
    expect(error.message).toMatch(/file|plan|JSON/);
  } else {
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue.path).not.toBe('');
    if (error.code === 'invalid') expect(error.message).toContain(error.issues[0]!.path);
  }
}

/** Runs one input through the pipeline; any throw fails the property with the input shown. */
function load(run: () => LoadResult): LoadResult {
  const result = run();
  if (!result.ok) expectNamed(result.error);
  else {
    // What is accepted is a plan: it serialises and loads back identically (no Infinity, no NaN).
    const again = loadPlanText(JSON.stringify(result.plan));
    expect(again.ok && again.plan).toEqual(result.plan);
    expect(Object.getPrototypeOf(result.plan)).toBe(Object.prototype);
  }
  return result;
}

const base = JSON.parse(JSON.stringify(example)) as JsonValue;

const PATHS = pathsOf(base).filter((p) => p.length > 0);

const deep = (depth: number): JsonValue => {
  let v: JsonValue = 'bottom';
  for (let i = 0; i < depth; i += 1) v = i % 2 === 0 ? [v] : { x: v };
  return v;
};
/** Values of the wrong type, or of the right type but hostile: what a crafted or corrupted file holds. */
const wrongValue: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constantFrom<JsonValue>(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    'NaN',
    'Infinity',
    '-0',
    '1e999',
    '',
    '__proto__',
    [],
    {},
    JSON.parse('{"__proto__":{"polluted":true}}') as JsonValue,
    'x'.repeat(20_001),
  ),
  fc.jsonValue({ maxDepth: 3 }).map((v) => v as JsonValue),
  fc.integer({ min: 2, max: 200 }).map(deep),
);

type Mutation = { kind: 'set'; value: JsonValue } | { kind: 'delete' } | { kind: 'proto'; value: JsonValue };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  wrongValue.map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  wrongValue.map((value) => ({ kind: 'proto' as const, value })),
);

function mutate(doc: JsonValue, path: Path, m: Mutation): JsonValue {
  const copy = JSON.parse(JSON.stringify(doc)) as JsonValue;
  let parent = copy as Record<string | number, JsonValue>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, JsonValue>;
  const last = path.at(-1)!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'set') parent[last] = m.value;
  // An own "__proto__" key, as JSON.parse makes it: it must neither set a prototype nor survive.
  else Object.defineProperty(parent, '__proto__', { value: m.value, enumerable: true });
  return copy;
}

const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

describe('load pipeline fuzzing', () => {
  it('never throws on arbitrary text, and names what and where', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789-+.eE \n\\tfnu'), maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('[', '{"a":', ']', '}', ','), maxLength: 2_000 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        load(() => loadPlanText(t));
      }),
      { numRuns: 2_500 },
    );
  });

  it('never throws on arbitrary JSON values, and names what and where', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        load(() => loadPlanText(JSON.stringify(v) ?? 'null'));
        load(() => loadPlanValue(v));
      }),
      { numRuns: 1_500 },
    );
  });

  it('mutated valid plans are accepted whole or refused at the mutated path', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PATHS.length - 1 }), mutation, (i, m) => {
        const path = PATHS[i]!;
        const doc = mutate(base, path, m);
        const result = load(() => loadPlanValue(doc));
        const viaText = load(() => loadPlanText(JSON.stringify(doc)));
        // Text deeper than any plan is refused before parsing, even where the value would be dropped.
        if (viaText.ok || viaText.error.code !== 'too-deep') expect(viaText.ok).toBe(result.ok);
        if (!result.ok && result.error.code === 'invalid') {
          const where = formatPath(path);
          expect(result.error.issues.some((issue) => related(issue.path, where))).toBe(true);
        }
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('generated plans with text-level damage (numbers past double, cuts, spliced bytes) never throw', () => {
    const damage = fc.oneof(
      fc.constantFrom('1e999', '-1e999', 'NaN', 'Infinity', '0x10', '01', '\u0000', '\uFEFF', '"\\ud800"'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(planArb, fc.nat(), fc.nat({ max: 20 }), damage, (plan, at, cut, insert) => {
        const text = JSON.stringify(plan, null, 1);
        const i = at % (text.length + 1);
        load(() => loadPlanText(text.slice(0, i) + insert + text.slice(i + cut)));
      }),
      { numRuns: 600 },
    );
  });

  it('refuses oversized, binary, deeply nested and wrong-kind files before parsing, and names them', () => {
    const cases: Array<[string, number | undefined, string]> = [
      ['{}', MAX_PLAN_BYTES + 1, 'too-large'],
      ['\u0000PK\u0003\u0004', undefined, 'binary'],
      ['\u0089PNG\r\n\u001a\n\u0000\u0000', undefined, 'binary'],
      ['['.repeat(300_000), undefined, 'too-deep'],
      [`{"kind":"migration-plan","x":${'['.repeat(100)}${']'.repeat(100)}}`, undefined, 'too-deep'],
      ['{"kind":"dashboard","panels":[]}', undefined, 'wrong-kind'],
      ['"a string"', undefined, 'not-an-object'],
      ['\uFEFF   ', undefined, 'empty'],
    ];
    for (const [text, bytes, code] of cases) {
      const result = load(() => loadPlanText(text, bytes));
      expect(!result.ok && result.error.code).toBe(code);
    }
    const bom = load(() => loadPlanText(`\uFEFF${JSON.stringify(example)}`));
    expect(bom.ok).toBe(true);
  });
});
