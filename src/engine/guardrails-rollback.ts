import type { Facts } from './facts';
import { finding } from './finding';
import type { Finding } from './types';

/**
 * GR-01 and GR-08 read the same evidence, the recorded rollback tests, but ask different things:
 * - GR-01 (a tested rollback procedure) needs a staging-like test: kind 'staging' or
 *   'other-non-production' (a shared pre-production environment). A local rehearsal (PGlite on a
 *   laptop) does not replace it: it has neither production-like data nor the real deployment path.
 * - GR-08 (rollback exercised in a non-production environment) accepts any passed test, local
 *   rehearsals included.
 * A failed latest staging test is DC-09's blocker (decision-criteria.ts), not GR-01's, so one problem
 * gives one blocker. A passed test can only remove findings here, never add a blocker.
 */
export function rollbackGuardrails(f: Facts): Finding[] {
  const out: Finding[] = [];
  const { tests } = f;
  if (tests.latestStaging === null) {
    const local =
      tests.passedLocalOnly && tests.anyPassed
        ? ` A local rehearsal passed (rollback.tests[${tests.anyPassed.index}]), but it does not replace the staging test.`
        : '';
    out.push(
      finding(
        'GR-01',
        'blocker',
        'rollback.tests',
        `No rollback test in staging (or another shared non-production environment) is recorded.${local}`,
        'Run the rollback procedure in staging with production-like data and record the result (kind "staging").',
      ),
    );
  }
  const p = f.plan.rollback.procedures;
  if (p.database.trim() === '' && p.services.trim() === '' && p.data.trim() === '') {
    out.push(
      finding(
        'GR-01',
        'warning',
        'rollback.procedures.database',
        'The rollback procedure is not written down: database, services and data procedures are all empty.',
        'Describe how to roll back the database (rollback scripts), the services (previous artifacts and routing) and the data (original preserved).',
      ),
    );
  }
  if (tests.anyPassed === null) {
    out.push(
      finding(
        'GR-08',
        'blocker',
        'rollback.tests',
        'Rollback has not been exercised successfully in any non-production environment.',
        'Exercise the rollback in staging (or at least rehearse it locally) and record a passed test.',
      ),
    );
  } else if (tests.passedLocalOnly) {
    out.push(
      finding(
        'GR-08',
        'info',
        `rollback.tests[${tests.anyPassed.index}]`,
        'A local rehearsal counts as exercising the rollback outside production (GR-08), but it does not replace the staging test that GR-01 and DC-08 require.',
        'Also run the rollback in staging with production-like data and record it.',
      ),
    );
  }
  return out;
}
