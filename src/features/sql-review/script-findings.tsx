import type { ScriptFinding, SqlAnalysis } from '../../sql/types';
import { SEVERITY_TONES } from './labels';

const linesOf = (analysis: SqlAnalysis, finding: ScriptFinding): string =>
  finding.statements
    .map((i) => analysis.statements[i]?.line)
    .filter((l): l is number => l !== undefined)
    .join(', ');

/** Findings about the script as a whole: session timeouts, transaction blocks. */
export function ScriptFindings({ analysis }: { analysis: SqlAnalysis }) {
  if (analysis.scriptFindings.length === 0) return null;
  return (
    <ul className="sql-script-findings" aria-label="Findings about the whole script">
      {analysis.scriptFindings.map((f, k) => {
        const lines = linesOf(analysis, f);
        return (
          <li key={`${f.ruleId}-${k}`}>
            <span className="rule-id">{f.ruleId}</span>{' '}
            <span className={`badge badge-${SEVERITY_TONES[f.severity]}`}>{f.severity}</span> {f.message}
            {lines === '' ? null : <span className="muted"> (line {lines})</span>}
          </li>
        );
      })}
    </ul>
  );
}
