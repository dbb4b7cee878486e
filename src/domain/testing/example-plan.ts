import { readFileSync } from 'node:fs';
import { loadPlanText } from '../load';
import type { Plan } from '../plan';

/**
 * The bundled example (public/examples/orders-bigint.json) read through the load pipeline, as the app
 * opens it: a fresh copy per call, so a test may change it freely.
 */
export function loadExamplePlan(): Plan {
  const loaded = loadPlanText(
    readFileSync(new URL('../../../public/examples/orders-bigint.json', import.meta.url), 'utf8'),
  );
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.plan;
}
