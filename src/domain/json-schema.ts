import { z } from 'zod';
import { Plan } from './plan';

/** The JSON Schema of a plan file as people write it (defaults may be omitted). */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Plan, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: 'https://migration-workbench.local/plan.schema.json',
    title: 'Migration Workbench plan',
    ...schema,
  };
}
