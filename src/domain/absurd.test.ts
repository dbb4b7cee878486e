import { describe, expect, it } from 'vitest';
import { loadPlanValue } from './load';

const base = () => ({
  kind: 'migration-plan',
  formatVersion: 2,
  id: 'p',
  title: 'Absurd',
  createdAt: '2026-11-01T00:00:00.000Z',
});
const component = (rows: number, avgRowBytes = 100) => ({ id: 'c', name: 'orders', rows, avgRowBytes });
const message = (doc: object) => {
  const result = loadPlanValue(doc);
  return result.ok ? 'accepted' : result.error.message;
};

describe('absurd numbers are refused with a message that says so, not estimated', () => {
  it.each([
    [
      'more rows than any datastore holds',
      { assessment: { components: [component(5e15)] } },
      'Invalid plan at assessment.components[0].rows: is too large: more rows than any datastore holds',
    ],
    [
      'rows times row size over an exabyte',
      { assessment: { components: [component(1e12, 4_000_000)] } },
      'Invalid plan at assessment.components[0].rows: is more than any datastore holds: 1.0e+12 rows of 4000000 bytes make 4.0 EB',
    ],
    [
      '1e300 rows: too large, not "not a whole number"',
      { assessment: { components: [component(1e300)] } },
      'is too large',
    ],
    [
      'a copy at 1e-300 rows a second ("about Infinity days")',
      { assessment: { throughput: { rowsPerSecond: 1e-300 } } },
      'Invalid plan at assessment.throughput.rowsPerSecond: is too small: at least 0.01 rows per second',
    ],
    [
      'a batch of 1e300 rows',
      { assessment: { throughput: { batchSize: 1e300 } } },
      'Invalid plan at assessment.throughput.batchSize: is too large: at most 1,000,000,000 rows per batch.',
    ],
    [
      'a phase of twenty years',
      { execution: { phases: [{ id: 'p1', name: 'Copy', durationMinutes: 20 * 525_600 }] } },
      'Invalid plan at execution.phases[0].durationMinutes: is too long: more than two years',
    ],
    [
      'a window of a year',
      { assessment: { maintenanceWindow: { durationMinutes: 525_600 } } },
      'Invalid plan at assessment.maintenanceWindow.durationMinutes: is too long for a maintenance window',
    ],
  ])('%s', (_, patch, expected) => {
    const text = message({ ...base(), ...patch });
    expect(text).toContain(expected);
    expect(text).not.toContain('whole number');
  });

  it('still takes a fraction of a batch as "not a whole number", and the largest real values', () => {
    expect(message({ ...base(), assessment: { throughput: { batchSize: 10.5 } } })).toContain(
      'must be a whole number',
    );
    expect(
      message({
        ...base(),
        assessment: {
          components: [component(3e12, 300)],
          throughput: { rowsPerSecond: 0.01, batchSize: 1e9 },
          maintenanceWindow: { durationMinutes: 4320 },
        },
      }),
    ).toBe('accepted');
  });
});
