import type { ReactNode } from 'react';
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
      <ShareCard id="share-summary" title="Summary">
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
      </ShareCard>
      <ShareCard id="share-evaluation" title="Evaluation">
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
          <RuleLines
            lines={evaluation.readiness.blockers.map((f) => ({
              key: `${f.ruleId}:${f.path}`,
              ruleId: f.ruleId,
              text: f.message,
            }))}
          />
        ) : null}
        <h3>Open questions</h3>
        {!evaluation ? null : evaluation.questions.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <RuleLines
            lines={evaluation.questions.map((q) => ({
              key: `${q.ruleId}:${q.path}`,
              ruleId: q.ruleId,
              text: q.text,
            }))}
          />
        )}
      </ShareCard>
      <ShareCard id="share-phases" title="Phases">
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
      </ShareCard>
      <ShareCard id="share-rollback" title="Rollback">
        <RuleLines
          lines={plan.rollback.triggers.map((t, i) => ({
            key: `${t.id}-${i}`,
            ruleId: t.ruleId,
            text: (
              <>
                {t.description} ({thresholdText(t)}
                {t.automatic ? ', automatic' : ', manual'})
              </>
            ),
          }))}
        />
        <p>
          Point of no return:{' '}
          {ponr.exists === 'yes'
            ? `after “${ponrPhase?.name ?? 'a phase not chosen'}”, approver ${ponr.approver || 'not named'}`
            : ponr.exists === 'no'
              ? 'none'
              : 'not decided'}
          .
        </p>
      </ShareCard>
    </div>
  );
}

/** A card of the shared plan, named by its heading. */
function ShareCard(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** A list whose every line starts with the rule id it is about. */
function RuleLines(props: { lines: ReadonlyArray<{ key: string; ruleId: string; text: ReactNode }> }) {
  return (
    <ul>
      {props.lines.map((line) => (
        <li key={line.key}>
          <span className="rule-id">{line.ruleId}</span> {line.text}
        </li>
      ))}
    </ul>
  );
}
