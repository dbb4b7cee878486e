import { memo } from 'react';
import type { Evaluation } from '../../engine';
import { verdictPending, type EvaluationStatus } from '../../state';
import { APPROACH_LABEL, STRATEGY_LABEL } from '../../engine/choice-labels';
import { FindingItem, QuestionItem } from './finding-item';
import './evaluation.css';

const hours = (h: number | null) =>
  h === null ? 'unknown' : h < 1 ? `${Math.round(h * 60)} min` : `${h.toFixed(1)} h`;

/**
 * The engine's verdict beside the form: readiness, blockers, warnings, questions, each with its rule id.
 * Memoised: the evaluation is cached per plan version, so switching steps does not redraw the panel.
 */
export const EvaluationPanel = memo(function EvaluationPanel({
  evaluation,
  status,
  onGoTo,
}: {
  evaluation: Evaluation;
  status: EvaluationStatus;
  onGoTo: (path: string) => void;
}) {
  const pending = verdictPending(status);
  const blockers = evaluation.findings.filter((f) => f.severity === 'blocker');
  const warnings = evaluation.findings.filter((f) => f.severity === 'warning');
  const infos = evaluation.findings.filter((f) => f.severity === 'info');
  const { estimate } = evaluation;
  return (
    <aside className="evaluation" aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading" className="visually-hidden">
        Evaluation
      </h2>
      {pending ? (
        <div className="verdict verdict-pending" role="status">
          <strong>{pending}</strong>
          <span>The verdict follows once every script is analysed.</span>
        </div>
      ) : (
        <div
          className={`verdict ${evaluation.readiness.ready ? 'verdict-go' : 'verdict-nogo'}`}
          role="status"
        >
          <strong>{evaluation.readiness.ready ? 'Go: ready to migrate' : 'No-go'}</strong>
          <span>
            {blockers.length} blocker{blockers.length === 1 ? '' : 's'} · {warnings.length} warning
            {warnings.length === 1 ? '' : 's'} · {evaluation.questions.length} question
            {evaluation.questions.length === 1 ? '' : 's'}
          </span>
        </div>
      )}

      <dl className="facts">
        <dt>Recommended strategy</dt>
        <dd>
          {STRATEGY_LABEL[evaluation.strategy.recommended]}{' '}
          <span className="muted">({evaluation.strategy.ruleIds.join(', ')})</span>
        </dd>
        <dt>Data approach</dt>
        <dd>
          {APPROACH_LABEL[evaluation.dataApproach.recommended]}{' '}
          {evaluation.dataApproach.ruleIds.length > 0 ? (
            <span className="muted">({evaluation.dataApproach.ruleIds.join(', ')})</span>
          ) : null}
        </dd>
        <dt>Estimated duration</dt>
        <dd>
          {hours(estimate.durationHours)}
          {estimate.batches !== null ? ` in ${estimate.batches.toLocaleString('en-US')} batches` : ''}
          {estimate.fitsWindow === null
            ? ''
            : estimate.fitsWindow
              ? ' · fits the window'
              : ' · exceeds the window'}
        </dd>
      </dl>

      <FindingGroup title="Blockers" empty="No blockers.">
        {blockers.map((f, i) => (
          <FindingItem key={`${f.ruleId}-${i}`} finding={f} onGoTo={onGoTo} />
        ))}
      </FindingGroup>
      <FindingGroup title="Warnings" empty="No warnings.">
        {warnings.map((f, i) => (
          <FindingItem key={`${f.ruleId}-${i}`} finding={f} onGoTo={onGoTo} />
        ))}
      </FindingGroup>
      <FindingGroup title="Questions" empty="No open questions.">
        {evaluation.questions.map((q, i) => (
          <QuestionItem key={`${q.ruleId}-${i}`} question={q} onGoTo={onGoTo} />
        ))}
      </FindingGroup>
      {infos.length > 0 ? (
        <details className="finding-group">
          <summary>
            Notes <span className="count">{infos.length}</span>
          </summary>
          <ul>
            {infos.map((f, i) => (
              <FindingItem key={`${f.ruleId}-${i}`} finding={f} onGoTo={onGoTo} />
            ))}
          </ul>
        </details>
      ) : null}
    </aside>
  );
});

function FindingGroup({
  title,
  empty,
  children,
}: {
  title: string;
  empty: string;
  children: React.ReactNode[];
}) {
  const id = `group-${title.toLowerCase()}`;
  return (
    <section className="finding-group" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="count">{children.length}</span>
      </h3>
      {children.length === 0 ? <p className="muted">{empty}</p> : <ul>{children}</ul>}
    </section>
  );
}
