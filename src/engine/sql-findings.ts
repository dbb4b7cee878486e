import type { Facts } from './facts';
import { clip } from './format';
import type { Finding, Severity, SqlFacts, SqlRiskFact, SqlStatementFact } from './types';

/**
 * Every statement's risk from the SQL analysis, as findings (issue 22): the forward script, each
 * phase step and the rollback script. What breaks old code or loses data is judged by the guardrails
 * (GR-04, GR-05, DC-06) from where it runs; this family judges what running the statement does to
 * live traffic: the lock, what it blocks, a rewrite or scan, scaled by the table's size band.
 */

/** Spec: "Small dataset (< 1M rows)"; from here a rewrite or blocking scan runs for seconds or more. */
const LARGE_TABLE_ROWS = 1_000_000;

const ENGINE_SEVERITY: Record<SqlRiskFact['risk'], Severity | null> = {
  critical: 'blocker',
  high: 'warning',
  medium: 'warning',
  low: 'info',
  none: null,
};

/** `step`: a phase step's snippet, which runners often template (psql :variables), so it only warns. */
type Script = { name: string; path: string; facts: SqlFacts; step?: boolean };

function scripts(f: Facts): Script[] {
  const sql = f.ctx.sql;
  if (!sql) return [];
  const out: Script[] = [];
  if (sql.forward)
    out.push({
      name: 'The forward migration',
      path: 'assessment.schemaChange.forwardSql',
      facts: sql.forward,
    });
  f.plan.execution.phases.forEach((phase, i) => {
    phase.steps.forEach((step, j) => {
      const facts = sql.steps?.[step.id];
      if (facts)
        out.push({
          name: `Phase "${phase.name}", step ${j + 1},`,
          path: `execution.phases[${i}].steps[${j}].sql`,
          facts,
          step: true,
        });
    });
  });
  if (sql.rollback)
    out.push({ name: 'The rollback script', path: 'rollback.procedures.rollbackSql', facts: sql.rollback });
  return out;
}

const UNANALYSED = new Set(['PG-000', 'MY-000']);

/** Rule ids of the SQL analysis (PG-, MY-) and this family's own SQL-PARSE: not in the spec's catalog. */
export const isSqlRuleId = (id: string): boolean => /^(PG|MY)-\d{3}$/.test(id) || id === 'SQL-PARSE';

/** Under zero downtime a rewrite, or a scan that blocks writes, on a large table is an outage. */
function outage(f: Facts, r: SqlRiskFact): boolean {
  const long = r.rewrite || (r.scan && r.blocks.writes);
  return f.zeroDowntime && long && r.rows !== null && r.rows >= LARGE_TABLE_ROWS;
}

function riskFinding(f: Facts, script: Script, s: SqlStatementFact, r: SqlRiskFact): Finding | null {
  const base = ENGINE_SEVERITY[r.risk];
  if (base === null) return null;
  const escalate = outage(f, r);
  const severity: Severity = escalate ? 'blocker' : base;
  const zero = escalate
    ? ' Zero downtime is required, and a rewrite or a write-blocking scan of a table this large is an outage whatever data approach is chosen.'
    : '';
  const rewrite = r.fixSql === '' ? '' : ` Safe rewrite:\n${r.fixSql}`;
  return {
    ruleId: r.ruleId,
    severity,
    title: r.title,
    message: `${script.name} at line ${s.line} (${clip(s.text)}): ${r.message}${zero}`,
    path: script.path,
    remedy: `${r.alternative || 'Review this statement by hand.'}${rewrite}`,
    specText: `SQL rule ${r.ruleId}: ${r.title}`,
  };
}

/** Low risks (advisories, brief locks) are many and alike: one note per rule and script. */
function notes(script: Script, low: Map<string, { risk: SqlRiskFact; lines: number[] }>): Finding[] {
  return [...low.values()].map(({ risk, lines }) => ({
    ruleId: risk.ruleId,
    severity: 'info',
    title: risk.title,
    message:
      `${script.name}: ${risk.title} at line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 12).join(', ')}${lines.length > 12 ? ` and ${lines.length - 12} more` : ''}. ${lines.length === 1 ? risk.message : ''}`.trim(),
    path: script.path,
    remedy: risk.alternative || 'Worth knowing; nothing to change.',
    specText: `SQL rule ${risk.ruleId}: ${risk.title}`,
  }));
}

function unanalysed(script: Script, statements: SqlStatementFact[]): Finding[] {
  if (statements.length === 0) return [];
  const list = statements
    .slice(0, 10)
    .map((s) => `line ${s.line} (${clip(s.text)})`)
    .join('; ');
  const more = statements.length > 10 ? `; and ${statements.length - 10} more` : '';
  const n = statements.length;
  return [
    {
      ruleId: script.facts.dialect === 'mysql' ? 'MY-000' : 'PG-000',
      severity: 'warning',
      title: 'SQL that could not be analysed',
      message: `${script.name} has ${n} statement${n === 1 ? '' : 's'} that no rule could analyse, so ${n === 1 ? 'it is' : 'they are'} not assumed safe: ${list}${more}.`,
      path: script.path,
      remedy:
        'Review each by hand for locks, rewrites and breaking changes, or rewrite it in a form the analysis reads.',
      specText: 'SQL rule PG-000: unclassified statements are never silently passed',
    },
  ];
}

function parseFailure(script: Script): Finding[] {
  const e = script.facts.parseError;
  if (e === null) return [];
  const pg = script.facts.dialect === 'postgresql' && script.step !== true;
  return [
    {
      ruleId: 'SQL-PARSE',
      severity: pg ? 'blocker' : 'warning',
      title: 'SQL does not parse',
      message: `${script.name} does not parse at line ${e.line}, column ${e.column}: ${e.message}.${pg ? " PostgreSQL's own parser refuses it, so the migration would stop there." : ''}`,
      path: script.path,
      remedy: 'Fix the syntax error; nothing after it was analysed.',
      specText: 'Every statement must be analysed before it runs; a script that does not parse cannot be.',
    },
  ];
}

export function sqlRiskFindings(f: Facts): Finding[] {
  const out: Finding[] = [];
  for (const script of scripts(f)) {
    out.push(...parseFailure(script));
    const low = new Map<string, { risk: SqlRiskFact; lines: number[] }>();
    const unknown: SqlStatementFact[] = [];
    for (const s of script.facts.statements) {
      for (const r of s.risks ?? []) {
        if (UNANALYSED.has(r.ruleId)) {
          if (unknown.at(-1) !== s) unknown.push(s);
          continue;
        }
        const finding = riskFinding(f, script, s, r);
        if (finding === null) continue;
        if (finding.severity !== 'info') {
          out.push(finding);
          continue;
        }
        const entry = low.get(r.ruleId) ?? { risk: r, lines: [] };
        if (entry.lines.at(-1) !== s.line) entry.lines.push(s.line);
        low.set(r.ruleId, entry);
      }
      // Producers older than issue 22 carry no risks: an unclassified statement still counts.
      if (!s.risks && s.classification === 'unclassified') unknown.push(s);
    }
    out.push(...unanalysed(script, unknown), ...notes(script, low));
  }
  return out;
}
