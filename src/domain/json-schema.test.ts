import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from './json-schema';
import { loadPlanText } from './load';
import { PLAN_FORMAT_VERSION } from './format';
import { planFileText } from './testing/plan-files';

/**
 * The published schema as other tools check a file with it: a strict validator with formats (an editor,
 * ajv-cli), and a lax one that lets Infinity be a number and skips formats, as several validators do by
 * default. Both must agree with the app.
 */
function validator(mode: 'strict' | 'lax'): (text: string) => boolean {
  const options: Options =
    mode === 'strict' ? { strict: true } : { strict: false, strictNumbers: false, validateFormats: false };
  const ajv = new Ajv2020(options);
  if (mode === 'strict') addFormats(ajv);
  const validate = ajv.compile(planJsonSchema());
  return (text) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    return validate(value);
  };
}

const strict = validator('strict');
const lax = validator('lax');

describe('the published JSON Schema and the app', () => {
  it('agree on every plan file: both accept it or both refuse it', () => {
    fc.assert(
      fc.property(planFileText, (text) => {
        const app = loadPlanText(text);
        const verdicts = { app: app.ok, strict: strict(text), lax: lax(text) };
        expect(verdicts, app.ok ? text.slice(0, 2_000) : app.error.message).toEqual({
          app: app.ok,
          strict: app.ok,
          lax: app.ok,
        });
      }),
      { numRuns: 700 },
    );
  }, 60_000);

  it('refuses a number past the double range (1e309) where the app does, whatever the validator', () => {
    const plan = {
      kind: 'migration-plan',
      formatVersion: PLAN_FORMAT_VERSION,
      id: 'p',
      title: 'Orders',
      createdAt: '2026-12-01T08:00:00Z',
      assessment: { throughput: { rowsPerSecond: 123 } },
    };
    const text = JSON.stringify(plan).replace('123', '1e309');
    expect(loadPlanText(text).ok).toBe(false);
    expect([strict(text), lax(text)]).toEqual([false, false]);
    expect([strict(JSON.stringify(plan)), lax(JSON.stringify(plan))]).toEqual([true, true]);
  });

  it('bounds every number, so no reader can take Infinity for one', () => {
    const unbounded: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${path}/${i}`));
      else if (typeof node === 'object' && node !== null) {
        const n = node as Record<string, unknown>;
        if (n['type'] === 'number' || n['type'] === 'integer') {
          const max = n['maximum'] ?? n['exclusiveMaximum'];
          const min = n['minimum'] ?? n['exclusiveMinimum'];
          if (!Number.isFinite(max) || !Number.isFinite(min)) unbounded.push(path);
        }
        for (const [k, v] of Object.entries(n)) visit(v, `${path}/${k}`);
      }
    };
    visit(planJsonSchema(), '');
    expect(unbounded).toEqual([]);
  });
});
