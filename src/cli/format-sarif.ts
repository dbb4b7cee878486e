import type { Log } from 'sarif';
import { version } from '../../package.json';
import type { ReportItem } from './report-items';
import { buildSarifLog, type SarifLevel, type SarifRule } from './sarif';

export const TOOL_NAME = 'migration-plan';

export const SARIF_LEVEL: Record<ReportItem['level'], SarifLevel> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/** The check of one or more plan files as one SARIF log: each rule once, each item a result. */
export function checkSarif(items: readonly ReportItem[]): Log {
  const rules = new Map<string, SarifRule>();
  for (const item of items) {
    if (rules.has(item.ruleId)) continue;
    rules.set(item.ruleId, {
      id: item.ruleId,
      name: item.title,
      shortDescription: item.title,
      fullDescription: item.specText,
    });
  }
  return buildSarifLog(
    { name: TOOL_NAME, version },
    [...rules.values()],
    [
      ...items.map((item) => ({
        ruleId: item.ruleId,
        level: SARIF_LEVEL[item.level],
        message: item.remedy === null ? item.message : `${item.message} Fix: ${item.remedy}`,
        file: item.file,
        region: { startLine: item.line, startColumn: item.column },
        ...(item.path === '' ? {} : { logicalLocation: item.path }),
      })),
    ],
  );
}
