import type { IntegrityCheck, Plan, SqlDialect, VerifySession, VerifySetup } from '../domain';
import { tablesFingerprint } from '../engine/verification-age';
import { foreignKeyFromCheck } from './sql-orphans';
import type { VerifyContext } from './round-build';

/** The table a check names first: `orders` in "orders (id, id_new)" or "orders.customer_id -> customers.id". */
export function tableOfCheck(check: IntegrityCheck): string {
  const m = /^[\s"`]*([\w$]+(?:\.[\w$]+)?)/.exec(check.target);
  const name = m?.[1] ?? '';
  // "child.column -> parent.column" names the child table before its column.
  if (/->/.test(check.target) && name.includes('.')) return name.split('.').slice(0, -1).join('.') || name;
  return name;
}

export function defaultSetup(plan: Plan, check: IntegrityCheck): VerifySetup {
  const dialect: SqlDialect = plan.assessment.schemaChange.dialect;
  const table = tableOfCheck(check);
  return {
    source: { dialect, table },
    target: { dialect, table },
    keyColumns: ['id'],
    columns: [],
    where: '',
  };
}

/** A verification before its first round: nothing read from either database yet. */
export const emptySession = (
  start: Pick<VerifySession, 'id' | 'checkId' | 'startedAt' | 'setup' | 'fingerprint'>,
): VerifySession => ({
  ...start,
  source: null,
  target: null,
  boundaries: null,
  rounds: [],
  pending: null,
  recordedAt: null,
});

export function newSession(input: {
  id: string;
  plan: Plan;
  phaseId: string;
  check: IntegrityCheck;
  setup: VerifySetup;
  now: Date;
}): VerifySession {
  return emptySession({
    id: input.id,
    checkId: input.check.id,
    startedAt: input.now.toISOString(),
    setup: input.setup,
    fingerprint: tablesFingerprint(input.plan, input.phaseId, input.check.id),
  });
}

/** What the SQL writer needs from the check: its name and a foreign key its text may name. */
export function contextOf(check: IntegrityCheck, session: VerifySession): VerifyContext {
  const child = session.setup.source.table;
  return {
    checkName: check.target,
    checkForeignKey: foreignKeyFromCheck(check.target, child) ?? foreignKeyFromCheck(check.constraint, child),
  };
}
