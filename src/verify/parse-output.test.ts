import { describe, expect, it } from 'vitest';
import { parseCsv, parseOutput, parseTsv } from './parse-output';

describe('reading what psql --csv and mysql --batch printed', () => {
  it('reads psql CSV with quoted commas, quotes and line breaks, skipping headers and tags', () => {
    const text = 'SET\nkind,step,a,b\nrow,s3-ab12,"x,y","q""q"\nrow,s3-ab12,"l\nm",\nend,s3-ab12,1,\n';
    const out = parseOutput(text);
    expect(out).toEqual({
      format: 'csv',
      rows: [
        { kind: 'row', step: 's3-ab12', fields: ['x,y', 'q"q'] },
        { kind: 'row', step: 's3-ab12', fields: ['l\nm', ''] },
        { kind: 'end', step: 's3-ab12', fields: ['1', ''] },
      ],
    });
  });

  it('reads mysql --batch with its escapes and NULL, and Windows line ends', () => {
    const text = 'kind\tstep\ta\tb\r\nrow\tt2-zz99\tx\\ty\tNULL\r\nrow\tt2-zz99\tl\\nm\tb\\\\s\r\n';
    expect(parseOutput(text)).toEqual({
      format: 'tsv',
      rows: [
        { kind: 'row', step: 't2-zz99', fields: ['x\ty', 'NULL'] },
        { kind: 'row', step: 't2-zz99', fields: ['l\nm', 'b\\s'] },
      ],
    });
  });

  it('says which client option is missing when the paste is a table for people', () => {
    const aligned = ' kind  |  step   | seg\n-------+---------+-----\n chunk | s3-ab12 | 0\n';
    expect(parseOutput(aligned)).toEqual({
      error: expect.stringContaining('run psql with --csv') as unknown,
    });
    const boxed = '+-------+\n| kind  |\n+-------+\n| chunk |\n';
    expect(parseOutput(boxed)).toEqual({
      error: expect.stringContaining('run mysql with --batch') as unknown,
    });
    expect(parseOutput('ERROR:  relation "orders" does not exist')).toEqual({
      error: 'The paste holds an error, not results: ERROR:  relation "orders" does not exist',
    });
    expect(parseOutput('  \n')).toEqual({ error: 'Nothing was pasted.' });
  });

  it('splits CSV and TSV like their writers', () => {
    expect(parseCsv('a,"b\r\nc"\r\nd,e')).toEqual([
      ['a', 'b\r\nc'],
      ['d', 'e'],
    ]);
    expect(parseTsv('a\\0\tb\\Z')).toEqual([['a\0', 'b\x1a']]);
  });
});
