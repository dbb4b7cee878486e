import { z } from 'zod';
import { MAX_PLAN_BYTES, MAX_PLAN_DEPTH } from './load';
import { Plan } from './plan';

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * zod refuses Infinity, which a file holds as a number past the double range (1e309); JSON Schema's "number"
 * lets it through. Bounding every number by the largest double makes the two agree.
 */
function boundNumbers(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) boundNumbers(item);
    return;
  }
  if (!isNode(node)) return;
  const type = node['type'];
  if (type === 'number' || type === 'integer') {
    if (!('maximum' in node) && !('exclusiveMaximum' in node)) node['maximum'] = Number.MAX_VALUE;
    if (!('minimum' in node) && !('exclusiveMinimum' in node)) node['minimum'] = -Number.MAX_VALUE;
  }
  for (const value of Object.values(node)) boundNumbers(value);
}

/**
 * The JSON Schema of a plan file as people write it (defaults may be omitted). It accepts exactly the
 * current-format files the app's load pipeline accepts (a property test holds the two together), except
 * for what a schema cannot state: the file's size, text encoding and nesting depth. Keys it does not know
 * are allowed, as the app allows them: it leaves them out of the plan and lists them.
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Plan, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  boundNumbers(schema);
  return {
    $id: 'https://migration-workbench.local/plan.schema.json',
    title: 'Migration Workbench plan',
    description:
      `A migration plan in the current format. The app also refuses files over ${MAX_PLAN_BYTES / 1024 / 1024} MB, ` +
      `files that are not UTF-8 JSON text, and nesting deeper than ${MAX_PLAN_DEPTH} levels; it upgrades ` +
      'files of older formats, which this schema does not describe. Unknown keys are allowed and ignored.',
    ...schema,
  };
}
