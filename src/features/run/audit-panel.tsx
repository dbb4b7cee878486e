import { downloadText } from '../../components/download';
import type { Plan } from '../../domain';
import { auditLogText } from '../../exporters/audit-log';
import { integrityReport } from '../../exporters/integrity-report';
import { planFileName } from '../../exporters/plan-json';
import { formatMoment } from '../../domain/time-format';

export function AuditPanel({ plan, now }: { plan: Plan; now: Date }) {
  return (
    <section className="card" aria-labelledby="audit-heading">
      <div className="card-head">
        <h2 id="audit-heading">
          Audit log <span className="muted">{plan.auditLog.length}</span>
        </h2>
        <div className="row">
          <button
            type="button"
            onClick={() => downloadText(planFileName(plan, 'audit.log'), auditLogText(plan), 'text/plain')}
            disabled={plan.auditLog.length === 0}
          >
            Download audit log
          </button>
          <button
            type="button"
            onClick={() =>
              downloadText(
                planFileName(plan, 'integrity-report.json'),
                `${JSON.stringify(integrityReport(plan, now), null, 2)}\n`,
              )
            }
          >
            Download integrity report
          </button>
        </div>
      </div>
      {plan.auditLog.length === 0 ? (
        <p className="muted">Nothing logged yet.</p>
      ) : (
        <ol className="audit-lines" aria-label="Audit log lines">
          {/* The line keeps the spec's ISO timestamp; the time above it is for reading. */}
          {plan.auditLog.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at} className="audit-time">
                {formatMoment(e.at, plan.timeZone)}
              </time>
              <code>{e.line}</code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
