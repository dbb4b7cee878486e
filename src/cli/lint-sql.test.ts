import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './run-cli';
import { sarifSchemaErrors } from './testing/sarif-schema';

const files: Record<string, string> = {
  'migrations/001_widen.sql':
    "SET lock_timeout = '3s';\nSET statement_timeout = '15min';\nALTER TABLE order_items ALTER COLUMN order_id TYPE bigint;\n",
  'migrations/002_index.sql':
    "SET lock_timeout = '3s';\nSET statement_timeout = '1min';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON orders (a);\n",
  'migrations/003_broken.sql': 'ALTER TABLE orders ADD COLUMN;\n',
  'migrations/004_unknown.sql':
    "SET lock_timeout = '3s';\nSET statement_timeout = '1min';\nDO $$ BEGIN PERFORM 1; END $$;\n",
  'stats.txt': 'relname,n_live_tup,reads_per_sec,writes_per_sec\norder_items,1200000000,900,4000\n',
};

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return { text, bytes: text.length };
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    now: () => new Date(0),
    writeFile: () => undefined,
    exists: () => false,
    newId: () => 'id',
  };
  return runCli(['lint-sql', ...argv], io).then((code) => ({
    code,
    out: out.join('\n'),
    err: err.join('\n'),
  }));
}

describe('lint-sql', () => {
  it('exit 1 with the lock and the size for a rewrite of 1.2 billion rows; sizes from --rows', async () => {
    const r = await run(['migrations/001_widen.sql', '--rows', 'order_items=1200000000']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /3 {2}blocker {2}PG-004 {2}column type change \(order_id\) on order_items: ACCESS EXCLUSIVE lock/,
    );
    expect(r.out).toContain('1.2B rows');
    expect(r.out).toContain('1 file, 3 statements: 1 blocker, 0 warnings, 0 notes; 0 could not be analysed.');
  });

  it('exit 0 on a clean file; sizes and rates from a stats file reach the message', async () => {
    expect((await run(['migrations/002_index.sql'])).code).toBe(0);
    const r = await run(['migrations/001_widen.sql', '--stats=stats.txt', '--format', 'json']);
    const json = JSON.parse(r.out) as {
      files: { statements: { findings: { message: string; traffic: string }[] }[] }[];
    };
    const finding = json.files[0]?.statements[2]?.findings[0];
    expect(finding?.message).toContain('(from the pasted table statistics)');
    expect(finding?.traffic).toContain(
      '~4,000 writes/s and 900 reads/s on order_items queue behind this lock',
    );
  });

  it('a script that does not parse is a finding and exit 1; statements nobody analysed are counted', async () => {
    const broken = await run(['migrations/003_broken.sql']);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/1:\d+ {2}blocker {2}SQL-PARSE {2}does not parse/);
    const unknown = await run(['migrations/004_unknown.sql']);
    expect(unknown.out).toContain('1 could not be analysed (review them by hand)');
  });

  it('exit 2 for an unreadable file or bad arguments', async () => {
    expect((await run(['nope.sql'])).code).toBe(2);
    expect((await run(['migrations/002_index.sql', '--format', 'xml'])).code).toBe(2);
    expect((await run(['migrations/002_index.sql', '--rows', 'orders'])).err).toContain(
      '--rows takes table=N',
    );
    expect((await run([])).code).toBe(2);
  });

  it('prints GitHub annotations with escaped data', async () => {
    const r = await run(['migrations/001_widen.sql', '--rows=order_items=1200000000', '--format=github']);
    expect(r.out).toMatch(
      /^::error file=migrations\/001_widen\.sql,line=3,title=PG-004::column type change/m,
    );
    expect(r.out).not.toMatch(/\n(?!::)/);
  });

  it('writes SARIF 2.1.0 that the official schema accepts', async () => {
    const r = await run([
      'migrations/001_widen.sql',
      'migrations/003_broken.sql',
      'migrations/004_unknown.sql',
      '--rows',
      'order_items=1200000000',
      '--format',
      'sarif',
    ]);
    const log = JSON.parse(r.out) as { runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.results.map((x) => [x.ruleId, x.level])).toEqual([
      ['PG-004', 'error'],
      ['SQL-PARSE', 'error'],
      ['PG-000', 'warning'],
    ]);
  });
});
