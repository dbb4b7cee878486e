import type { Node, VariableSetStmt } from 'libpg-query';
import { unwrap } from './pg-ast';

/** The session settings and transaction state a script builds up, statement by statement. */
export type PgSession = {
  inTransaction: boolean;
  /** Index of the BEGIN that opened the current transaction block. */
  openedAt: number | null;
  lock: boolean;
  statement: boolean;
  localLock: boolean;
  localStatement: boolean;
  /** lock_timeout in force, in seconds (null: none). */
  lockTimeoutSec: number | null;
};

export const createSession = (): PgSession => ({
  inTransaction: false,
  openedAt: null,
  lock: false,
  statement: false,
  localLock: false,
  localStatement: false,
  lockTimeoutSec: null,
});

export type SessionEvent = 'nested-begin' | 'commit-outside' | null;

const BEGINS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const ENDS = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE']);

/** Applies one statement to the session; says when it nests or ends a transaction that is not there. */
export function trackSession(stmt: Node | undefined, index: number, s: PgSession): SessionEvent {
  const tx = unwrap(stmt, 'TransactionStmt');
  if (tx !== undefined) {
    const kind = tx.kind ?? '';
    if (BEGINS.has(kind)) {
      if (s.inTransaction) return 'nested-begin';
      s.inTransaction = true;
      s.openedAt = index;
    }
    if (ENDS.has(kind)) {
      const outside = !s.inTransaction;
      s.inTransaction = false;
      s.openedAt = null;
      // SET LOCAL lasts until the transaction ends.
      if (s.localLock) {
        s.lock = false;
        s.lockTimeoutSec = null;
      }
      if (s.localStatement) s.statement = false;
      s.localLock = false;
      s.localStatement = false;
      if (outside) return 'commit-outside';
    }
    return null;
  }
  const set = unwrap(stmt, 'VariableSetStmt');
  if (set !== undefined) applySet(set, s);
  return null;
}

const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, min: 60, h: 3600, d: 86400 };

/** '3s', '1500ms', '2min', 5000 (ms): the timeout in seconds; null for 0 (wait forever) or unreadable. */
export function timeoutSeconds(
  value: { ival?: { ival?: number }; sval?: { sval?: string } } | undefined,
): number | null {
  if (value?.sval?.sval !== undefined) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h|d)?\s*$/.exec(value.sval.sval);
    if (!m) return null;
    const seconds = Number(m[1]) * (UNIT_SECONDS[m[2] ?? 'ms'] ?? 0.001);
    return seconds > 0 ? seconds : null;
  }
  const ms = value?.ival?.ival ?? 0;
  return ms > 0 ? ms / 1000 : null;
}

function applySet(set: VariableSetStmt, s: PgSession): void {
  if (set.kind === 'VAR_RESET_ALL') {
    s.lock = false;
    s.statement = false;
    s.lockTimeoutSec = null;
    return;
  }
  const name = set.name?.toLowerCase();
  if (name !== 'lock_timeout' && name !== 'statement_timeout') return;
  const value = unwrap(set.args?.[0], 'A_Const');
  const seconds = set.kind === 'VAR_SET_VALUE' ? timeoutSeconds(value) : null;
  // 0 (or '0') means "wait forever": the same as not setting it.
  const on = seconds !== null;
  if (name === 'lock_timeout') {
    s.lock = on;
    s.lockTimeoutSec = seconds;
    s.localLock = on && set.is_local === true;
  } else {
    s.statement = on;
    s.localStatement = on && set.is_local === true;
  }
}
