import type { Plan } from '../../domain';
import { approachLabel, readinessText, strategyLabel, thresholdText } from '../../exporters/labels';
import { useWorkbench, verdictPending } from '../../state';
import { useStoreClock } from '../../state/use-evaluation';

/** The parts a reviewer reads first: summary, verdict, questions, phases, rollback. */
export function SharePreview({ plan }: { plan: Plan }) {
  useStoreClock(60_000);
  const evaluation = useWorkbench((s) => (s.evaluatedPlan === plan ? s.evaluation : null));
  const pending = verdictPending(useWorkbench((s) => s.evaluationStatus));
  const ponr = plan.rollback.pointOfNoReturn;
  const ponrPhase = plan.execution.phases.find((p) => p.id === ponr.phaseId);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="share-summary">
        <h2 id="share-summary">Summary</h2>
        <p style={{ whiteSpace: 'pre-line' }}>{plan.summary || 'No summary.'}</p>
        <dl className="facts">
          <dt>Owners</dt>
          <dd>{plan.owners.join(', ') || 'not named'}</dd>
          <dt>Target date</dt>
          <dd>{plan.targetDate ?? 'not set'}</dd>
          <dt>Strategy</dt>
          <dd>
            {strategyLabel(plan.strategy.deployment)} with {approachLabel(plan.strategy.dataApproach)}
          </dd>
          <dt>Components</dt>
          <dd>{plan.assessment.components.length}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="share-evaluation">
        <h2 id="share-evaluation">Evaluation</h2>
        {!evaluation || pending ? (
          <p className="verdict verdict-pending" role="status">
            <strong>{pending ?? 'evaluating…'}</strong>
          </p>
        ) : (
          <p className={`verdict ${evaluation.readiness.ready ? 'verdict-go' : 'verdict-nogo'}`}>
            <strong>{readinessText(evaluation)}</strong>
          </p>
        )}
        {evaluation && !pending && evaluation.readiness.blockers.length > 0 ? (
          <ul>
            {evaluation.readiness.blockers.map((f) => (
              <li key={`${f.ruleId}:${f.path}`}>
                <span className="rule-id">{f.ruleId}</span> {f.message}
              </li>
            ))}
          </ul>
        ) : null}
        <h3>Open questions</h3>
        {!evaluation ? null : evaluation.questions.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {evaluation.questions.map((q) => (
              <li key={`${q.ruleId}:${q.path}`}>
                <span className="rule-id">{q.ruleId}</span> {q.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="share-phases">
        <h2 id="share-phases">Phases</h2>
        <ol>
          {plan.execution.phases.map((p, i) => (
            <li key={`${p.id}-${i}`}>
              <strong>{p.name}</strong>{' '}
              <span className="muted">
                ({p.kind}, {p.integrityChecks.length} integrity check
                {p.integrityChecks.length === 1 ? '' : 's'})
              </span>
            </li>
          ))}
        </ol>
        <p>Soak: {plan.execution.soakHours} h.</p>
      </section>
      <section className="card" aria-labelledby="share-rollback">
        <h2 id="share-rollback">Rollback</h2>
        <ul>
          {plan.rollback.triggers.map((t, i) => (
            <li key={`${t.id}-${i}`}>
              <span className="rule-id">{t.ruleId}</span> {t.description} ({thresholdText(t)}
              {t.automatic ? ', automatic' : ', manual'})
            </li>
          ))}
        </ul>
        <p>
          Point of no return:{' '}
          {ponr.exists === 'yes'
            ? `after “${ponrPhase?.name ?? 'a phase not chosen'}”, approver ${ponr.approver || 'not named'}`
            : ponr.exists === 'no'
              ? 'none'
              : 'not decided'}
          .
        </p>
      </section>
    </div>
  );
}
