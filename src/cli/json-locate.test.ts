import { describe, expect, it } from 'vitest';
import { createLocator, pathSegments } from './json-locate';

const TEXT = `{
  "kind": "migration-plan",
  "rollback": {
    "tests": []
  },
  "execution": {
    "phases": [
      { "id": "a", "integrityChecks": [] },
      {
        "id": "b",
        "integrityChecks": []
      }
    ]
  }
}
`;

describe('createLocator', () => {
  const locate = createLocator(TEXT);

  it('splits field paths as the load pipeline writes them', () => {
    expect(pathSegments('execution.phases[12].steps[0].sql')).toEqual([
      'execution',
      'phases',
      12,
      'steps',
      0,
      'sql',
    ]);
    expect(pathSegments('(the document itself)')).toEqual(['(the document itself)']);
  });

  it('points at the key of a field, and at an array item', () => {
    expect(locate('rollback.tests')).toEqual({
      line: 4,
      column: 5,
      foundPath: 'rollback.tests',
      exact: true,
    });
    expect(locate('execution.phases[1].integrityChecks')).toMatchObject({ line: 11, column: 9, exact: true });
    expect(locate('execution.phases[0]')).toMatchObject({ line: 8, column: 7, exact: true });
  });

  it('falls back to the nearest ancestor the file has (defaults the pipeline filled)', () => {
    expect(locate('rollback.procedures.sourcePreserved')).toEqual({
      line: 3,
      column: 3,
      foundPath: 'rollback',
      exact: false,
    });
    expect(locate('assessment.stakeholderNoticeAt')).toEqual({
      line: 1,
      column: 1,
      foundPath: '',
      exact: false,
    });
    expect(locate('execution.phases[7].kind')).toMatchObject({ line: 7, foundPath: 'execution.phases' });
  });

  it('counts lines after a byte-order mark and CRLF line ends the same way', () => {
    const crlf = createLocator(`\uFEFF${TEXT.replace(/\n/g, '\r\n')}`);
    expect(crlf('execution.phases[1].integrityChecks')).toMatchObject({ line: 11, column: 9 });
  });
});
