import { AFTER_SWITCH_KINDS, type Phase } from '../domain';
import type { Schedule } from './estimate';
import type { Facts } from './facts';
import { scanStatements } from './sql-scan';
import type { SqlFacts } from './types';

/**
 * Where each destructive or breaking statement runs, judged once for GR-04, GR-05, DC-06 and the
 * point of no return. A statement is fine for old code when it runs:
 * - after the switch: in a contract or decommission phase that follows every other phase;
 * - in the swap: renames inside one transaction (BEGIN ... COMMIT), after a copy or sync phase;
 * - inside agreed downtime: an in-window phase when downtime is allowed (no old code runs then).
 * Anything else runs during the transition, while old code still reads and writes.
 */
export type Where = 'after-switch' | 'before-switch' | 'swap' | 'in-window' | 'transition';

export type PlacedStatement = {
  line: number;
  text: string;
  destructive: boolean;
  /** The forward script, or a phase step. */
  phase: number | null;
  step: number | null;
  where: Where;
  path: string;
};

export type Placement = {
  statements: PlacedStatement[];
  /** Destructive forward statements that an after-switch phase also runs, with that phase's name. */
  deferred: Array<{ line: number; text: string; phaseName: string }>;
  /** Phases that run destructive SQL: without another mechanism, a backup is the only way back. */
  destructivePhases: Set<number>;
};

/** Statement text compared across scripts: whitespace, case and a trailing semicolon do not matter. */
export const sameStatement = (text: string) =>
  text.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim().toLowerCase();

type Found = { line: number; text: string; destructive: boolean };

const MAYBE = /drop|truncate|rename|type|modify|change/i;

/** Parser facts win; when the parser failed or none were given, the engine's own scan. */
function statementsOf(facts: SqlFacts | undefined, sql: string, dialect: SqlFacts['dialect']): Found[] {
  if (facts && facts.parseError === null) {
    return facts.statements
      .filter((s) => s.classification === 'destructive' || s.classification === 'breaking')
      .map((s) => ({ line: s.line, text: s.text, destructive: s.classification === 'destructive' }));
  }
  if (!MAYBE.test(sql)) return [];
  return scanStatements(sql, dialect)
    .filter((s) => s.destructive || s.breaking)
    .map((s) => ({ line: s.line, text: s.text, destructive: s.destructive }));
}

const RENAME = /\brename\b/i;

/** One transaction: the step opens with BEGIN / START TRANSACTION and ends with COMMIT. */
function oneTransaction(sql: string, dialect: SqlFacts['dialect']): boolean {
  const all = scanStatements(sql, dialect);
  const first = all[0]?.keyword;
  const last = all.at(-1)?.keyword;
  return (first === 'BEGIN' || first === 'START') && (last === 'COMMIT' || last === 'END');
}

export function placeStatements(f: Facts, schedule: Schedule): Placement {
  const { phases } = f.plan.execution;
  const change = f.plan.assessment.schemaChange;
  const dialect = change.dialect;
  const steps = f.ctx.sql?.steps;
  const statements: PlacedStatement[] = [];
  const inSteps = new Map<string, { phase: number; afterSwitch: boolean }>();
  const destructivePhases = new Set<number>();
  let copiedBefore = false;
  phases.forEach((phase, i) => {
    const where = phaseWhere(f, phase, i, schedule.lastNonContract);
    phase.steps.forEach((step, j) => {
      const facts = steps?.[step.id];
      if (step.sql.trim() === '' && !facts) return;
      const found = statementsOf(facts, step.sql, dialect);
      if (found.length === 0) return;
      const swap =
        copiedBefore &&
        found.every((s) => !s.destructive && RENAME.test(s.text)) &&
        oneTransaction(step.sql, dialect);
      for (const s of found) {
        if (s.destructive) destructivePhases.add(i);
        inSteps.set(sameStatement(s.text), { phase: i, afterSwitch: where === 'after-switch' });
        statements.push({
          ...s,
          phase: i,
          step: j,
          where: swap && where === 'transition' ? 'swap' : where,
          path: `execution.phases[${i}].steps[${j}].sql`,
        });
      }
    });
    if (phase.kind === 'sync' || phase.kind === 'backfill' || phase.kind === 'migrate') copiedBefore = true;
  });
  const deferred: Placement['deferred'] = [];
  const forwardWhere: Where = f.downtimeAllowed && f.windowHours !== null ? 'in-window' : 'transition';
  for (const s of statementsOf(f.ctx.sql?.forward, change.forwardSql, dialect)) {
    const key = sameStatement(s.text);
    const elsewhere = inSteps.get(key);
    if (elsewhere) {
      // The phase that runs it judges it; the forward copy only needs a note when deferred.
      if (s.destructive && elsewhere.afterSwitch)
        deferred.push({ line: s.line, text: s.text, phaseName: phases[elsewhere.phase]?.name ?? '' });
      continue;
    }
    statements.push({
      ...s,
      phase: null,
      step: null,
      where: forwardWhere,
      path: 'assessment.schemaChange.forwardSql',
    });
  }
  return { statements, deferred, destructivePhases };
}

function phaseWhere(f: Facts, phase: Phase, index: number, lastSwitch: number): Where {
  if (AFTER_SWITCH_KINDS.has(phase.kind)) return index > lastSwitch ? 'after-switch' : 'before-switch';
  if (f.downtimeAllowed && f.windows.phases[index]?.timing === 'in-window') return 'in-window';
  return 'transition';
}
