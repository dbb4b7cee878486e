import { describe, expect, it } from 'vitest';
import { artifactLocation, buildSarifLog } from './sarif';
import { sarifSchemaErrors } from './testing/sarif-schema';

const RULES = [
  {
    id: 'GR-01',
    name: 'Tested rollback procedure',
    shortDescription: 'Never execute without a tested rollback.',
  },
  { id: 'AQ-05', shortDescription: 'Point of no return.', helpUri: 'https://example.org/rules#AQ-05' },
];

describe('buildSarifLog', () => {
  const log = buildSarifLog({ name: 'migration-plan', version: '0.1.0' }, RULES, [
    {
      ruleId: 'GR-01',
      level: 'error',
      message: 'No rollback test in staging.',
      file: 'plans/orders plan.json',
      region: { startLine: 12, startColumn: 5 },
      logicalLocation: 'rollback.tests',
    },
    { ruleId: 'AQ-05', level: 'note', message: 'Who approves?', file: '/abs/plan.json' },
  ]);

  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('links each result to its rule, file, line and field path', () => {
    const run = log.runs[0];
    expect(run?.tool.driver.rules?.map((r) => r.id)).toEqual(['GR-01', 'AQ-05']);
    expect(run?.results?.[0]).toMatchObject({
      ruleId: 'GR-01',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'plans/orders%20plan.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 5 },
          },
          logicalLocations: [{ fullyQualifiedName: 'rollback.tests' }],
        },
      ],
    });
    expect(run?.results?.[1]?.ruleIndex).toBe(1);
  });

  it('the schema check is real: it rejects a broken log', () => {
    const broken = structuredClone(log) as unknown as {
      version: string;
      runs: Array<{ results: unknown[] }>;
    };
    broken.version = '2.0.0';
    broken.runs[0]?.results.push({ message: 'not an object with text', level: 'fatal' });
    const errors = sarifSchemaErrors(broken);
    expect(errors.some((e) => e.startsWith('/version'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/runs/0/results/2'))).toBe(true);
  });

  it('refuses a result whose rule is not declared', () => {
    expect(() =>
      buildSarifLog({ name: 't' }, [], [{ ruleId: 'X-1', level: 'note', message: 'm', file: 'f' }]),
    ).toThrow(/X-1/);
  });

  it('turns paths into URIs', () => {
    expect(artifactLocation('./a/b.json')).toEqual({ uri: 'a/b.json', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('C:\\plans\\x.json')).toEqual({ uri: 'file:///C:/plans/x.json' });
    expect(artifactLocation('/tmp/a b.json')).toEqual({ uri: 'file:///tmp/a%20b.json' });
  });
});
