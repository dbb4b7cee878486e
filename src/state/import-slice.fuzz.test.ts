import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import example from '../../public/examples/orders-bigint.json';
import { createBlankPlan, MAX_PLAN_BYTES, Plan } from '../domain';
import { plan as planArb } from '../engine/testing/plan-arbitrary';
import { createDraftsRepository } from '../persistence';
import { freshDb, steppingClock } from '../persistence/persistence-test-utils';
import { setServices } from './services';
import { testServices } from './testing/test-services';
import { useWorkbench } from './store';

/**
 * The file import path end to end, on fake-indexeddb seeded with drafts: whatever the file holds,
 * the drafts already stored stay byte for byte as they were, and an accepted file becomes a new draft.
 */
const { db } = freshDb();
let ids = 0;
const SEEDED = ['example-orders-bigint', 'generated', 'other'];

beforeAll(async () => {
  const drafts = createDraftsRepository(db, steppingClock());
  setServices(testServices({ drafts, newId: () => `fresh-${(ids += 1)}` }));
  const seed = Plan.parse(example);
  // With a verdict stored, so the list's background catch-up (for drafts without one) leaves them be.
  const verdict = { ready: false, blockers: 1, warnings: 0, blockerIds: ['GR-01'] };
  await drafts.create(seed, verdict);
  await drafts.create(createBlankPlan({ id: 'generated', now: new Date('2026-01-01T00:00:00Z') }), verdict);
  await drafts.create({ ...seed, id: 'other', title: 'Other <b>plan</b>' }, verdict);
});

/** The stored rows of the seeded drafts, summary and plan, as bytes (key order included). */
async function seededBytes(): Promise<string> {
  return JSON.stringify([await db.drafts.bulkGet(SEEDED), await db.planBodies.bulkGet(SEEDED)]);
}

const mutatedExample = fc
  .tuple(fc.nat(), fc.nat({ max: 12 }), fc.string({ maxLength: 6 }))
  .map(([at, cut, insert]) => {
    const text = JSON.stringify(example, null, 2);
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + cut);
  });
const fileText = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
  mutatedExample,
  planArb.map((p) => JSON.stringify(p)),
  fc.constantFrom(
    JSON.stringify(example),
    JSON.stringify({ ...example, id: 'other' }),
    '{"kind":"migration-plan","formatVersion":1,"id":"generated","title":"t","createdAt":"2026-01-01T00:00:00Z"}',
    '{"__proto__":{"polluted":1},"kind":"migration-plan","formatVersion":1,"id":"x","title":"t","createdAt":"2026-01-01T00:00:00Z"}',
    '\u0000\u0001\u0002',
    '['.repeat(10_000),
  ),
);

describe('plan file import fuzzing (fake-indexeddb)', () => {
  it('never throws, never changes a stored draft, and an accepted file is a new draft', async () => {
    const before = await seededBytes();
    expect((await db.drafts.bulkGet(SEEDED)).every(Boolean)).toBe(true);
    await fc.assert(
      fc.asyncProperty(fileText, fc.boolean(), async (text, oversized) => {
        const countBefore = await db.drafts.count();
        const bytes = oversized ? MAX_PLAN_BYTES + 1 : text.length;
        const outcome = await useWorkbench.getState().planFileImported(text, 'plan.json', bytes);
        expect(await seededBytes()).toBe(before);
        if (!outcome.ok) {
          expect(outcome.error.message.length).toBeGreaterThan(10);
          expect(await db.drafts.count()).toBe(countBefore);
          if (oversized) expect(outcome.error.code).toBe('too-large');
          return;
        }
        expect(oversized).toBe(false);
        expect(await db.drafts.count()).toBe(countBefore + 1);
        expect(SEEDED).not.toContain(outcome.id);
        const stored = await db.planBodies.get(outcome.id);
        expect(Plan.safeParse(stored?.plan).success).toBe(true);
        // Keep the database small, so each case costs the same; the seeded drafts are checked above.
        await db.transaction('rw', db.drafts, db.planBodies, async () => {
          await db.drafts.delete(outcome.id);
          await db.planBodies.delete(outcome.id);
        });
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a file over the limit by its size, before reading a byte', async () => {
    const before = await seededBytes();
    let reads = 0;
    const huge = {
      name: 'huge.json',
      size: 2 * 1024 ** 3,
      text: () => Promise.resolve(String((reads += 1))),
    };
    const outcome = await useWorkbench.getState().planFilePicked(huge);
    expect(reads).toBe(0);
    expect(!outcome.ok && outcome.error.code).toBe('too-large');
    expect(!outcome.ok && outcome.error.message).toMatch(/2048\.0 MB.*larger than 25 MB/);
    const unreadable = {
      name: 'gone.json',
      size: 10,
      text: () => Promise.reject(new Error('NotFoundError')),
    };
    const failed = await useWorkbench.getState().planFilePicked(unreadable);
    expect(!failed.ok && failed.error.message).toMatch(/could not be read \(NotFoundError\)/);
    const binary = { name: 'x.png', size: 8, text: () => Promise.resolve('\u0089PNG\r\n\u001a\n\u0000') };
    const refused = await useWorkbench.getState().planFilePicked(binary);
    expect(!refused.ok && refused.error.code).toBe('binary');
    expect(await seededBytes()).toBe(before);
  });
});
