import { dataTableColumns } from '../../components/data-table-features';
import type { AnalyzedStatement, Finding } from '../../sql';
import {
  CLASSIFICATION_LABELS,
  CLASSIFICATION_TONES,
  clipStatement,
  rowsText,
  SEVERITY_LABELS,
  SEVERITY_TONES,
} from './labels';

/**
 * One row per finding of a statement (one for a statement without any): the statement's own cells span
 * its rows, so each rule's lock, message and safe alternative stay together.
 */
export type StatementRow = { statement: AnalyzedStatement; finding: Finding | undefined; k: number };

export const statementRows = (statements: AnalyzedStatement[]): StatementRow[] =>
  statements.flatMap((statement): StatementRow[] =>
    statement.findings.length === 0
      ? [{ statement, finding: undefined, k: 0 }]
      : statement.findings.map((finding, k) => ({ statement, finding, k })),
  );

export const statementRowId = (r: StatementRow) => `${r.statement.index}-${r.k}`;

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
  if (!finding) return 'No rule has anything to say about this statement.';
  return (
    <>
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
    </>
  );
}

/** The statement's size note comes from its weightiest finding. */
function SeverityCell({ statement }: { statement: AnalyzedStatement }) {
  const sized = statement.findings.find((f) => f.table !== null);
  return (
    <>
      <span className={`badge badge-${SEVERITY_TONES[statement.severity]}`}>
        {SEVERITY_LABELS[statement.severity]}
      </span>
      {sized ? (
        <small className="sql-size">
          {rowsText(sized.rows)}
          {sized.rowsSource === 'stats' ? ' (statistics)' : ''}
        </small>
      ) : null}
    </>
  );
}

const helper = dataTableColumns<StatementRow>();
/** The statement's own columns merge the rows of its findings. */
const sameStatement = {
  spanRows: (c: { anchorRow: { original: StatementRow }; row: { original: StatementRow } }) =>
    c.anchorRow.original.statement === c.row.original.statement,
};

export const STATEMENT_COLUMNS = helper.columns([
  helper.accessor((r) => r.statement.line, {
    id: 'line',
    header: 'Line',
    meta: { cellClass: 'num' },
    ...sameStatement,
  }),
  helper.accessor((r) => r.statement.text, {
    id: 'statement',
    header: 'Statement',
    meta: { cellClass: 'sql-stmt-cell' },
    cell: (c) => <StatementText text={c.getValue()} />,
    ...sameStatement,
  }),
  helper.accessor((r) => r.statement.classification, {
    id: 'classification',
    header: 'Classification',
    cell: (c) => (
      <span className={`badge badge-${CLASSIFICATION_TONES[c.getValue()]}`}>
        {CLASSIFICATION_LABELS[c.getValue()]}
      </span>
    ),
    ...sameStatement,
  }),
  helper.accessor((r) => r.statement.severity, {
    id: 'severity',
    header: 'Severity',
    cell: (c) => <SeverityCell statement={c.row.original.statement} />,
    ...sameStatement,
  }),
  helper.display({
    id: 'finding',
    header: 'Rule, lock, effect and safe alternative',
    meta: { cellClass: (r) => (r.finding ? 'sql-finding' : 'muted') },
    cell: (c) => <FindingCell finding={c.row.original.finding} />,
  }),
]);

/** A statement's rows are toned by its classification; the rows after its first hold its further findings. */
export const statementRowAttributes = (r: StatementRow) => ({
  className: `sql-row sql-row-${r.statement.classification}${r.k === 0 ? '' : ' sql-row-more'}`,
});
