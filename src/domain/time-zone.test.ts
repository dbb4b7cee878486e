import { describe, expect, it } from 'vitest';
import { createBlankPlan } from './defaults';
import { loadPlanText } from './load';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('the plan’s time zone', () => {
  it('is the zone given at creation (the browser’s), and UTC for a file written without one', () => {
    expect(createBlankPlan({ id: 'p', now: NOW, timeZone: 'Europe/Berlin' }).timeZone).toBe('Europe/Berlin');
    const plan = createBlankPlan({ id: 'p', now: NOW });
    expect(plan.timeZone).toBe('UTC');
    const { timeZone: _dropped, ...older } = plan;
    const loaded = loadPlanText(JSON.stringify(older));
    expect(loaded.ok && loaded.plan.timeZone).toBe('UTC');
  });

  it('accepts IANA names and refuses anything else, saying where', () => {
    const plan = createBlankPlan({ id: 'p', now: NOW });
    for (const zone of ['America/Argentina/Buenos_Aires', 'Etc/GMT+5', 'UTC', 'America/Port-au-Prince'])
      expect(loadPlanText(JSON.stringify({ ...plan, timeZone: zone })).ok).toBe(true);
    for (const zone of ['', 'Europe/Berlin; DROP', '../etc/passwd', '+01:00', 'A/B/C/D']) {
      const loaded = loadPlanText(JSON.stringify({ ...plan, timeZone: zone }));
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.error.message).toContain('timeZone');
    }
  });
});
