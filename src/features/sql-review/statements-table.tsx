import { useMemo, useState } from 'react';
import { DataTable } from '../../components/data-table';
import { TableScroll } from '../../components/table-scroll';
import { useStaticTable } from '../../components/use-data-table';
import { CLASSIFICATIONS, type SqlAnalysis } from '../../sql/types';
import { CLASSIFICATION_LABELS } from './labels';
import { STATEMENT_COLUMNS, statementRowAttributes, statementRowId, statementRows } from './statement-rows';

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
  const statements = useMemo(
    () => (showAll ? analysis.statements : analysis.statements.slice(0, FIRST_ROWS)),
    [analysis, showAll],
  );
  const hidden = analysis.statements.length - statements.length;
  const data = useMemo(() => statementRows(statements), [statements]);
  const table = useStaticTable({
    columns: STATEMENT_COLUMNS,
    data,
    getRowId: statementRowId,
  });
  return (
    <>
      <TableScroll label={label}>
        <DataTable table={table} label={label} className="sql-table" rowAttributes={statementRowAttributes} />
      </TableScroll>
      {hidden > 0 ? (
        <button type="button" onClick={() => setShowAll(true)}>
          Show the other {hidden.toLocaleString('en-US')} statements
        </button>
      ) : null}
    </>
  );
}
