import type { Plan } from '../../domain';
import { FORWARD_SLOT } from '../../sql/plan-slots';
import { useWorkbench } from '../../state';
import type { SqlSlotState } from '../../state/sql-analysis-scheduler';
import { ParseErrorNotice } from './parse-error-notice';
import { ProposalPanel } from './proposal-panel';
import { ScriptFindings } from './script-findings';
import { SqlSourceEditor } from './sql-source-editor';
import { StatementsSummary, StatementsTable } from './statements-table';
import { TableStatsField } from './table-stats-field';
import './sql-review.css';

function AnalysisStatus({
  slot,
  parserLoadMs,
}: {
  slot: SqlSlotState | undefined;
  parserLoadMs: number | null;
}) {
  let text = 'Paste or load the forward migration to see every statement classified.';
  if (slot?.status === 'analysing')
    text = slot.analysis ? 'Re-analysing…' : 'Analysing… (the parser loads on first use)';
  if (slot?.status === 'ready') text = 'Analysis up to date.';
  if (slot?.status === 'error') text = slot.error ?? 'The analysis failed.';
  return (
    <p
      className={slot?.status === 'error' ? 'field-error' : 'muted sql-status'}
      role="status"
      aria-live="polite"
    >
      {text}
      {parserLoadMs !== null && slot?.status === 'ready' ? (
        <span className="sql-load-time"> Parser loaded in {Math.round(parserLoadMs)} ms.</span>
      ) : null}
    </p>
  );
}

/**
 * The forward migration, analysed with the real parser in a worker: every statement with its
 * classification, rules, lock and safe alternative, and a proposal of expand/migrate/contract
 * phases. Shown only when the plan's scope includes schema changes.
 */
export function SqlReviewCard({ plan }: { plan: Plan }) {
  // The store's analysis of the plan on screen: the same facts the evaluation was made with.
  const snapshot = useWorkbench((s) => s.sql);
  if (!plan.assessment.scope.includes('schema')) return null;
  const slot = snapshot.owner === plan.id ? snapshot.slots[FORWARD_SLOT] : undefined;
  const analysis = slot?.analysis ?? null;
  const text = plan.assessment.schemaChange.forwardSql;
  return (
    <section className="card sql-review" aria-labelledby="sql-review-heading">
      <h2 id="sql-review-heading">Migration SQL</h2>
      <SqlSourceEditor plan={plan} />
      <TableStatsField plan={plan} />
      <AnalysisStatus slot={text.trim() === '' ? undefined : slot} parserLoadMs={snapshot.parserLoadMs} />
      {analysis && text.trim() !== '' ? (
        <div className="sql-results" aria-busy={slot?.status === 'analysing'}>
          {analysis.parseError ? (
            <ParseErrorNotice error={analysis.parseError} text={text} />
          ) : (
            <>
              <StatementsSummary analysis={analysis} />
              <ScriptFindings analysis={analysis} />
              <StatementsTable analysis={analysis} />
            </>
          )}
          <ProposalPanel plan={plan} analysis={slot?.status === 'ready' ? analysis : null} />
        </div>
      ) : null}
    </section>
  );
}
