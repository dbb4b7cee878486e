import type { Plan } from '../../domain';
import { rollbackReach } from '../../engine';
import { formatDuration } from '../../exporters/audit-log';
import { when } from './when';

const left = (until: string | null, now: Date) => (until === null ? null : Date.parse(until) - now.getTime());

/**
 * Time to the point of no return: which rollback mechanisms are still in reach and for how long, so that
 * the person deciding whether to roll back knows what a later decision costs.
 */
export function RollbackReachPanel({ plan, now }: { plan: Plan; now: Date }) {
  const reach = rollbackReach(plan, now);
  const ponrLeft = left(reach.ponr?.plannedStart ?? null, now);
  return (
    <section className="card" aria-labelledby="reach-heading">
      <h2 id="reach-heading">Time to the point of no return</h2>
      <p role="timer" aria-label="Point of no return">
        {reach.ponr === null
          ? 'The plan names no point of no return.'
          : reach.ponr.passed
            ? `Passed: phase ${reach.ponr.phaseNumber} "${reach.ponr.phaseName}" has started.`
            : `Phase ${reach.ponr.phaseNumber} "${reach.ponr.phaseName}"${
                reach.ponr.plannedStart
                  ? `, planned ${when(reach.ponr.plannedStart)}: ${
                      ponrLeft !== null && ponrLeft > 0 ? `in ${formatDuration(ponrLeft)}` : 'due now'
                    }`
                  : ': no planned start'
              }.`}
      </p>
      <ul className="reach" aria-label="Rollback mechanisms">
        {reach.mechanisms.map((m) => {
          const ms = left(m.until, now);
          return (
            <li key={m.name} className={m.available ? 'reach-on' : 'reach-off'}>
              <strong>{m.name}</strong>{' '}
              <span className={`badge ${m.available ? 'badge-ok' : 'badge-bad'}`}>
                {m.available ? 'available' : 'gone'}
              </span>
              <span className="muted">
                {' '}
                {m.available
                  ? ms !== null && ms > 0
                    ? `for ${formatDuration(ms)}, ${m.endsWhen}`
                    : m.endsWhen === 'never'
                      ? 'always'
                      : m.endsWhen
                  : `no longer: ${m.endsWhen}`}
              </span>
              <div className="reach-detail">{m.detail}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
