import type { Schedule } from './estimate';
import { parseTime, SOAK_MIN_HOURS, type Facts } from './facts';
import { finding } from './finding';
import { clip, formatHours } from './format';
import { destructiveStatements } from './sql-scan';
import type { Finding, SqlFacts } from './types';

/** GR-02: source data is deleted only by a contract phase that starts after the soak. */
export function sourceDeletion(f: Facts, schedule: Schedule): Finding[] {
  const out: Finding[] = [];
  const { phases } = f.plan.execution;
  phases.forEach((phase, i) => {
    if (!phase.deletesSource) return;
    const at = `execution.phases[${i}]`;
    const remedy = `Delete source data only in a contract phase that starts after the migration is verified and the ${SOAK_MIN_HOURS} h soak has passed.`;
    if (phase.kind !== 'contract' || i < schedule.lastNonContract) {
      const why =
        phase.kind !== 'contract'
          ? `is a ${phase.kind} phase`
          : `runs before "${phases[schedule.lastNonContract]?.name ?? ''}", so before the migration is verified`;
      out.push(
        finding(
          'GR-02',
          'blocker',
          `${at}.deletesSource`,
          `Phase "${phase.name}" deletes source data and ${why}.`,
          remedy,
        ),
      );
      return;
    }
    const start = schedule.phaseStart[i] ?? 0;
    if (phase.plannedStart !== null && start < schedule.soakEnd) {
      out.push(
        finding(
          'GR-02',
          'blocker',
          `${at}.plannedStart`,
          `Phase "${phase.name}" deletes source data ${formatHours(schedule.soakEnd - start)} before the soak period ends.`,
          remedy,
        ),
      );
    }
  });
  f.plan.run.phases.forEach((run, k) => {
    const index = f.phaseIndex.get(run.phaseId);
    const phase = index === undefined ? undefined : phases[index];
    const started = parseTime(run.startedAt);
    if (!phase?.deletesSource || started === null) return;
    const soakStart = parseTime(f.plan.run.soakStartedAt);
    const soakMs = Math.max(f.plan.execution.soakHours, SOAK_MIN_HOURS) * 3_600_000;
    if (soakStart === null || started < soakStart + soakMs) {
      out.push(
        finding(
          'GR-02',
          'blocker',
          `run.phases[${k}].startedAt`,
          `Phase "${phase.name}", which deletes source data, was started before the soak period had passed.`,
          'Stop the phase if it can still be stopped; restore the source data from the verified backup if needed.',
        ),
      );
    }
  });
  if (f.hasData && !f.plan.rollback.procedures.sourcePreserved) {
    out.push(
      finding(
        'GR-02',
        'warning',
        'rollback.procedures.sourcePreserved',
        'The rollback procedure does not state that the original data is preserved until the migration is verified.',
        'Keep the source data untouched until verification and the soak are done, and tick "source preserved".',
      ),
    );
  }
  if (f.plan.execution.soakHours < SOAK_MIN_HOURS) {
    out.push(
      finding(
        'SC-06',
        'warning',
        'execution.soakHours',
        `The soak period is ${f.plan.execution.soakHours} h, below the spec's minimum of ${SOAK_MIN_HOURS} h; the timeline uses ${SOAK_MIN_HOURS} h.`,
        `Set the soak period to at least ${SOAK_MIN_HOURS} hours.`,
      ),
    );
  }
  return out;
}

/** GR-03: database backups verified as restorable, via the spec's checklist item. */
export function backups(f: Facts): Finding[] {
  if (!f.hasData) return [];
  const entry = f.checklist.get('backups-verified');
  const remedy =
    'Restore the latest backup into a scratch environment, confirm it is complete, and tick the checklist item.';
  if (!entry) {
    return [
      finding(
        'GR-03',
        'blocker',
        'execution.checklist',
        'The checklist has no "Backups verified and restorable" item.',
        `Add the item. ${remedy}`,
      ),
    ];
  }
  const at = `execution.checklist[${entry.index}]`;
  if (!entry.item.done) {
    return [finding('GR-03', 'blocker', `${at}.done`, 'Backups are not verified as restorable.', remedy)];
  }
  if (entry.item.verifiedBy.trim() === '') {
    return [
      finding(
        'GR-03',
        'warning',
        `${at}.verifiedBy`,
        'Backups are marked verified, but nobody is named as having verified them.',
        'Name who verified the restore.',
      ),
    ];
  }
  return [];
}

function destructiveFrom(
  facts: SqlFacts | undefined,
  sql: string,
  dialect: SqlFacts['dialect'],
): Array<{ line: number; text: string }> {
  // Parser facts win; when the parser failed we still scan, because a DROP must not hide behind a typo.
  if (facts && facts.parseError === null) {
    return facts.statements.filter((s) => s.classification === 'destructive');
  }
  return destructiveStatements(sql, dialect);
}

/** GR-04: no DROP or TRUNCATE in the forward script or in any phase before the contract phase. */
/** Statement text compared across scripts: whitespace, case and a trailing semicolon do not matter. */
export const sameStatement = (text: string) =>
  text.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim().toLowerCase();

/** Destructive statements that a contract phase already runs, by normalised text, with that phase's name. */
function deferredToContract(
  f: Facts,
  dialect: Facts['plan']['assessment']['schemaChange']['dialect'],
): Map<string, string> {
  const deferred = new Map<string, string>();
  for (const phase of f.plan.execution.phases) {
    if (phase.kind !== 'contract') continue;
    for (const step of phase.steps) {
      const facts = f.ctx.sql?.steps?.[step.id];
      if (step.sql.trim() === '' && !facts) continue;
      for (const s of destructiveFrom(facts, step.sql, dialect))
        deferred.set(sameStatement(s.text), phase.name);
    }
  }
  return deferred;
}

export function destructiveForward(f: Facts): Finding[] {
  const out: Finding[] = [];
  const change = f.plan.assessment.schemaChange;
  const remedy =
    'Move the destructive statement to a contract phase that runs after verification and the soak.';
  const deferred = deferredToContract(f, change.dialect);
  for (const s of destructiveFrom(f.ctx.sql?.forward, change.forwardSql, change.dialect)) {
    // The pasted script may keep a statement that a proposed contract phase now runs after the soak.
    const contract = deferred.get(sameStatement(s.text));
    if (contract !== undefined) {
      out.push(
        finding(
          'GR-04',
          'info',
          'assessment.schemaChange.forwardSql',
          `Line ${s.line} (${clip(s.text)}) is destructive; it is deferred to the contract phase "${contract}", which runs after the soak.`,
          'Remove it from the forward script so nobody runs it early by mistake.',
        ),
      );
      continue;
    }
    out.push(
      finding(
        'GR-04',
        'blocker',
        'assessment.schemaChange.forwardSql',
        `The forward migration runs a destructive statement at line ${s.line}: ${clip(s.text)}`,
        remedy,
      ),
    );
  }
  const steps = f.ctx.sql?.steps;
  f.plan.execution.phases.forEach((phase, i) => {
    if (phase.kind === 'contract') return;
    phase.steps.forEach((step, j) => {
      const facts = steps?.[step.id];
      if (step.sql.trim() === '' && !facts) return;
      for (const s of destructiveFrom(facts, step.sql, change.dialect)) {
        out.push(
          finding(
            'GR-04',
            'blocker',
            `execution.phases[${i}].steps[${j}].sql`,
            `Phase "${phase.name}" (${phase.kind}) runs a destructive statement: ${clip(s.text)}`,
            remedy,
          ),
        );
      }
    });
  });
  return out;
}

/**
 * GR-05 against DC-06: a change that is not backward-compatible is acceptable when it is redesigned as
 * expand-contract (each step stays compatible) or when downtime is scheduled and the deployment is a big
 * bang (old and new code never run side by side, so there is no transition period). Otherwise it blocks.
 */
export function compatibility(f: Facts): Finding[] {
  const path =
    f.compatSource === 'sql'
      ? 'assessment.schemaChange.forwardSql'
      : 'assessment.schemaChange.backwardCompatible';
  const { strategy } = f.plan;
  if (f.backwardCompatible === 'unknown') {
    if (!f.hasSchemaChange) return [];
    return [
      finding(
        'GR-05',
        'warning',
        path,
        'Nobody has said whether the schema change is backward-compatible, so DC-05 and DC-06 cannot be decided.',
        'Analyse the forward SQL or state whether old code keeps working against the new schema.',
      ),
    ];
  }
  if (f.backwardCompatible === 'yes') return [];
  const source =
    f.compatSource === 'sql'
      ? `The SQL analysis found ${f.breakingStatements.length} breaking statement(s)`
      : 'The schema change is marked not backward-compatible';
  if (strategy.dataApproach === 'expand-contract') {
    return [
      finding(
        'GR-05',
        'info',
        path,
        `${source}; the plan uses expand-contract, so each phase must keep old and new code working.`,
        'Check each expand and migrate phase keeps the old schema readable and writable.',
      ),
    ];
  }
  if (f.downtimeAllowed && strategy.deployment === 'big-bang') {
    return [
      finding(
        'GR-05',
        'warning',
        path,
        `${source}; the plan schedules downtime with a big bang instead (DC-06's fallback).`,
        'Confirm expand-contract is impossible and record why in the justification.',
      ),
    ];
  }
  return [
    finding(
      'GR-05',
      'blocker',
      path,
      `${source}, and the plan neither redesigns it as expand-contract nor schedules downtime.`,
      'Redesign as expand-contract (add, backfill, switch reads, drop later); if impossible, schedule downtime with a big bang.',
    ),
  ];
}
