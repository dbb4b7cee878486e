import { lockRank } from '../sql';
import type { HeldLock, Reconciliation, StatementObservation } from './types';

/** What PostgreSQL was seen to do that matters to a live application: SHARE UPDATE EXCLUSIVE and up. */
const NOTABLE = lockRank('SHARE UPDATE EXCLUSIVE');

/** Where this statement's observation stands against the static analysis. */
export function reconcile(s: Omit<StatementObservation, 'reconciliation'>): Reconciliation {
  if (s.skipped) return 'skipped';
  if (!s.ok) return 'error';
  const observedNotable =
    s.rewritten.length > 0 ||
    s.locks.some((l) => l.kind !== 'index' && lockRank(l.modes[0] ?? null) >= NOTABLE);
  if (s.static === null) return observedNotable ? 'trace-only' : 'confirmed';
  const predicted = s.static.lock !== null || s.static.rewrite;
  if (s.disagreements.length > 0) return predicted ? 'mismatch' : 'trace-only';
  // Run outside a transaction block (CONCURRENTLY): its locks were released before they could be read.
  if (!s.inTransaction && s.static.lock !== null) return 'static-only';
  return 'confirmed';
}

export const RECONCILIATION_LABELS: Record<Reconciliation, string> = {
  confirmed: 'Confirmed',
  mismatch: 'Mismatch',
  'trace-only': 'Trace-only',
  'static-only': 'Static-only',
  error: 'Error',
  skipped: 'Skipped',
};

/** "19 analysed, 18 confirmed, 1 trace-only" (transaction control is not counted as analysed). */
export function coverageLine(rows: readonly StatementObservation[]): string {
  const analysed = rows.filter((s) => s.reconciliation !== 'skipped');
  const order: Reconciliation[] = ['confirmed', 'mismatch', 'trace-only', 'static-only', 'error'];
  const parts = order
    .map((r) => [r, analysed.filter((s) => s.reconciliation === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${r}`);
  const skipped = rows.length - analysed.length;
  return `${analysed.length} analysed${parts.length > 0 ? `, ${parts.join(', ')}` : ''}${skipped > 0 ? `; ${skipped} transaction control skipped` : ''}`;
}

/**
 * Locks a statement takes inside the script's own BEGIN ... COMMIT stay held until the block ends,
 * so every later statement in the block runs while they block others (the rehearsal runs each
 * statement on its own, so this is worked out from the script's structure and each statement's
 * observed locks). Only locks that block writes or more are listed.
 */
export function heldAcross(
  script: 'forward' | 'rollback',
  rows: readonly StatementObservation[],
  isBegin: (s: StatementObservation) => boolean,
  isEnd: (s: StatementObservation) => boolean,
): HeldLock[] {
  const out: HeldLock[] = [];
  let open: HeldLock[] | null = null;
  const close = (at: number | null) => {
    for (const h of open ?? [])
      if (h.heldThrough.length > 0 || at === null) out.push({ ...h, releasedAt: at });
    open = null;
  };
  for (const s of rows) {
    if (s.skipped && isBegin(s)) {
      close(null);
      open = [];
      continue;
    }
    if (s.skipped && isEnd(s)) {
      close(s.line);
      continue;
    }
    if (open === null) continue;
    const held: HeldLock[] = open;
    for (const h of held) if (h.fromLine !== s.line) h.heldThrough.push(s.line);
    for (const l of s.locks) {
      const mode = l.modes[0];
      if (l.kind === 'index' || mode === undefined || lockRank(mode) < lockRank('SHARE')) continue;
      const known = held.find((h) => h.relation === l.relation);
      if (known && lockRank(known.mode) >= lockRank(mode)) continue;
      if (known) {
        // A stronger lock on the same table: from here on it is the one that blocks.
        Object.assign(known, { mode, fromLine: s.line, heldThrough: [] });
        continue;
      }
      held.push({ script, relation: l.relation, mode, fromLine: s.line, heldThrough: [], releasedAt: null });
    }
  }
  if (open !== null) close(null);
  return out;
}

export function heldLockText(h: HeldLock): string {
  const n = h.heldThrough.length;
  const through =
    n === 0
      ? ''
      : ` and held through ${n} later statement${n === 1 ? '' : 's'} (line${n === 1 ? '' : 's'} ${h.heldThrough.join(', ')})`;
  const until =
    h.releasedAt === null
      ? ' until the session ends: the block is never committed'
      : ` until the COMMIT at line ${h.releasedAt}`;
  return `${h.mode} on ${h.relation}, taken at line ${h.fromLine}${through}${until}`;
}
