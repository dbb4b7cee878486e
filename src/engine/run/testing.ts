import { readFileSync } from 'node:fs';
import { loadPlanText, type Plan } from '../../domain';
import { isRunError, type RunError } from './transitions';

/** The bundled example plan (orders-bigint.json) with its operator named: migration day can start. */
export function exampleForRun(): Plan {
  const r = loadPlanText(
    readFileSync(new URL('../../../public/examples/orders-bigint.json', import.meta.url), 'utf8'),
  );
  if (!r.ok) throw new Error(r.error.message);
  return { ...r.plan, run: { ...r.plan.run, operator: 'Tomas Novak' } };
}

/** The plan a transition made; a refusal fails the test with its sentence. */
export function ok(result: Plan | RunError): Plan {
  if (isRunError(result)) throw new Error(result.error);
  return result;
}

/** The sentence a transition refused with; '' when it was taken. */
export const errorOf = (result: Plan | RunError): string => (isRunError(result) ? result.error : '');
