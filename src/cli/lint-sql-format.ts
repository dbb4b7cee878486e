import type { RuleDef } from '../sql';
import type { Severity, SqlAnalysis } from '../sql/types';
import { fixScript } from '../sql/findings';
import { workflowCommand } from './format-github';
import { SARIF_LEVEL } from './format-sarif';
import { ITEM_LEVEL } from './report-items';
import { buildSarifLog, type SarifResultInput } from './sarif';

export type LintFormat = 'text' | 'json' | 'sarif' | 'github';
export type LintFile = { file: string; analysis: SqlAnalysis };

/** One line of output: where, how bad, which rule, what, and the safe alternative. */
type Item = {
  file: string;
  line: number;
  column?: number;
  severity: Exclude<Severity, 'none'>;
  ruleId: string;
  message: string;
  fix: string;
};

const PARSE_RULE = 'SQL-PARSE';

function items(files: readonly LintFile[]): Item[] {
  const out: Item[] = [];
  for (const { file, analysis } of files) {
    const e = analysis.parseError;
    if (e !== null) {
      out.push({
        file,
        line: e.line,
        column: e.column,
        severity: analysis.dialect === 'postgresql' ? 'blocker' : 'warning',
        ruleId: PARSE_RULE,
        message: `does not parse: ${e.message}`,
        fix: 'Fix the syntax error; nothing after it was analysed.',
      });
    }
    for (const s of analysis.statements) {
      for (const f of s.findings) {
        if (f.severity === 'none') continue;
        const fixSql = fixScript(f.fix);
        const fix = [f.alternative, fixSql].filter((x) => x !== '').join('\n');
        out.push({ file, line: s.line, severity: f.severity, ruleId: f.ruleId, message: f.message, fix });
      }
    }
  }
  return out;
}

const ORDER: Record<Item['severity'], number> = { blocker: 0, warning: 1, info: 2 };

function summary(files: readonly LintFile[], all: Item[]): string {
  const count = (s: Severity) => all.filter((i) => i.severity === s).length;
  const statements = files.reduce((n, f) => n + f.analysis.statements.length, 0);
  const unknown = files.reduce(
    (n, f) => n + f.analysis.statements.filter((s) => s.classification === 'unclassified').length,
    0,
  );
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(files.length, 'file')}, ${plural(statements, 'statement')}: ${plural(count('blocker'), 'blocker')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}; ${unknown} could not be analysed${unknown > 0 ? ' (review them by hand)' : ''}.`;
}

function text(files: readonly LintFile[], all: Item[]): string {
  const lines: string[] = [];
  for (const { file } of files) {
    const mine = all
      .filter((i) => i.file === file)
      .sort((a, b) => a.line - b.line || ORDER[a.severity] - ORDER[b.severity]);
    lines.push(`${file}${mine.length === 0 ? ': clean' : ''}`);
    for (const i of mine) {
      lines.push(`  ${i.line}${i.column ? `:${i.column}` : ''}  ${i.severity}  ${i.ruleId}  ${i.message}`);
      if (i.fix !== '')
        lines.push(...i.fix.split('\n').map((l, k) => `      ${k === 0 ? 'safe: ' : '      '}${l}`));
    }
  }
  lines.push('', summary(files, all));
  return lines.join('\n');
}

function github(all: Item[]): string {
  return all
    .map(({ file, line, column, ruleId, severity, message, fix }) =>
      workflowCommand(
        ITEM_LEVEL[severity],
        { file, line, column, title: ruleId },
        `${message}${fix ? `\nSafe: ${fix}` : ''}`,
      ),
    )
    .join('\n');
}

function sarif(all: Item[], rules: Readonly<Record<string, RuleDef>>): string {
  const used = [...new Set(all.map((i) => i.ruleId))].sort();
  const results: SarifResultInput[] = all.map((i) => {
    const level = SARIF_LEVEL[ITEM_LEVEL[i.severity]];
    const message = `${i.message}${i.fix ? ` Safe alternative: ${i.fix}` : ''}`;
    const region = { startLine: Math.max(1, i.line), ...(i.column ? { startColumn: i.column } : {}) };
    return { ruleId: i.ruleId, level, message, file: i.file, region };
  });
  const log = buildSarifLog(
    { name: 'migration-workbench lint-sql', version: '0.1.0' },
    used.map((id) => {
      const rule = rules[id];
      return rule
        ? {
            id,
            name: rule.title,
            shortDescription: rule.title,
            fullDescription: `${rule.effect}. Safe alternative: ${rule.alternative || 'review by hand'}.`,
          }
        : { id, name: 'SQL does not parse', shortDescription: "PostgreSQL's own parser refuses the script." };
    }),
    results,
  );
  return JSON.stringify(log, null, 2);
}

export function formatLint(
  format: LintFormat,
  files: readonly LintFile[],
  rules: Readonly<Record<string, RuleDef>>,
): string {
  const all = items(files);
  switch (format) {
    case 'json':
      return JSON.stringify(
        { files: files.map(({ file, analysis }) => ({ file, ...analysis })), summary: summary(files, all) },
        null,
        2,
      );
    case 'sarif':
      return sarif(all, rules);
    case 'github':
      return github(all);
    default:
      return text(files, all);
  }
}
