import type { Plan } from '../../domain';

/** The plan's rollback procedure, as the alarms on the run screen show it: database, services, data. */
export function RollbackProcedure({ plan }: { plan: Plan }) {
  const { database, services, data } = plan.rollback.procedures;
  return (
    <dl className="procedure">
      <dt>Database</dt>
      <dd>{database || '—'}</dd>
      <dt>Services</dt>
      <dd>{services || '—'}</dd>
      <dt>Data</dt>
      <dd>{data || '—'}</dd>
    </dl>
  );
}
