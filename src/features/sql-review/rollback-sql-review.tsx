import type { Plan } from '../../domain';
import { ROLLBACK_SLOT } from '../../sql/plan-slots';
import { useWorkbench } from '../../state';
import { ParseErrorNotice } from './parse-error-notice';
import { ScriptFindings } from './script-findings';
import { StatementsSummary, StatementsTable } from './statements-table';
import './sql-review.css';

/**
 * The rollback script, analysed like the forward migration: a rollback runs under pressure, on the
 * same tables and traffic, so its locks and rewrites matter as much.
 */
export function RollbackSqlReview({ plan }: { plan: Plan }) {
  // The store's analysis of the plan on screen: the same facts the evaluation was made with.
  const snapshot = useWorkbench((s) => s.sql);
  const text = plan.rollback.procedures.rollbackSql;
  if (text.trim() === '') return null;
  const slot = snapshot.owner === plan.id ? snapshot.slots[ROLLBACK_SLOT] : undefined;
  const analysis = slot?.analysis ?? null;
  return (
    <section className="card sql-review" aria-labelledby="rollback-sql-heading">
      <h2 id="rollback-sql-heading">Rollback SQL review</h2>
      <p className="muted sql-status" role="status" aria-live="polite">
        {slot?.status === 'error'
          ? (slot.error ?? 'The analysis failed.')
          : slot?.status === 'ready'
            ? 'The rollback script (rollbackSql), analysed like the forward migration.'
            : 'Analysing the rollback script…'}
      </p>
      {analysis ? (
        <div className="sql-results" aria-busy={slot?.status === 'analysing'}>
          {analysis.parseError ? (
            <ParseErrorNotice error={analysis.parseError} text={text} />
          ) : (
            <>
              <StatementsSummary analysis={analysis} />
              <ScriptFindings analysis={analysis} />
              <StatementsTable analysis={analysis} label="Statements of the rollback script" />
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
