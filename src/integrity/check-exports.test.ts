import { describe, expect, it } from 'vitest';
import { textSource } from './byte-sources';
import type { ByteSource } from './read-pass';
import { checkExports } from './check-exports';
import type { CheckExportsInput } from './check-input';
import { scanSide, type SideRunner } from './side';
import { fixture, fsSource } from './testing/fs-source';
import type { IntegrityReport, IntegrityResult } from './types';

function report(r: IntegrityResult): IntegrityReport {
  if (!r.ok) throw new Error(`expected a report, got ${r.error.code}: ${r.error.message}`);
  return r;
}

const files = (source: string, target: string): CheckExportsInput => ({
  source: fsSource(fixture(source)),
  target: fsSource(fixture(target)),
  keyColumn: 'id',
});

describe('checkExports on known files', () => {
  it('finds no difference when the target has the same rows reordered, with CRLF, a BOM and other quoting', async () => {
    const r = report(await checkExports(files('source.csv', 'target-reordered.csv')));
    expect(r.source.rows).toBe(5);
    expect(r.target.rows).toBe(5);
    expect(r.checksumMatch).toBe(true);
    expect(r.headerMatch).toBe(true);
    expect(r.source.checksum).toBe(r.target.checksum);
    const d = r.keyDiff;
    expect([
      d.missingInTarget,
      d.extraInTarget,
      d.changed,
      d.duplicatedInSource,
      d.duplicatedInTarget,
    ]).toEqual(Array(5).fill({ count: 0, samples: [] }));
  });

  it('reports planted differences: missing, extra, changed (inside a quoted newline) and a duplicated key', async () => {
    const r = report(await checkExports(files('source.csv', 'target-diff.csv')));
    expect(r.checksumMatch).toBe(false);
    expect(r.target.rows).toBe(5);
    expect(r.rowCountMatch).toBe(true);
    expect(r.keyDiff.missingInTarget).toEqual({ count: 2, samples: ['2', '4'] });
    expect(r.keyDiff.extraInTarget).toEqual({ count: 1, samples: ['6'] });
    expect(r.keyDiff.changed).toEqual({ count: 1, samples: ['3'] });
    expect(r.keyDiff.duplicatedInTarget).toEqual({ count: 1, samples: ['5'] });
    expect(r.keyDiff.duplicatedInSource).toEqual({ count: 0, samples: [] });
    expect(r.keyDiff.distinctSourceKeys).toBe(5);
  });

  it('refuses an empty file, naming it', async () => {
    const r = await checkExports(files('empty.csv', 'source.csv'));
    expect(r).toMatchObject({ ok: false, error: { code: 'empty-file', file: 'source' } });
    if (!r.ok) expect(r.error.message).toContain('empty.csv');
  });

  it('accepts header-only files as zero rows with matching checksums', async () => {
    const r = report(await checkExports(files('header-only.csv', 'header-only.csv')));
    expect(r.source.rows).toBe(0);
    expect(r.source.checksum).toBe('0000000000000000:0');
    expect(r.checksumMatch).toBe(true);
    expect(r.source.columns).toEqual(['id', 'name', 'city', 'note']);
  });

  it('counts and samples orphans; empty, NULL and \\N foreign keys are not orphans', async () => {
    const r = report(
      await checkExports({
        ...files('source.csv', 'source.csv'),
        referential: {
          parent: fsSource(fixture('parent.csv')),
          parentKeyColumn: 'id',
          child: fsSource(fixture('child.csv')),
          childForeignKeyColumn: 'customer_id',
        },
      }),
    );
    expect(r.referential?.orphans).toEqual({ count: 3, samples: ['99', '42'] });
    expect(r.referential?.nullForeignKeys).toBe(3);
    expect(r.referential?.child.rows).toBe(9);
    expect(r.referential?.parent.rows).toBe(3);
  });
});

const check = (source: string, target: string, extra: Partial<CheckExportsInput> = {}) =>
  checkExports({
    source: textSource('s.csv', source),
    target: textSource('t.csv', target),
    keyColumn: 'id',
    ...extra,
  });

describe('checksum and normalisation', () => {
  it('gives the same checksum for LF, CRLF and CR line endings', async () => {
    const lf = 'id,v\n1,a\n2,"x\ny"\n';
    const crlf = lf.replaceAll('\n', '\r\n');
    const cr = lf.replaceAll('\n', '\r');
    const a = report(await check(lf, crlf));
    const b = report(await check(lf, cr));
    expect(a.checksumMatch).toBe(true);
    expect(b.checksumMatch).toBe(true);
    expect(a.source.rows).toBe(2);
  });

  it('accepts mixed line endings within one file, quotes or not', async () => {
    const r = report(await check('id,v\n1,a\n2,b\n3,c\n', 'id,v\r\n1,a\r2,b\n3,c\r\n'));
    expect(r.target.rows).toBe(3);
    expect(r.checksumMatch).toBe(true);
  });

  it('does not let duplicated rows cancel out (XOR would)', async () => {
    // {A, B, B, C} against {A, C, D, D}: same count, and A^B^B^C === A^C^D^D, but the sums differ.
    const r = report(await check('id,v\n1,a\n2,b\n2,b\n3,c\n', 'id,v\n1,a\n3,c\n4,d\n4,d\n'));
    expect(r.rowCountMatch).toBe(true);
    expect(r.checksumMatch).toBe(false);
  });

  it('treats quoting as formatting in normalised mode but as content in raw mode', async () => {
    const source = 'id,v\n1,abc\n2,"x,y"\n';
    const target = '"id","v"\n"1","abc"\n"2","x,y"\n';
    expect(report(await check(source, target)).checksumMatch).toBe(true);
    const raw = report(await check(source, target, { mode: 'raw' }));
    expect(raw.checksumMatch).toBe(false);
    expect(raw.keyDiff.changed.count).toBe(2); // keys still match as values in raw mode
    expect(raw.keyDiff.missingInTarget.count).toBe(0);
  });

  it('trims whitespace around unquoted fields only when asked, never inside quotes', async () => {
    const source = 'id,v\n1,a b\n2," c "\n';
    const target = 'id , v\n 1 ,  a b \t\n2 ," c " \n';
    expect(report(await check(source, target)).checksumMatch).toBe(false);
    const trimmed = report(await check(source, target, { trimWhitespace: true }));
    expect(trimmed.checksumMatch).toBe(true);
    expect(trimmed.keyDiff.missingInTarget.count).toBe(0);
    const inside = report(await check(source, 'id,v\n1,a b\n2,"c"\n', { trimWhitespace: true }));
    expect(inside.checksumMatch).toBe(false);
  });

  it('counts ragged and malformed rows but keeps them', async () => {
    const r = report(await check('id,v\n1,a,extra\n2\n3,"q"x\n', 'id,v\n1,a\n'));
    expect(r.source.rows).toBe(3);
    expect(r.source.raggedRows).toBe(2);
    expect(r.source.malformedRows).toBe(1);
  });
});

describe('refusals and cancel', () => {
  it('refuses, with a message, keys beyond the memory budget, and passes with room', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},row ${i}`).join('\n');
    const csv = `id,v\n${rows}\n`;
    const refused = await check(csv, csv, { keyMemoryBudgetBytes: 64 * 1024 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'memory-limit', file: 'source' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/column "id".*Split the exports/s);
    const fine = report(await check(csv, csv, { keyMemoryBudgetBytes: 1024 * 1024 }));
    expect(fine.checksumMatch).toBe(true);
    expect(fine.keyMemoryPeakBytes).toBeLessThanOrEqual(1024 * 1024);
  });

  it('stops on an unbalanced quote instead of reading the file into one record', async () => {
    const r = await check('id,v\n1,"never closed\n2,b\n3,c\n', 'id,v\n', { maxRecordBytes: 8 });
    expect(r).toMatchObject({ ok: false, error: { code: 'record-too-long', file: 'source' } });
  });

  it('cancels through the signal', async () => {
    const controller = new AbortController();
    const csv = `id\n${Array.from({ length: 1000 }, (_, i) => i).join('\n')}\n`;
    const r = await checkExports(
      { source: textSource('s', csv, [100]), target: textSource('t', csv, [100]), keyColumn: 'id' },
      { signal: controller.signal, onBytes: (done) => done > 500 && controller.abort() },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('reports progress up to the total of all files', async () => {
    const seen: number[] = [];
    const r = await check('id\n1\n', 'id\n1\n2\n', { referential: null });
    report(r);
    await checkExports(
      {
        source: textSource('s', 'id\n1\n', [2]),
        target: textSource('t', 'id\n1\n2\n', [2]),
        keyColumn: 'id',
      },
      { onBytes: (done, total) => seen.push(done / total) },
    );
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('the two sides, read at the same time', () => {
  it('gives the same report when a side runs elsewhere and its key log arrives by structured clone', async () => {
    // What the worker does: the target side in a second worker, its key log posted back (cloned here).
    const elsewhere: SideRunner = async (side, hooks) => structuredClone(await scanSide(side, hooks));
    for (const [a, b] of [
      ['source.csv', 'target-diff.csv'],
      ['source.csv', 'target-reordered.csv'],
    ] as const) {
      const here = report(await checkExports(files(a, b)));
      const there = report(await checkExports(files(a, b), {}, elsewhere));
      expect(there).toEqual(here);
    }
  });

  it('samples the first keys in file order: missing in source order, changed and extra in target order', async () => {
    const ids = (list: number[], v = 'a') => `id,v\n${list.map((i) => `${i},${v}${i % 7}`).join('\n')}\n`;
    // Duplicates too: 3 twice in the source, 40 twice in the target.
    const source = ids([9, 3, 7, 1, 3, 8, 2, 6]);
    // 9, 7, 8 and 6 missing; 3, 1, 2 changed; 50, 40, 60, 45 extra, in this order.
    const target = `${ids([50, 2, 40, 1, 60, 40, 3, 45], 'b')}`;
    const r = report(await check(source, target, { sampleLimit: 3 }));
    expect(r.keyDiff.missingInTarget).toEqual({ count: 4, samples: ['9', '7', '8'] });
    expect(r.keyDiff.changed).toEqual({ count: 3, samples: ['2', '1', '3'] });
    expect(r.keyDiff.extraInTarget).toEqual({ count: 4, samples: ['50', '40', '60'] });
    expect(r.keyDiff.duplicatedInSource).toEqual({ count: 1, samples: ['3'] });
    expect(r.keyDiff.duplicatedInTarget).toEqual({ count: 1, samples: ['40'] });
    expect(r.keyDiff.distinctSourceKeys).toBe(7);
  });

  it('a refused target stops the source read and is the one reported', async () => {
    const big = `id,v\n${Array.from({ length: 20_000 }, (_, i) => `${i},x`).join('\n')}\n`;
    let done = 0;
    // Chunks arrive as file reads do, each in its own task (sides start after an async digest set-up).
    const fromDisk = textSource('big.csv', big, [1024]);
    const source: ByteSource = {
      ...fromDisk,
      async *chunks() {
        for await (const chunk of fromDisk.chunks()) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          yield chunk;
        }
      },
    };
    const r = await checkExports(
      {
        source,
        target: textSource('bad.csv', 'key,v\n1,x\n'),
        keyColumn: 'id',
      },
      { onBytes: (n) => (done = n) },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'header', file: 'target' } });
    if (!r.ok) expect(r.error.message).toContain('bad.csv');
    expect(done).toBeLessThan(big.length / 2);
  });
});
