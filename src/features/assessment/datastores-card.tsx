import { memo, useMemo } from 'react';
import { DataTable } from '../../components/data-table';
import { Pager } from '../../components/pager';
import { TableScroll } from '../../components/table-scroll';
import { useListTable } from '../../components/use-data-table';
import type { Plan } from '../../domain';
import { DATASTORE_COLUMNS } from './datastore-columns';
import { datastoresOf, RATE_MAX } from './datastores';

/**
 * Per migrating datastore: whether its data stays and is changed in place or moves elsewhere, how
 * writes made during the copy reach the target, and its live traffic. The engine's recommendation
 * comes from these (docs/engine-decision-table.md).
 */
function DatastoresCardView({ plan }: { plan: Plan }) {
  const stores = useMemo(() => datastoresOf(plan.assessment.components), [plan.assessment.components]);
  const list = useListTable({
    columns: DATASTORE_COLUMNS,
    data: stores,
    getRowId: (r) => `${r.component.id}-${r.index}`,
    pageSize: 10,
  });
  return (
    <section className="card" aria-labelledby="datastores-heading" data-path="assessment.components">
      <h2 id="datastores-heading">
        How the data moves <span className="muted">{stores.length}</span>
      </h2>
      <p className="field-help">
        For each migrating datastore (a migrating component that is stateful or holds rows): does its data
        stay where it is, or move? When it moves, how do writes made during the copy reach the target? Add the
        new store as a component with the role “target”.
      </p>
      {stores.length === 0 ? (
        <p className="muted">No migrating component is stateful or holds rows, so no data moves.</p>
      ) : (
        <>
          <TableScroll label="Datastores">
            <DataTable
              table={list.table}
              label="How the data moves"
              className="edit-table datastores-table"
              sortable={false}
              rowAttributes={(r) => ({ 'data-path': `assessment.components[${r.index}]` })}
            />
          </TableScroll>
          <p className="field-help">
            “Replication or CDC”: binlog, WAL, oplog or Debezium carry the writes. “App writes both”: the
            application writes the old and the new store. “Nothing: writes stop”: an offline copy. Reads and
            writes per second up to {RATE_MAX.toLocaleString('en-US')}.
          </p>
          <Pager {...list.pager} />
        </>
      )}
    </section>
  );
}

/** Redrawn only when the components change: typing elsewhere in the plan does not touch it. */
export const DatastoresCard = memo(
  DatastoresCardView,
  (a, b) => a.plan.assessment.components === b.plan.assessment.components,
);
