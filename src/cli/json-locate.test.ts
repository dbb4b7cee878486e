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

  /** Where the locator points for a path: the line and column of the key it found, and whether it is the path's own. */
  const at = (line: number, column: number, foundPath: string, exact: boolean) => ({
    line,
    column,
    foundPath,
    exact,
  });

  it.each([
    // The key of a field, and an array item.
    ['rollback.tests', at(4, 5, 'rollback.tests', true)],
    ['execution.phases[1].integrityChecks', at(11, 9, 'execution.phases[1].integrityChecks', true)],
    ['execution.phases[0]', at(8, 7, 'execution.phases[0]', true)],
    // A path the file lacks (a default the pipeline filled): the nearest ancestor the file has.
    ['rollback.procedures.sourcePreserved', at(3, 3, 'rollback', false)],
    ['assessment.stakeholderNoticeAt', at(1, 1, '', false)],
    ['execution.phases[7].kind', at(7, 5, 'execution.phases', false)],
  ])('points %s at its key, or at its nearest ancestor in the file', (path, where) => {
    expect(locate(path)).toEqual(where);
  });

  it('counts lines after a byte-order mark and CRLF line ends the same way', () => {
    const crlf = createLocator(`\uFEFF${TEXT.replace(/\n/g, '\r\n')}`);
    expect(crlf('execution.phases[1].integrityChecks')).toMatchObject({ line: 11, column: 9 });
  });
});
