import type { AnalyzedStatement, Finding } from '../../sql';
import {
  CLASSIFICATION_LABELS,
  CLASSIFICATION_TONES,
  clipStatement,
  rowsText,
  SEVERITY_LABELS,
  SEVERITY_TONES,
} from './labels';

function StatementText({ text }: { text: string }) {
  const clipped = clipStatement(text);
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (clipped === oneLine) return <code className="sql-stmt">{text}</code>;
  return (
    <details className="sql-stmt-full">
      <summary>
        <code className="sql-stmt">{clipped}</code>
        <span className="visually-hidden"> (show the full statement)</span>
      </summary>
      <pre>{text}</pre>
    </details>
  );
}

/** Rule id and lock on one line, then what happens and the safe alternative: one readable cell. */
function FindingCell({ finding }: { finding: Finding | undefined }) {
  if (!finding) {
    return <td className="muted">No rule has anything to say about this statement.</td>;
  }
  return (
    <td className="sql-finding">
      <div className="sql-finding-head">
        <span className="rule-id">{finding.ruleId}</span>
        {/* null means the rule names no lock (advisory, or unknown statement), not "lock-free". */}
        {finding.lock === null ? null : <span className="sql-lock">lock: {finding.lock}</span>}
        {finding.blocks.writes ? (
          <span className="sql-tag">
            {finding.blocks.reads ? 'blocks reads and writes' : 'blocks writes'}
          </span>
        ) : null}
        {finding.rewrite ? (
          <span className="sql-tag">rewrite</span>
        ) : finding.scan ? (
          <span className="sql-tag">scan</span>
        ) : null}
        {finding.risk === 'none' || finding.risk === 'low' ? null : (
          <span className="sql-tag">risk {finding.risk}</span>
        )}
      </div>
      <p>{finding.message}</p>
      {finding.alternative === '' ? null : (
        <p className="sql-alternative">
          <strong>Safe alternative:</strong> {finding.alternative}
        </p>
      )}
    </td>
  );
}

/**
 * One statement: its own cells span one row per finding, so each rule's lock, message and safe
 * alternative stay together. The statement's size note comes from its weightiest finding.
 */
export function StatementRows({ statement }: { statement: AnalyzedStatement }) {
  const findings = statement.findings;
  const span = Math.max(1, findings.length);
  const sized = findings.find((f) => f.table !== null);
  const cls = statement.classification;
  return (
    <>
      <tr className={`sql-row sql-row-${cls}`}>
        <td rowSpan={span} className="num">
          {statement.line}
        </td>
        <td rowSpan={span} className="sql-stmt-cell">
          <StatementText text={statement.text} />
        </td>
        <td rowSpan={span}>
          <span className={`badge badge-${CLASSIFICATION_TONES[cls]}`}>{CLASSIFICATION_LABELS[cls]}</span>
        </td>
        <td rowSpan={span}>
          <span className={`badge badge-${SEVERITY_TONES[statement.severity]}`}>
            {SEVERITY_LABELS[statement.severity]}
          </span>
          {sized ? (
            <small className="sql-size">
              {rowsText(sized.rows)}
              {sized.rowsSource === 'stats' ? ' (statistics)' : ''}
            </small>
          ) : null}
        </td>
        <FindingCell finding={findings[0]} />
      </tr>
      {findings.slice(1).map((finding, k) => (
        <tr key={`${finding.ruleId}-${k}`} className={`sql-row sql-row-${cls} sql-row-more`}>
          <FindingCell finding={finding} />
        </tr>
      ))}
    </>
  );
}
