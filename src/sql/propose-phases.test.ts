import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Phase } from '../domain/execution';
import { analyzeSql } from './analyze';
import { proposePhases } from './propose-phases';

const counter = () => {
  let n = 0;
  return () => `p${(n += 1)}`;
};

const MIXED = [
  "SET lock_timeout = '5s';",
  'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;',
  'CREATE INDEX users_email_idx ON users (email);',
  'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
  'ALTER TABLE users RENAME COLUMN name TO full_name;',
  'UPDATE users SET nickname = full_name WHERE id < 1000;',
  'ALTER TABLE users DROP COLUMN legacy;',
  'DO $$ BEGIN END $$;',
].join('\n');

describe('proposePhases', () => {
  it('puts safe work in expand, replacements across phases and destructive work in contract', async () => {
    const analysis = await analyzeSql(MIXED, { dialect: 'postgresql' });
    const proposal = proposePhases(analysis, counter(), { soakHours: 48 });
    expect(proposal.phases.map((p) => p.kind)).toEqual(['expand', 'migrate', 'contract']);
    for (const phase of proposal.phases) expect(() => Phase.parse(phase)).not.toThrow();
    const sqlOf = (i: number) => proposal.phases[i]?.steps.map((s) => s.sql).join('\n') ?? '';
    expect(sqlOf(0)).toContain('ADD COLUMN IF NOT EXISTS nickname');
    expect(sqlOf(0)).toContain('CREATE INDEX CONCURRENTLY users_email_idx ON users (email);');
    expect(sqlOf(0)).toContain('CHECK (email IS NOT NULL) NOT VALID');
    expect(sqlOf(0)).not.toContain('RENAME COLUMN');
    expect(sqlOf(1)).toContain('VALIDATE CONSTRAINT users_email_not_null');
    expect(sqlOf(1)).toContain('UPDATE users SET nickname');
    expect(sqlOf(2)).toContain('ALTER TABLE users DROP COLUMN legacy;');
    expect(sqlOf(2)).toContain('DROP COLUMN IF EXISTS name');
    expect(proposal.phases[2]?.name).toContain('48 h soak');
    expect(proposal.phases[2]?.deletesSource).toBe(true);
    expect(proposal.replacements.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(proposal.needsReview).toEqual([7]);
    expect(proposal.omitted).toEqual([0]);
  });

  it('proposes phases whose SQL re-analyses without destructive statements outside contract', async () => {
    const analysis = await analyzeSql(MIXED, { dialect: 'postgresql' });
    const proposal = proposePhases(analysis, counter());
    for (const phase of proposal.phases.filter((p) => p.kind !== 'contract')) {
      const sql = phase.steps.map((s) => s.sql).join('\n');
      const again = await analyzeSql(sql, { dialect: 'postgresql' });
      expect(again.statements.filter((s) => s.classification === 'destructive')).toEqual([]);
    }
  });

  it('gives each phase its integrity checks and the rollback mechanism that works after it', async () => {
    const analysis = await analyzeSql(MIXED, { dialect: 'postgresql' });
    const [expand, migrate, contract] = proposePhases(analysis, counter()).phases;
    expect(expand?.integrityChecks.map((c) => [c.kind, c.target])).toEqual([['row-count', 'users']]);
    expect(migrate?.integrityChecks.map((c) => c.kind)).toEqual(['checksum']);
    expect([expand, migrate, contract].map((p) => p?.rollbackMechanism)).toEqual([
      'revert-deploy',
      'revert-deploy',
      'restore-backup',
    ]);
    expect([expand, migrate, contract].map((p) => p?.timing)).toEqual(['online', 'online', 'online']);
  });

  it('is pure: same input and ids give the same proposal', async () => {
    const analysis = await analyzeSql(MIXED, { dialect: 'postgresql' });
    expect(proposePhases(analysis, counter())).toEqual(proposePhases(analysis, counter()));
  });

  it('renames a table behind a compatibility view, dropped in contract', async () => {
    const analysis = await analyzeSql('ALTER TABLE users RENAME TO customers', { dialect: 'postgresql' });
    const [expand, , contract] = proposePhases(analysis, counter()).phases;
    expect(expand?.steps[1]?.sql).toContain('CREATE VIEW users AS SELECT * FROM customers');
    expect(contract?.steps[1]?.sql).toBe('DROP VIEW IF EXISTS users;');
  });
});

describe('lazy loading', () => {
  it('never imports a parser statically from src/sql (only `import type` or dynamic import)', () => {
    const dir = new URL('.', import.meta.url);
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => {
        const text = readFileSync(new URL(f, dir), 'utf8');
        return text
          .split('\n')
          .some((line) => /^import (?!type ).*from '(libpg-query|node-sql-parser)/u.test(line));
      });
    expect(offenders).toEqual([]);
  });
});
