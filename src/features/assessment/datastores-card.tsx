import { memo, useState } from 'react';
import { choicesOf, ChoiceSelect } from '../../components/controls';
import { fieldId } from '../../components/field';
import { OptionalNumberCell, RowForm } from '../../components/inline-cells';
import { Pager } from '../../components/pager';
import { TableScroll } from '../../components/table-scroll';
import {
  CHANGE_SYNCS,
  DATA_MOVES,
  type ChangeSync,
  type Component,
  type DataMove,
  type Plan,
} from '../../domain';
import { useWorkbench } from '../../state';
import { updateComponent } from './components-ops';
import { datastoresOf, RATE_MAX, validRate } from './datastores';

const MOVE_LABELS: Record<DataMove, string> = {
  unknown: 'Not known yet',
  'in-place': 'Stays (changed in place)',
  'other-store': 'Another store',
  'other-cluster': 'Another cluster or shard',
  'other-region': 'Another region or cloud',
  'other-engine': 'Another engine',
};
const SYNC_LABELS: Record<ChangeSync, string> = {
  unknown: 'Not known yet',
  none: 'Nothing: writes stop',
  replication: 'Replication or CDC',
  'dual-write': 'App writes both',
};

const MOVES = choicesOf(DATA_MOVES, MOVE_LABELS);
const SYNCS = choicesOf(CHANGE_SYNCS, SYNC_LABELS);

const edit = (id: string, patch: Partial<Omit<Component, 'id'>>) =>
  useWorkbench.getState().planEdited((p) => updateComponent(p, id, patch));

/**
 * Per migrating datastore: whether its data stays and is changed in place or moves elsewhere, how
 * writes made during the copy reach the target, and its live traffic. The engine's recommendation
 * comes from these (docs/engine-decision-table.md).
 */
function DatastoresCardView({ plan }: { plan: Plan }) {
  const stores = datastoresOf(plan.assessment.components);
  const [page, setPage] = useState({ index: 0, size: 10 });
  const shown = stores.slice(page.index * page.size, (page.index + 1) * page.size);
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
            <table className="data-table edit-table datastores-table" aria-label="How the data moves">
              <thead>
                <tr>
                  <th scope="col">Datastore</th>
                  <th scope="col">Its data goes to</th>
                  <th scope="col">Writes during the copy reach it by</th>
                  <th scope="col">Reads/s</th>
                  <th scope="col">Writes/s</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ component: c, index }) => {
                  const form = `datastore-row-${c.id}`;
                  const at = `assessment.components[${index}]`;
                  const moves = c.move !== 'unknown' && c.move !== 'in-place';
                  return (
                    <tr key={`${c.id}-${index}`} data-path={at}>
                      <th scope="row">
                        <RowForm id={form} />
                        {c.name}
                      </th>
                      <td>
                        <ChoiceSelect
                          id={fieldId(`${at}.move`)}
                          form={form}
                          label={`Where the data of ${c.name} goes`}
                          value={c.move}
                          choices={MOVES}
                          onChange={(move) => edit(c.id, { move })}
                        />
                      </td>
                      <td>
                        <ChoiceSelect
                          id={fieldId(`${at}.changeSync`)}
                          form={form}
                          label={`How changes to ${c.name} reach the target`}
                          value={c.changeSync}
                          choices={SYNCS}
                          disabled={!moves}
                          onChange={(changeSync) => edit(c.id, { changeSync })}
                        />
                      </td>
                      <td>
                        <OptionalNumberCell
                          form={form}
                          label={`Reads per second on ${c.name}`}
                          value={c.readsPerSecond}
                          onCommit={(v) => validRate(v) && edit(c.id, { readsPerSecond: v })}
                        />
                      </td>
                      <td>
                        <OptionalNumberCell
                          form={form}
                          label={`Writes per second on ${c.name}`}
                          value={c.writesPerSecond}
                          onCommit={(v) => validRate(v) && edit(c.id, { writesPerSecond: v })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <p className="field-help">
            “Replication or CDC”: binlog, WAL, oplog or Debezium carry the writes. “App writes both”: the
            application writes the old and the new store. “Nothing: writes stop”: an offline copy. Reads and
            writes per second up to {RATE_MAX.toLocaleString('en-US')}.
          </p>
          <Pager
            pageIndex={page.index}
            pageCount={Math.ceil(stores.length / page.size)}
            pageSize={page.size}
            total={stores.length}
            onPage={(index) => setPage((p) => ({ ...p, index }))}
            onSize={(size) => setPage({ index: 0, size })}
          />
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
