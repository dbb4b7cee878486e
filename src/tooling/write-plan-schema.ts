// Writes public/plan.schema.json from the zod schemas, so editors and CI can validate plan files.
// A unit test (plan-schema.test.ts) fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../domain/json-schema';

export const PLAN_SCHEMA_PATH = fileURLToPath(new URL('../../public/plan.schema.json', import.meta.url));

export function renderPlanSchema(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PLAN_SCHEMA_PATH, renderPlanSchema());
  console.log(`wrote ${PLAN_SCHEMA_PATH}`);
}
