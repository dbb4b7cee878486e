import type { RollbackTestRecord } from '../../domain';

/** The last recorded rehearsal, as stored in the plan: what a reload or a colleague's copy shows. */
export function RecordedRehearsal({ record }: { record: RollbackTestRecord }) {
  const pass = record.result === 'pass';
  return (
    <section className="rehearsal-result" aria-labelledby="recorded-rehearsal-heading">
      <div className={`verdict ${pass ? 'verdict-go' : 'verdict-nogo'}`}>
        <strong id="recorded-rehearsal-heading">
          Last rehearsal {pass ? 'passed' : 'failed'} on {record.date}
        </strong>
        <span>{record.environment}</span>
      </div>
      <pre className="rehearsal-notes" aria-label="Recorded rehearsal notes" tabIndex={0}>
        {record.notes}
      </pre>
    </section>
  );
}
