import { useState } from 'react';
import { TableScroll } from '../../components/table-scroll';
import { CLASSIFICATIONS, type SqlAnalysis } from '../../sql/types';
import { CLASSIFICATION_LABELS } from './labels';
import { StatementRows } from './statement-rows';

/** Rendering thousands of rows at once would stall the page; the rest is one click away. */
const FIRST_ROWS = 200;

export function StatementsSummary({ analysis }: { analysis: SqlAnalysis }) {
  const counts = CLASSIFICATIONS.map((c) => ({
    c,
    n: analysis.statements.filter((s) => s.classification === c).length,
  })).filter(({ n }) => n > 0);
  const total = analysis.statements.length;
  return (
    <p className="sql-summary">
      {total} statement{total === 1 ? '' : 's'}
      {counts.length > 0 ? ': ' : ''}
      {counts.map(({ c, n }) => `${n} ${CLASSIFICATION_LABELS[c]}`).join(', ')}
    </p>
  );
}

export function StatementsTable({
  analysis,
  label = 'Statements of the forward migration',
}: {
  analysis: SqlAnalysis;
  label?: string;
}) {
  const [showAll, setShowAll] = useState(false);
  const statements = showAll ? analysis.statements : analysis.statements.slice(0, FIRST_ROWS);
  const hidden = analysis.statements.length - statements.length;
  return (
    <>
      <TableScroll label={label}>
        <table className="data-table sql-table" aria-label={label}>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Statement</th>
              <th scope="col">Classification</th>
              <th scope="col">Severity</th>
              <th scope="col">Rule, lock, effect and safe alternative</th>
            </tr>
          </thead>
          <tbody>
            {statements.map((s) => (
              <StatementRows key={s.index} statement={s} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {hidden > 0 ? (
        <button type="button" onClick={() => setShowAll(true)}>
          Show the other {hidden.toLocaleString('en-US')} statements
        </button>
      ) : null}
    </>
  );
}
