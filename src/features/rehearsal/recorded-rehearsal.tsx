import type { EvidenceState, RollbackTestRecord } from '../../domain';

/**
 * The last recorded rehearsal, as stored in the plan: what a reload or a colleague's copy shows, and,
 * once the plan's scripts are no longer the ones it ran, that it is stale and why.
 */
export function RecordedRehearsal({
  record,
  evidence,
}: {
  record: RollbackTestRecord;
  evidence: EvidenceState;
}) {
  const pass = record.result === 'pass';
  return (
    <section className="rehearsal-result" aria-labelledby="recorded-rehearsal-heading">
      <div className={`verdict ${pass ? 'verdict-go' : 'verdict-nogo'}`}>
        <strong id="recorded-rehearsal-heading">
          Last rehearsal {pass ? 'passed' : 'failed'} on {record.date}
        </strong>
        <span>{record.environment}</span>
      </div>
      {evidence.state === 'stale' ? (
        <p className="banner banner-warning" role="note">
          <strong>Stale:</strong> {evidence.reason}. Rehearse again before relying on it.
        </p>
      ) : null}
      <pre className="rehearsal-notes" aria-label="Recorded rehearsal notes" tabIndex={0}>
        {record.notes}
      </pre>
    </section>
  );
}
