import { dataTableColumns } from '../../components/data-table-features';
import { fieldId } from '../../components/field';
import { choicesOf, ChoiceSelect } from '../../components/controls';
import { OptionalNumberCell, RowForm } from '../../components/inline-cells';
import { CHANGE_SYNCS, DATA_MOVES, type ChangeSync, type Component, type DataMove } from '../../domain';
import { useWorkbench } from '../../state';
import { updateComponent } from './components-ops';
import { validRate } from './datastores';

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

/** A migrating datastore and its place in the plan's component list. */
export type DatastoreRow = { component: Component; index: number };

/** Each row's controls belong to the row's own form (see RowForm). */
const rowForm = (c: Component) => `datastore-row-${c.id}`;
const at = (r: DatastoreRow) => `assessment.components[${r.index}]`;

const helper = dataTableColumns<DatastoreRow>();

/** Where the data goes, how writes reach it during the copy, and its traffic: a datastore a row. */
export const DATASTORE_COLUMNS = helper.columns([
  helper.accessor((r) => r.component.name, {
    id: 'datastore',
    header: 'Datastore',
    meta: { rowHeader: true },
    cell: ({ row: { original: r } }) => (
      <>
        <RowForm id={rowForm(r.component)} />
        {r.component.name}
      </>
    ),
  }),
  helper.accessor((r) => r.component.move, {
    id: 'move',
    header: 'Its data goes to',
    cell: ({ row: { original: r } }) => (
      <ChoiceSelect
        id={fieldId(`${at(r)}.move`)}
        form={rowForm(r.component)}
        label={`Where the data of ${r.component.name} goes`}
        value={r.component.move}
        choices={MOVES}
        onChange={(move) => edit(r.component.id, { move })}
      />
    ),
  }),
  helper.accessor((r) => r.component.changeSync, {
    id: 'changeSync',
    header: 'Writes during the copy reach it by',
    cell: ({ row: { original: r } }) => (
      <ChoiceSelect
        id={fieldId(`${at(r)}.changeSync`)}
        form={rowForm(r.component)}
        label={`How changes to ${r.component.name} reach the target`}
        value={r.component.changeSync}
        choices={SYNCS}
        disabled={r.component.move === 'unknown' || r.component.move === 'in-place'}
        onChange={(changeSync) => edit(r.component.id, { changeSync })}
      />
    ),
  }),
  helper.accessor((r) => r.component.readsPerSecond, {
    id: 'reads',
    header: 'Reads/s',
    cell: ({ row: { original: r } }) => (
      <OptionalNumberCell
        form={rowForm(r.component)}
        label={`Reads per second on ${r.component.name}`}
        value={r.component.readsPerSecond}
        onCommit={(v) => validRate(v) && edit(r.component.id, { readsPerSecond: v })}
      />
    ),
  }),
  helper.accessor((r) => r.component.writesPerSecond, {
    id: 'writes',
    header: 'Writes/s',
    cell: ({ row: { original: r } }) => (
      <OptionalNumberCell
        form={rowForm(r.component)}
        label={`Writes per second on ${r.component.name}`}
        value={r.component.writesPerSecond}
        onCommit={(v) => validRate(v) && edit(r.component.id, { writesPerSecond: v })}
      />
    ),
  }),
]);
