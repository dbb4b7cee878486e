import type { PhaseProposal } from '../../sql/propose-phases';
import type { SqlAnalysis } from '../../sql/types';
import { clipStatement } from './labels';

/** The proposal as the person reviews it before anything touches the plan. */
export function ProposalView({ proposal, analysis }: { proposal: PhaseProposal; analysis: SqlAnalysis }) {
  const statement = (i: number) => analysis.statements[i];
  return (
    <div className="sql-proposal-body">
      <ol className="sql-phases" aria-label="Proposed phases">
        {proposal.phases.map((phase) => (
          <li key={phase.id} className={`sql-phase sql-phase-${phase.kind}`}>
            <h4>
              <span className="badge badge-unknown">{phase.kind}</span> {phase.name}
            </h4>
            <p className="muted">{phase.verification}</p>
            <ol className="sql-steps">
              {phase.steps.map((step) => (
                <li key={step.id}>
                  <span>{step.text}</span>
                  {step.sql === '' ? null : <pre>{step.sql}</pre>}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {proposal.replacements.length > 0 ? (
        <section aria-label="Replacements">
          <h4>Statements replaced by their safe form</h4>
          <ul className="plain-list">
            {proposal.replacements.map((r) => (
              <li key={r.statementIndex}>
                Line {r.line} <span className="rule-id">{r.ruleIds.join(', ')}</span>{' '}
                <code>{clipStatement(r.original, 70)}</code> becomes {r.steps.length} step
                {r.steps.length === 1 ? '' : 's'}: {r.steps.map((s) => `${s.phase}: ${s.text}`).join('; ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {proposal.needsReview.length > 0 ? (
        <section aria-label="Needs review">
          <h4>Needs a person before it runs</h4>
          <ul className="plain-list">
            {proposal.needsReview.map((i) => (
              <li key={i}>
                Line {statement(i)?.line ?? '?'} ({statement(i)?.classification ?? 'unknown'}):{' '}
                <code>{clipStatement(statement(i)?.text ?? '', 70)}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {proposal.omitted.length > 0 ? (
        <p className="muted">
          Left out: {proposal.omitted.length} session or transaction statement
          {proposal.omitted.length === 1 ? '' : 's'} (line{' '}
          {proposal.omitted.map((i) => statement(i)?.line ?? '?').join(', ')}); each phase sets its own
          lock_timeout.
        </p>
      ) : null}
    </div>
  );
}
