import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankPlan } from './defaults';
import { PLAN_FORMAT_VERSION } from './format';
import { loadPlanText, loadPlanValue, MAX_PLAN_BYTES } from './load';

const example = readFileSync(new URL('../../public/examples/orders-bigint.json', import.meta.url), 'utf8');

describe('the load pipeline', () => {
  it('loads the shipped example plan', () => {
    const result = loadPlanText(example);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.plan.assessment.components).toHaveLength(5);
      expect(result.plan.execution.phases.map((p) => p.kind)).toEqual([
        'expand',
        'migrate',
        'migrate',
        'contract',
      ]);
    }
  });

  it('fills defaults for everything a minimal plan omits', () => {
    const result = loadPlanValue({
      kind: 'migration-plan',
      formatVersion: 1,
      id: 'p',
      title: 'T',
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.plan.execution.soakHours).toBe(24);
      expect(result.plan.assessment.downtime.kind).toBe('unspecified');
      expect(result.plan.auditLog).toEqual([]);
    }
  });

  it('round-trips a blank plan unchanged', () => {
    const plan = createBlankPlan({ id: 'x', now: new Date('2026-11-25T00:00:00Z') });
    const result = loadPlanText(JSON.stringify(plan));
    expect(result.ok && result.plan).toEqual(plan);
  });

  it.each([
    ['', 'empty', /empty/],
    [
      '{"kind": "migration-plan",',
      'not-json',
      /^The file is not valid JSON at line 1, column 27 \(a property name in double quotes was expected\)\.$/,
    ],
    ['{"kind": "migration-plan" "x": 1}', 'not-json', /line 1, column 27 \(a comma was expected\)/],
    ['[1,2]', 'not-an-object', /JSON object/],
    ['{"kind":"something-else"}', 'wrong-kind', /not a migration plan.*"something-else"/],
    ['{"kind":"migration-plan","formatVersion":99}', 'unsupported-version', /newer than this app/],
    ['{"kind":"migration-plan","formatVersion":"1"}', 'unsupported-version', /formatVersion/],
    ['\u0000\u0001binary', 'binary', /binary/],
  ])('rejects %j as %s with a clear message', (text, code, message) => {
    const result = loadPlanText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
  });

  it('reports line and column of a JSON syntax error', () => {
    const result = loadPlanText('{\n  "kind": "migration-plan",\n  "title": oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.line).toBe(3);
      expect(result.error.message).toContain('line 3');
    }
  });

  it('names the field path of an invalid value', () => {
    const doc = JSON.parse(example) as { assessment: { components: Array<{ rows: unknown }> } };
    doc.assessment.components[2]!.rows = -5;
    const result = loadPlanValue(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues[0]?.path).toBe('assessment.components[2].rows');
      expect(result.error.message).toBe(
        'Invalid plan at assessment.components[2].rows: must not be negative.',
      );
    }
  });

  it('refuses files over the size limit before parsing', () => {
    const result = loadPlanText('{}', MAX_PLAN_BYTES + 1);
    expect(!result.ok && result.error.code).toBe('too-large');
  });
});

describe('plan format versions', () => {
  it('has a fixture for every format version, and each loads', () => {
    for (let version = 1; version <= PLAN_FORMAT_VERSION; version += 1) {
      const text = readFileSync(new URL(`./fixtures/plan-v${version}.json`, import.meta.url), 'utf8');
      const result = loadPlanText(text);
      expect(result.ok, `fixture plan-v${version}.json loads`).toBe(true);
    }
  });
});
