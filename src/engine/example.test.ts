import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../domain';
import { evaluate } from './evaluate';

const file = fileURLToPath(new URL('../../public/examples/orders-bigint.json', import.meta.url));

function example() {
  const loaded = loadPlanText(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.plan;
}

/**
 * orders-bigint: zero downtime on a stateful 400M-row table with traffic-serving services.
 * DC-02 (zero downtime, stateful) points to blue-green or canary with expand-contract; canary wins the
 * tie because the plan has services taking traffic (strategy table: canary is best for high-traffic
 * services). The plan chose exactly that, so nothing differs. It is ready: the staging rollback test
 * passed (DC-08), backups are verified, notice is 6.7 days ahead, the DROP is in the contract phase,
 * which starts after the 24 h soak.
 * order_items (1.2B rows) is listed with role "consumer": it references orders.id and moves in a
 * follow-up plan, so only the 400M orders rows count: 3.7 h at 30,000 rows/s fits the 6 h window.
 */
describe('public/examples/orders-bigint.json', () => {
  const e = evaluate(example(), { now: new Date('2026-12-05T00:00:00Z') });

  it('recommends canary with expand-contract, as the plan chose', () => {
    expect(e.strategy).toMatchObject({ recommended: 'canary', chosen: 'canary', differs: false });
    expect(e.strategy.ruleIds).toContain('DC-02');
    expect(e.dataApproach).toMatchObject({
      recommended: 'expand-contract',
      chosen: 'expand-contract',
      differs: false,
    });
  });

  it('is ready, and counts only the migrating table (consumers are not moved by this plan)', () => {
    expect(e.readiness.ready).toBe(true);
    expect(e.findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId)).toEqual([]);
    expect(e.questions.map((q) => q.ruleId)).toEqual([]);
    expect(e.estimate).toMatchObject({
      totalRows: 400_000_000,
      batches: 40_000,
      windowHours: 6,
      fitsWindow: true,
    });
    // 400M rows at 30,000 rows/s.
    expect(e.estimate.durationHours).toBeCloseTo(400_000_000 / 30_000 / 3600, 5);
  });

  it('orders the components and lists who to notify', () => {
    expect(e.waves).toEqual([
      ['c-orders-db'],
      ['c-order-items', 'c-orders-api', 'c-analytics'],
      ['c-billing'],
    ]);
    expect(e.cycles).toEqual([]);
    expect(e.consumersToNotify.map((c) => c.componentId)).toEqual([
      'c-order-items',
      'c-orders-api',
      'c-billing',
      'c-analytics',
    ]);
  });

  it('puts the contract phase after the soak', () => {
    const soak = e.estimate.timeline.find((t) => t.kind === 'soak');
    const contract = e.estimate.timeline.find((t) => t.phaseId === 'ph-4');
    expect(soak && contract && contract.startOffsetHours >= soak.startOffsetHours + soak.durationHours).toBe(
      true,
    );
  });

  it('becomes not ready two days before the window if the notice had not been sent', () => {
    const plan = example();
    plan.assessment.stakeholderNoticeAt = null;
    const late = evaluate(plan, { now: new Date('2026-12-08T00:00:00Z') });
    expect(late.readiness.blockers.map((b) => b.ruleId)).toEqual(['GR-07']);
  });
});
