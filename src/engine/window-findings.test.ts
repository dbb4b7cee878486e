import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain';
import { evaluate } from './evaluate';
import { NOW, planWith } from './testing/ready-plan';
import { phase } from './testing/rule-case-helpers';

/** 5 minutes of downtime agreed, a 30-minute window booked, and `minutes` of the expand phase inside it. */
const agreedFive = (minutes: number) => (p: Plan) => {
  p.assessment.downtime = { kind: 'under-5-min', windowMinutes: null, agreedBy: 'CTO' };
  p.assessment.maintenanceWindow.durationMinutes = 30;
  const expand = phase(p, 0);
  expand.timing = 'in-window';
  expand.durationMinutes = minutes;
};

const dc07 = (p: Plan) => evaluate(p, { now: NOW }).findings.filter((f) => f.ruleId === 'DC-07');

describe('DC-07: what stops writes is held to the downtime agreed, not only to the window', () => {
  it('warns of work that fits a 30-minute window but not the 5 minutes agreed, and says which limit', () => {
    const e = evaluate(planWith(agreedFive(22)), { now: NOW });
    const [f] = e.findings.filter((x) => x.ruleId === 'DC-07');
    expect(f).toMatchObject({ severity: 'warning', path: 'assessment.downtime.kind' });
    expect(f?.message).toContain('takes at least 22 min');
    expect(f?.message).toContain(
      'longer than the 5 min of downtime agreed; the 30 min window does not extend it',
    );
    // It does fit the window: the estimate says so, and the warning says why that is not enough.
    expect(e.estimate.fitsWindow).toBe(true);
    const within = evaluate(planWith(agreedFive(4)), { now: NOW });
    expect(e.readiness.warnings - within.readiness.warnings).toBe(1);
    expect(e.readiness.blockers).toEqual(within.readiness.blockers);
  });

  it('stays quiet when the work inside the window is within the downtime agreed', () => {
    expect(dc07(planWith(agreedFive(4)))).toEqual([]);
  });

  it('holds a scheduled window of agreed downtime against a longer booked window the same way', () => {
    const findings = dc07(
      planWith((p) => {
        p.assessment.downtime = { kind: 'scheduled-window', windowMinutes: 60, agreedBy: 'CTO' };
        p.assessment.maintenanceWindow.durationMinutes = 120;
        phase(p, 0).timing = 'in-window';
        phase(p, 0).durationMinutes = 90;
      }),
    );
    expect(findings.map((f) => [f.severity, f.path])).toEqual([['warning', 'assessment.downtime.kind']]);
  });

  it('with no window booked, the agreed downtime is the window, as before', () => {
    const findings = dc07(
      planWith((p) => {
        agreedFive(22)(p);
        p.assessment.maintenanceWindow.durationMinutes = null;
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('longer than the 5 min window');
  });
});
