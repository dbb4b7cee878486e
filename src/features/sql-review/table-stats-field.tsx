import { useCallback, useMemo } from 'react';
import type { Plan } from '../../domain';
import { parseTableStats } from '../../sql/table-stats';
import { useWorkbench } from '../../state';
import { useDraftText } from './use-draft-text';

export const TABLE_STATS_PATH = 'assessment.schemaChange.tableStats';

const setTableStats = (plan: Plan, tableStats: string): Plan =>
  plan.assessment.schemaChange.tableStats === tableStats
    ? plan
    : {
        ...plan,
        assessment: { ...plan.assessment, schemaChange: { ...plan.assessment.schemaChange, tableStats } },
      };

/**
 * Real row counts (and optionally read and write rates) pasted from the database, which size every
 * lock and rewrite more truly than the components' estimates.
 */
export function TableStatsField({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const committed = plan.assessment.schemaChange.tableStats;
  const commit = useCallback((text: string) => planEdited((p) => setTableStats(p, text)), [planEdited]);
  const { text, change, flush } = useDraftText(committed, commit);
  const parsed = useMemo(() => parseTableStats(committed), [committed]);
  const tables = new Set(parsed.tables.map((t) => t.slice(t.lastIndexOf('.') + 1))).size;
  return (
    <details className="sql-stats" open={committed.trim() !== ''}>
      <summary>Table sizes from the database (optional)</summary>
      <label className="field-label" htmlFor="sql-table-stats">
        Table statistics
      </label>
      <p className="field-help" id="sql-table-stats-help">
        Paste the output of <code>SELECT schemaname, relname, n_live_tup FROM pg_stat_user_tables;</code> (or{' '}
        <code>relname, reltuples</code> from <code>pg_class</code>), as psql prints it or as CSV. Optional{' '}
        <code>reads_per_sec</code> and <code>writes_per_sec</code> columns let each lock say how many queries
        queue behind it.
      </p>
      <textarea
        id="sql-table-stats"
        className="sql-stats-input"
        rows={4}
        spellCheck={false}
        aria-describedby="sql-table-stats-help sql-table-stats-status"
        value={text}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        data-path={TABLE_STATS_PATH}
      />
      <p
        id="sql-table-stats-status"
        className={parsed.problems.length > 0 ? 'field-error' : 'muted'}
        role="status"
      >
        {committed.trim() === ''
          ? 'No statistics: sizes come from the components.'
          : `${tables} table${tables === 1 ? '' : 's'} read.`}
        {parsed.problems.length > 0 ? ` Not read: ${parsed.problems.slice(0, 3).join('; ')}.` : ''}
      </p>
    </details>
  );
}
