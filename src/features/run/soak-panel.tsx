import { Checkbox } from '../../components/controls';
import type { Plan } from '../../domain';
import type { Criterion } from '../../engine';
import { useWorkbench } from '../../state';
import { soakHours } from '../../engine/run/transitions';
import { when } from './when';

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m ${String(s % 60).padStart(2, '0')}s`;
};

/** Criteria the operator confirms by watching production; the engine judges the rest from the record. */
const CONFIRMABLE = new Set(['SC-05', 'SC-06', 'SC-08']);

export function SoakPanel({ plan, now, criteria }: { plan: Plan; now: Date; criteria: Criterion[] }) {
  const runCriterionConfirmed = useWorkbench((s) => s.runCriterionConfirmed);
  const start = plan.run.soakStartedAt ? Date.parse(plan.run.soakStartedAt) : null;
  const total = soakHours(plan) * 3_600_000;
  // Never negative: the screen's clock ticks each second and can read a moment before the soak started
  // (a negative width is invalid CSS, and the bar was then drawn full).
  const elapsed = start === null ? 0 : Math.max(0, now.getTime() - start);
  const percent = Math.min(100, (elapsed / total) * 100);
  return (
    <section className="card" aria-labelledby="soak-heading">
      <h2 id="soak-heading">Soak and success criteria</h2>
      {start === null ? (
        <p className="muted">The soak starts when the last phase before the contract phases completes.</p>
      ) : (
        <div className="soak-clock" role="timer" aria-label="Soak clock">
          <div
            className="soak-bar"
            role="progressbar"
            aria-label="Soak progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.floor(percent)}
          >
            <div style={{ width: `${percent}%` }} />
          </div>
          <span>
            {elapsed >= total ? 'Soak complete' : `${clock(elapsed)} of ${soakHours(plan)} h`} · started{' '}
            {when(plan.run.soakStartedAt)}
          </span>
        </div>
      )}
      <ul className="criteria" aria-label="Success criteria">
        {criteria.map((c) => (
          <li key={c.ruleId} className={`criterion criterion-${c.status}`}>
            <span aria-hidden="true">{c.status === 'met' ? '✓' : c.status === 'not-met' ? '✗' : '○'}</span>
            {/* The mark is a picture: a screen reader hears the status in words. */}
            <span className="visually-hidden">
              {c.status === 'met' ? 'Met:' : c.status === 'not-met' ? 'Not met:' : 'Pending:'}
            </span>
            <span className="rule-id">{c.ruleId}</span>
            <span>
              {c.text} <span className="muted">{c.detail}</span>
            </span>
            {CONFIRMABLE.has(c.ruleId) && plan.run.status !== 'not-started' ? (
              <Checkbox
                checked={plan.run.confirmedCriteria.includes(c.ruleId)}
                onChange={(confirmed) => runCriterionConfirmed(c.ruleId, confirmed)}
              >
                confirmed
              </Checkbox>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
