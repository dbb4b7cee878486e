import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanText, loadPlanValue } from '../load';
import { v1ToV2 } from './v1-to-v2';

const v1Text = readFileSync(new URL('../fixtures/plan-v1.json', import.meta.url), 'utf8');
const v1 = () => JSON.parse(v1Text) as Record<string, unknown> & { strategy: Record<string, unknown> };

describe('format 1 -> 2', () => {
  it('opens the v1 fixture, says it was upgraded, and reads feature-flag routing as a traffic split', () => {
    const loaded = loadPlanText(v1Text);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.upgradedFrom).toBe(1);
    expect(loaded.plan.formatVersion).toBe(2);
    expect(loaded.plan.assessment.rollout).toEqual({ trafficSplit: 'yes', pieceByPiece: 'unknown' });
    for (const c of loaded.plan.assessment.components) expect(c.move).toBe('unknown');
    for (const p of loaded.plan.execution.phases) {
      expect(p).toMatchObject({
        timing: 'unknown',
        rollbackMechanism: 'unknown',
        rollbackAvailableHours: null,
      });
    }
  });

  it('leaves the traffic split unknown without feature-flag routing, and keeps a hand-written one', () => {
    const off = v1();
    off.strategy['featureFlagRouting'] = false;
    const a = loadPlanValue(off);
    expect(a.ok && a.plan.assessment.rollout.trafficSplit).toBe('unknown');
    const hand = { ...v1(), assessment: { rollout: { trafficSplit: 'no' } } };
    expect(v1ToV2(hand)['assessment']).toEqual({ rollout: { trafficSplit: 'no' } });
  });
});
