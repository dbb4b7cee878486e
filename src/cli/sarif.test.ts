import { describe, expect, it } from 'vitest';
import { buildSarif, sarifLevel } from './sarif';
import { sarifSchemaErrors } from './testing/sarif-schema';

describe('SARIF builder', () => {
  const log = buildSarif({
    toolName: 'migration-workbench',
    toolVersion: '0.1.0',
    informationUri: 'https://example.org/workbench',
    rules: [
      { id: 'GR-01', title: 'Tested rollback procedure', help: 'Never execute ...' },
      { id: 'PG-006', title: 'CREATE INDEX' },
    ],
    results: [
      {
        ruleId: 'GR-01',
        level: 'error',
        message: 'No rollback test in staging.',
        file: './plans/orders.json',
      },
      {
        ruleId: 'PG-006',
        level: 'warning',
        message: 'CREATE INDEX ...',
        file: 'db\\001.sql',
        line: 3,
        column: 1,
      },
      { ruleId: 'X-1', level: 'note', message: 'a rule not listed', file: 'a.sql', line: 0 },
    ],
  });

  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
  it('the validator rejects what code scanning would', () => {
    expect(sarifSchemaErrors({ ...log, version: '2.0.0' })).not.toEqual([]);
    expect(sarifSchemaErrors({ version: '2.1.0' })).not.toEqual([]);
  });
  it('uses relative forward-slash paths, 1-based lines and rule indexes', () => {
    const results = log.runs[0]?.results ?? [];
    expect(results[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('plans/orders.json');
    expect(results[0]?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
    expect(results[1]?.locations?.[0]?.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'db/001.sql' },
      region: { startLine: 3, startColumn: 1 },
    });
    expect(results[1]?.ruleIndex).toBe(1);
    expect(results[2]?.ruleIndex).toBeUndefined();
    expect(results[2]?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(1);
  });
  it('maps severities', () => {
    expect(['blocker', 'warning', 'info', 'none'].map(sarifLevel)).toEqual([
      'error',
      'warning',
      'note',
      null,
    ]);
  });
});
