import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_PATH, renderPlanSchema } from './write-plan-schema';

describe('public/plan.schema.json', () => {
  it('matches the zod schemas (run `npm run schema` after changing src/domain)', () => {
    expect(readFileSync(PLAN_SCHEMA_PATH, 'utf8')).toBe(renderPlanSchema());
  });
});
