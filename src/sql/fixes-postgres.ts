import type { PgRuleId } from './rule-catalog';
import type { FindingSubject, FixStep } from './types';

export type FixContext = {
  ruleId: PgRuleId;
  table: string | null;
  subject: FindingSubject;
  /** The statement as written. */
  text: string;
  /** The statement with CONCURRENTLY inserted after its INDEX/TABLE keyword, from the scanner. */
  concurrently: () => string | null;
  /** The ALTER TABLE has one subcommand, so "NOT VALID" can be appended to it as it is. */
  singleCommand: boolean;
};

/** Quotes an identifier unless it is plain lower case, so generated SQL names the same object. */
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/u.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

const qTable = (table: string): string => table.split('.').map(quoteIdent).join('.');
const step = (phase: FixStep['phase'], text: string, sql = ''): FixStep => ({ phase, text, sql });
const BATCH = 'in batches of a few thousand rows by primary key, committing each batch';

/** Builds the safe multi-step replacement for a finding, or null when only prose can help. */
export function buildPgFix(ctx: FixContext): FixStep[] | null {
  const { table, subject } = ctx;
  const t = table === null ? null : qTable(table);
  const col = subject.column === undefined ? null : quoteIdent(subject.column);
  switch (ctx.ruleId) {
    case 'PG-003': {
      if (t === null || col === null || subject.column === undefined) return null;
      const check = quoteIdent(`${(table ?? '').split('.').pop() ?? ''}_${subject.column}_not_null`);
      return [
        step(
          'expand',
          `Add a NOT VALID check for NULLs in ${col} (brief lock, no scan)`,
          `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID;`,
        ),
        step(
          'migrate',
          'Validate the check without blocking writes (SHARE UPDATE EXCLUSIVE)',
          `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};`,
        ),
        step(
          'migrate',
          'Set NOT NULL (uses the valid check, no scan) and drop the helper check',
          `ALTER TABLE ${t} ALTER COLUMN ${col} SET NOT NULL;\nALTER TABLE ${t} DROP CONSTRAINT ${check};`,
        ),
      ];
    }
    case 'PG-006':
    case 'PG-007':
    case 'PG-008': {
      const sql = ctx.concurrently();
      const phase = ctx.ruleId === 'PG-007' ? 'contract' : 'expand';
      return sql === null
        ? null
        : [step(phase, 'Run CONCURRENTLY, outside any transaction block', `${sql};`)];
    }
    case 'PG-010':
    case 'PG-011': {
      if (!ctx.singleCommand || t === null) return null;
      const steps = [
        step('expand', 'Add the constraint NOT VALID (brief lock, no scan)', `${ctx.text} NOT VALID;`),
      ];
      const name = subject.constraint;
      steps.push(
        name === undefined
          ? step('migrate', 'Name the constraint, then VALIDATE CONSTRAINT it (SHARE UPDATE EXCLUSIVE)')
          : step(
              'migrate',
              'Validate without blocking writes (SHARE UPDATE EXCLUSIVE)',
              `ALTER TABLE ${t} VALIDATE CONSTRAINT ${quoteIdent(name)};`,
            ),
      );
      return steps;
    }
    case 'PG-012':
    case 'PG-013': {
      const keys = subject.keys ?? [];
      if (t === null || keys.length === 0) return null;
      const bare = (table ?? '').split('.').pop() ?? '';
      const pk = ctx.ruleId === 'PG-013';
      const name = quoteIdent(subject.constraint ?? (pk ? `${bare}_pkey` : `${bare}_${keys.join('_')}_key`));
      return [
        step(
          'expand',
          'Build the unique index online',
          `CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ${name} ON ${t} (${keys.map(quoteIdent).join(', ')});`,
        ),
        step(
          'migrate',
          'Attach it as the constraint (brief lock, no build)',
          `ALTER TABLE ${t} ADD CONSTRAINT ${name} ${pk ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${name};`,
        ),
      ];
    }
    case 'PG-014': {
      if (t === null || col === null || subject.newName === undefined) return null;
      const next = quoteIdent(subject.newName);
      return [
        step('expand', `Add ${next} with the same type as ${col} (nullable, no default)`),
        step(
          'migrate',
          `Dual-write ${col} and ${next} in the application (or a trigger); backfill ${next} from ${col} ${BATCH}`,
        ),
        step('migrate', `Switch every reader to ${next}; stop writing ${col}`),
        step(
          'contract',
          `Drop the old column ${col} after the soak`,
          `ALTER TABLE ${t} DROP COLUMN IF EXISTS ${col};`,
        ),
      ];
    }
    case 'PG-015': {
      if (t === null || subject.newName === undefined || table === null) return null;
      const schema = table.includes('.') ? `${qTable(table.slice(0, table.lastIndexOf('.')))}.` : '';
      const next = `${schema}${quoteIdent(subject.newName)}`;
      return [
        step(
          'expand',
          'Rename and keep the old name as an updatable view, in one transaction',
          `BEGIN;\nALTER TABLE ${t} RENAME TO ${quoteIdent(subject.newName)};\nCREATE VIEW ${t} AS SELECT * FROM ${next};\nCOMMIT;`,
        ),
        step('migrate', `Switch every reader and writer to ${next}`),
        step('contract', 'Drop the compatibility view after the soak', `DROP VIEW IF EXISTS ${t};`),
      ];
    }
    case 'PG-001':
    case 'PG-002':
      if (col === null) return null;
      return [
        step('expand', `Add ${col} nullable without a default (or with a constant default): metadata only`),
        step('migrate', `Backfill ${col} ${BATCH}; set the default for new rows`),
        step(
          'migrate',
          `If it must be NOT NULL, follow PG-003's steps (CHECK NOT VALID, VALIDATE, SET NOT NULL)`,
        ),
      ];
    case 'PG-004':
      if (t === null || col === null) return null;
      return [
        step('expand', `Add a new column next to ${col} with the new type`),
        step('migrate', `Dual-write both columns; backfill the new one ${BATCH}; switch reads`),
        step('contract', `Drop ${col} after the soak`, `ALTER TABLE ${t} DROP COLUMN IF EXISTS ${col};`),
      ];
    default:
      return null;
  }
}
