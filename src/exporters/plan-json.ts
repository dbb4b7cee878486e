import type { Plan } from '../domain';
import { jsonText } from './escape';

/**
 * The spec's `migration_plan` output: the plan document itself, stable key order, 2-space indent; bidi
 * controls written as \u escapes (escape.ts), the same data but visible.
 */
export function exportPlanJson(plan: Plan): string {
  return `${jsonText(plan)}\n`;
}

/** A file name people can sort and recognise: "orders-int-to-bigint.plan.json". */
export function planFileName(plan: Plan, suffix = 'plan.json'): string {
  const slug = plan.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug === '' ? 'migration' : slug}.${suffix}`;
}
