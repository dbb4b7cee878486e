import type { Log, ReportingDescriptor, Result } from 'sarif';

/**
 * A small SARIF 2.1.0 builder: one run of one tool, its rules, and results that point at a file,
 * a line and optionally a logical location (for a plan, the field path). Code scanning (GitHub,
 * Azure DevOps, IDE viewers) reads this; `sarif.test.ts` validates the output against the OASIS schema.
 */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export type SarifTool = { name: string; version?: string; informationUri?: string };

export type SarifRule = {
  id: string;
  /** A short name, e.g. "Tested rollback procedure". */
  name?: string;
  shortDescription: string;
  fullDescription?: string;
  helpUri?: string;
  defaultLevel?: SarifLevel;
};

export type SarifRegion = { startLine: number; startColumn?: number; endLine?: number; endColumn?: number };

export type SarifResultInput = {
  ruleId: string;
  level: SarifLevel;
  message: string;
  /** The file, relative to the repository root (as CI checks it out) or absolute. */
  file: string;
  region?: SarifRegion;
  /** Where inside the file in the tool's own terms, e.g. `execution.phases[1].integrityChecks`. */
  logicalLocation?: string;
};

/** A file path as a SARIF URI: relative paths stay relative to %SRCROOT%, absolute ones become file: URIs. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  if (/^[a-zA-Z]:\//.test(slashed)) return { uri: encodeURI(`file:///${slashed}`) };
  if (slashed.startsWith('/')) return { uri: encodeURI(`file://${slashed}`) };
  return { uri: encodeURI(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

function descriptor(rule: SarifRule): ReportingDescriptor {
  return {
    id: rule.id,
    ...(rule.name === undefined ? {} : { name: rule.name }),
    shortDescription: { text: rule.shortDescription },
    ...(rule.fullDescription === undefined ? {} : { fullDescription: { text: rule.fullDescription } }),
    ...(rule.helpUri === undefined ? {} : { helpUri: rule.helpUri }),
    ...(rule.defaultLevel === undefined ? {} : { defaultConfiguration: { level: rule.defaultLevel } }),
  };
}

/** Builds the log. Every result's rule must be among `rules` (a programming error otherwise). */
export function buildSarifLog(
  tool: SarifTool,
  rules: readonly SarifRule[],
  results: readonly SarifResultInput[],
): Log {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const out: Result[] = results.map((r) => {
    const ruleIndex = index.get(r.ruleId);
    if (ruleIndex === undefined)
      throw new Error(`SARIF result for ${r.ruleId}, which is not among the rules`);
    return {
      ruleId: r.ruleId,
      ruleIndex,
      level: r.level,
      message: { text: r.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(r.file),
            ...(r.region ? { region: r.region } : {}),
          },
          ...(r.logicalLocation
            ? { logicalLocations: [{ fullyQualifiedName: r.logicalLocation, kind: 'member' }] }
            : {}),
        },
      ],
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            ...(tool.version === undefined ? {} : { version: tool.version }),
            ...(tool.informationUri === undefined ? {} : { informationUri: tool.informationUri }),
            rules: rules.map(descriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
}
