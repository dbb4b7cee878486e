import type { Log, ReportingDescriptor, Result } from 'sarif';

/**
 * SARIF 2.1.0 logs, as GitHub code scanning accepts them: one run, the tool's rules, and one result
 * per finding with a file and, where known, a line. Pure and shared by every command that writes
 * SARIF (lint-sql, check --format sarif); a test validates its output against the official schema.
 */

export type SarifLevel = 'error' | 'warning' | 'note';

export type SarifRuleInput = {
  id: string;
  /** Short title, e.g. "CREATE INDEX without CONCURRENTLY". */
  title: string;
  /** What the rule is about and why; shown as the rule's help. */
  help?: string;
};

export type SarifResultInput = {
  ruleId: string;
  level: SarifLevel;
  message: string;
  /** Path of the file, relative to the repository root (forward slashes). */
  file: string;
  /** 1-based; omitted when the finding is about the file as a whole. */
  line?: number;
  column?: number;
};

export type SarifInput = {
  toolName: string;
  toolVersion: string;
  informationUri?: string;
  rules: SarifRuleInput[];
  results: SarifResultInput[];
};

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Blocker -> error, warning -> warning, info -> note; nothing for 'none'. */
export function sarifLevel(severity: string): SarifLevel | null {
  if (severity === 'blocker') return 'error';
  if (severity === 'warning') return 'warning';
  if (severity === 'info') return 'note';
  return null;
}

const uriOf = (file: string): string => file.replaceAll('\\', '/').replace(/^\.\//, '');

export function buildSarif(input: SarifInput): Log {
  const rules: ReportingDescriptor[] = input.rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: r.title },
    ...(r.help ? { help: { text: r.help }, fullDescription: { text: r.help } } : {}),
  }));
  const index = new Map(input.rules.map((r, i) => [r.id, i]));
  const results: Result[] = input.results.map((r) => {
    const ruleIndex = index.get(r.ruleId);
    const region =
      r.line === undefined
        ? undefined
        : { startLine: Math.max(1, r.line), ...(r.column ? { startColumn: r.column } : {}) };
    return {
      ruleId: r.ruleId,
      ...(ruleIndex === undefined ? {} : { ruleIndex }),
      level: r.level,
      message: { text: r.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(r.file) },
            ...(region ? { region } : {}),
          },
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
            name: input.toolName,
            version: input.toolVersion,
            ...(input.informationUri ? { informationUri: input.informationUri } : {}),
            rules,
          },
        },
        results,
      },
    ],
  };
}
