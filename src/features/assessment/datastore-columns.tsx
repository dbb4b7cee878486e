import { dataTableColumns } from '../../components/data-table-features';
import { fieldId } from '../../components/field';
import { OptionalNumberCell, optionOf, RowForm } from '../../components/inline-cells';
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

const edit = (id: string, patch: Partial<Omit<Component, 'id'>>) =>
  useWorkbench.getState().planEdited((p) => updateComponent(p, id, patch));

function Choice<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  form: string;
  disabled?: boolean;
  onCommit: (value: T) => void;
}) {
  return (
    <select
      id={props.id}
      form={props.form}
      aria-label={props.label}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => {
        const picked = optionOf(props.options, e.target.value);
        if (picked !== undefined) props.onCommit(picked);
      }}
    >
      {props.options.map((o) => (
        <option key={o} value={o}>
          {props.labels[o]}
        </option>
      ))}
    </select>
  );
}

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
      <Choice
        id={fieldId(`${at(r)}.move`)}
        form={rowForm(r.component)}
        label={`Where the data of ${r.component.name} goes`}
        value={r.component.move}
        options={DATA_MOVES}
        labels={MOVE_LABELS}
        onCommit={(move) => edit(r.component.id, { move })}
      />
    ),
  }),
  helper.accessor((r) => r.component.changeSync, {
    id: 'changeSync',
    header: 'Writes during the copy reach it by',
    cell: ({ row: { original: r } }) => (
      <Choice
        id={fieldId(`${at(r)}.changeSync`)}
        form={rowForm(r.component)}
        label={`How changes to ${r.component.name} reach the target`}
        value={r.component.changeSync}
        options={CHANGE_SYNCS}
        labels={SYNC_LABELS}
        disabled={r.component.move === 'unknown' || r.component.move === 'in-place'}
        onCommit={(changeSync) => edit(r.component.id, { changeSync })}
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
