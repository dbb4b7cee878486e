import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { Plan } from '../domain';
import { evaluate } from '../engine';
import example from '../../public/examples/orders-bigint.json';
import { exportAdr } from './adr';

const now = new Date('2026-12-05T23:30:00.000Z');
const base = Plan.parse(example);

function adrOf(strategy: Partial<Plan['strategy']['adr']>, plan: Plan = base) {
  const p = { ...plan, strategy: { ...plan.strategy, adr: { ...plan.strategy.adr, ...strategy } } };
  return exportAdr(p, evaluate(p, { now }), { now });
}

describe('ADR export (MADR): what the person wrote, as they wrote it', () => {
  it('keeps the decision’s lists and line breaks', () => {
    const adr = adrOf({
      decision: 'Use a canary deployment.\nWhy:\n- DC-02: zero downtime\n- DC-04: large table',
    });
    const html = marked.parse(adr) as string;
    expect(html).toContain('<p>Use a canary deployment.<br>Why:</p>\n<ul>\n<li>DC-02: zero downtime</li>');
    expect(html).toContain('<li>DC-04: large table</li>');
  });

  it('shows the context once when the drafted context starts with the plan’s summary', () => {
    const adr = adrOf({ context: `${base.summary}\nScope: schema, data. 5 components.` });
    expect(base.summary).toContain('32-bit integer at 1.71 billion');
    expect(adr.split('32\\-bit integer at 1\\.71 billion').length - 1).toBe(1);
    expect(adr).toContain('Scope: schema, data. 5 components.');
  });

  it('adds the summary when the context does not say it, and the summary alone when there is no context', () => {
    const own = adrOf({ context: 'We must widen the key before it overflows.' });
    expect(own).toContain('We must widen the key before it overflows.');
    expect(own).toContain('32\\-bit integer');
    const none = adrOf({ context: '' });
    expect(none).toContain('32\\-bit integer');
    expect(none).not.toContain('No context written yet');
  });

  it('dates the decision by the plan’s time zone, in MADR’s form', () => {
    expect(adrOf({})).toContain('- Date: 2026-12-05');
    expect(adrOf({}, { ...base, timeZone: 'Europe/Berlin' })).toContain('- Date: 2026-12-06');
  });
});
