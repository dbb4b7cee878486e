import { describe, expect, it } from 'vitest';
import { exampleForRun, ok } from '../engine/run/testing';
import { type Plan } from '../domain';
import { startPhase, startRun } from '../engine/run/transitions';
import { statusUpdate } from './status-update';

const example = (timeZone: string): Plan => ({ ...exampleForRun(), timeZone });

describe('stakeholder update', () => {
  it('gives its times readably in the plan’s time zone, never as raw ISO', () => {
    const start = new Date('2026-12-09T01:00:00Z');
    const p = ok(startPhase(ok(startRun(example('Europe/Berlin'), start, '6h')), 'ph-1', start));
    const text = statusUpdate(p, 'ph-1', start);
    expect(text).toContain('Started Wed 9 Dec 2026, 02:00 CET.');
    // ph-2's planned start, 01:30 UTC.
    expect(text).toContain('(planned Wed 9 Dec 2026, 02:30 CET)');
    expect(text).not.toMatch(/\d{4}-\d\d-\d\d/);
  });
});
