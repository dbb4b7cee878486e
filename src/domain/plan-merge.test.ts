import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan as planArbitrary } from '../engine/testing/plan-arbitrary';
import { Plan } from './plan';
import { PLAN_FORMAT_VERSION } from './format';
import { describeValue, fieldLabel, mergePlans } from './plan-merge';

/** One tab's edit: the fields it touches (a key, or a key and what lies under it), how, and its trace. */
interface Edit {
  key: string;
  apply: (p: Plan) => Plan;
  holds: (p: Plan) => boolean;
}

const comp = (p: Plan, id: string) => p.assessment.components.find((c) => c.id === id);
const withComponents = (p: Plan, components: Plan['assessment']['components']): Plan => ({
  ...p,
  assessment: { ...p.assessment, components },
});

/** Edits a person makes in one tab; `side` keeps the two tabs' new ids apart, as random ids do. */
function editArbitrary(base: Plan, side: string): fc.Arbitrary<Edit> {
  const ids = base.assessment.components.map((c) => c.id);
  const words = fc.constantFrom('alpha', 'beta', 'gamma', 'delta');
  const edits: fc.Arbitrary<Edit>[] = [
    words.map((w) => ({
      key: 'title',
      apply: (p) => ({ ...p, title: `Title ${w}` }),
      holds: (p) => p.title === `Title ${w}`,
    })),
    words.map((w) => ({
      key: 'summary',
      apply: (p) => ({ ...p, summary: `Summary ${w}` }),
      holds: (p) => p.summary === `Summary ${w}`,
    })),
    words.map((w) => ({
      key: `owner:${side}`,
      apply: (p) => ({ ...p, owners: [...p.owners, `${side} ${w}`] }),
      holds: (p) => p.owners.includes(`${side} ${w}`),
    })),
    fc.integer({ min: 1, max: 9 }).map((n) => ({
      key: `audit:${side}`,
      apply: (p) => ({
        ...p,
        auditLog: [
          ...p.auditLog,
          { at: `2026-12-0${n}T00:00:00.000Z`, event: 'migration-assessed', line: side },
        ],
      }),
      holds: (p) => p.auditLog.some((e) => e.line === side && e.at.startsWith(`2026-12-0${n}`)),
    })),
    words.map((w) => ({
      key: `new-component:${side}`,
      apply: (p) =>
        withComponents(p, [
          ...p.assessment.components.filter((c) => c.id !== `new-${side}`),
          { ...newComponent, id: `new-${side}`, name: w },
        ]),
      holds: (p) => comp(p, `new-${side}`)?.name === w,
    })),
  ];
  if (ids.length > 0) {
    const id = fc.constantFrom(...ids);
    edits.push(
      fc.tuple(id, fc.integer({ min: 0, max: 1_000 })).map(([cid, rows]) => ({
        key: `component:${cid}:rows`,
        apply: (p) =>
          withComponents(
            p,
            p.assessment.components.map((c) => (c.id === cid ? { ...c, rows } : c)),
          ),
        holds: (p) => comp(p, cid)?.rows === rows,
      })),
      fc.tuple(id, words).map(([cid, w]) => ({
        key: `component:${cid}:name`,
        apply: (p) =>
          withComponents(
            p,
            p.assessment.components.map((c) => (c.id === cid ? { ...c, name: w } : c)),
          ),
        holds: (p) => comp(p, cid)?.name === w,
      })),
      id.map((cid) => ({
        key: `component:${cid}`,
        apply: (p) => ({
          ...withComponents(
            p,
            p.assessment.components.filter((c) => c.id !== cid),
          ),
          assessment: {
            ...p.assessment,
            components: p.assessment.components.filter((c) => c.id !== cid),
            dependencies: p.assessment.dependencies.filter((d) => d.from !== cid && d.to !== cid),
          },
        }),
        holds: (p) => comp(p, cid) === undefined,
      })),
    );
  }
  return fc.oneof(...edits);
}

const newComponent = Plan.parse({
  kind: 'migration-plan',
  formatVersion: PLAN_FORMAT_VERSION,
  id: 'x',
  title: 'x',
  createdAt: '2026-01-01T00:00:00.000Z',
  assessment: { components: [{ id: 'c', name: 'c' }] },
}).assessment.components[0]!;

/** Base plans with unique component ids: the app makes random ids, never two alike. */
const basePlan = planArbitrary.map((p) => {
  const seen = new Set<string>();
  return withComponents(
    p,
    p.assessment.components.filter((c) => !seen.has(c.id) && seen.add(c.id)),
  );
});

const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}:`) || b.startsWith(`${a}:`);
const applyAll = (p: Plan, edits: Edit[]) => edits.reduce((acc, e) => e.apply(acc), p);
/** Every edited side is a plan the app could hold: a broken edit must fail here, not hide in the merge. */
const valid = (p: Plan) => Plan.parse(p);
/** The edits a side still shows: a later edit of the same field replaces an earlier one in that tab too. */
const last = (edits: Edit[]) =>
  edits.filter((e, i) => !edits.slice(i + 1).some((x) => overlaps(x.key, e.key)));

const scenario = basePlan.chain((base) =>
  fc.record({
    base: fc.constant(base),
    mine: fc.array(editArbitrary(base, 'mine'), { maxLength: 3 }),
    theirs: fc.array(editArbitrary(base, 'theirs'), { maxLength: 3 }),
  }),
);

describe('mergePlans: two tabs, one plan', () => {
  it('loses no edit: edits to different fields all survive, without a question', () => {
    fc.assert(
      fc.property(scenario, ({ base, mine, theirs }) => {
        fc.pre(mine.every((m) => theirs.every((t) => !overlaps(m.key, t.key))));
        const [m, t] = [valid(applyAll(base, mine)), valid(applyAll(base, theirs))];
        const r = mergePlans(base, m, t);
        expect(r.conflicts).toEqual([]);
        // What each tab shows of its own edits (renaming a component it removed shows nothing).
        const shown = [...last(mine).filter((e) => e.holds(m)), ...last(theirs).filter((e) => e.holds(t))];
        for (const e of shown) expect(e.holds(r.plan), e.key).toBe(true);
        expect(Plan.safeParse(r.plan).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('asks about overlapping edits only, and either answer keeps that side’s edits', () => {
    fc.assert(
      fc.property(scenario, ({ base, mine, theirs }) => {
        const [m, t] = [valid(applyAll(base, mine)), valid(applyAll(base, theirs))];
        const r = mergePlans(base, m, t);
        const all = (side: 'mine' | 'theirs') => new Map(r.conflicts.map((c) => [c.path, side]));
        const keepMine = mergePlans(base, m, t, all('mine'));
        const takeTheirs = mergePlans(base, m, t, all('theirs'));
        for (const e of last(mine)) if (e.holds(m)) expect(e.holds(keepMine.plan), e.key).toBe(true);
        for (const e of last(theirs)) if (e.holds(t)) expect(e.holds(takeTheirs.plan), e.key).toBe(true);
        // A field only one side touched never becomes a question.
        for (const c of r.conflicts) {
          expect(c.path === '' || mine.some((e) => theirs.some((x) => overlaps(e.key, x.key)))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the issue’s case: a title from one tab and a summary from the other', () => {
    fc.assert(
      fc.property(basePlan, (base) => {
        const r = mergePlans(base, { ...base, summary: 'from B' }, { ...base, title: 'from A' });
        expect(r.conflicts).toEqual([]);
        expect(r.plan).toMatchObject({ title: 'from A', summary: 'from B' });
        expect(r.theirsTaken).toEqual(['Title']);
      }),
      { numRuns: 30 },
    );
  });
});

describe('conflict labels', () => {
  it('names fields as a person finds them, and shows values short', () => {
    expect(
      fieldLabel([
        { kind: 'key', key: 'assessment' },
        { kind: 'key', key: 'components' },
        { kind: 'item', id: 'c-1', name: 'orders-db' },
        { kind: 'key', key: 'avgRowBytes' },
      ]),
    ).toBe('Assessment › Components › “orders-db” › Avg row bytes');
    expect(describeValue(undefined)).toBe('(removed)');
    expect(describeValue('')).toBe('(empty)');
    expect(describeValue('x'.repeat(500))).toHaveLength(160);
    expect(describeValue(['a', 'b'])).toBe('a, b');
  });
});
