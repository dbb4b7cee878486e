import { dataTableColumns } from '../../components/data-table-features';
import { fieldId } from '../../components/field';
import { choicesOf, ChoiceSelect, type Choices } from '../../components/controls';
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

/** A column that picks the datastore's `key` from `choices`; the select has the field's id, for findings. */
const choiceColumn = <K extends 'move' | 'changeSync'>(
  key: K,
  header: string,
  choices: Choices<Component[K]>,
  label: (name: string) => string,
  disabled?: (c: Component) => boolean,
) =>
  helper.accessor((r) => r.component[key], {
    id: key,
    header,
    cell: ({ row: { original: r } }) => (
      <ChoiceSelect
        id={fieldId(`${at(r)}.${key}`)}
        form={rowForm(r.component)}
        label={label(r.component.name)}
        value={r.component[key]}
        choices={choices}
        disabled={disabled?.(r.component)}
        onChange={(v) => edit(r.component.id, { [key]: v })}
      />
    ),
  });

/** The datastore's traffic, per second: empty while it is not known. */
const rateColumn = (
  id: 'reads' | 'writes',
  key: 'readsPerSecond' | 'writesPerSecond',
  header: string,
  label: (name: string) => string,
) =>
  helper.accessor((r) => r.component[key], {
    id,
    header,
    cell: ({ row: { original: r } }) => (
      <OptionalNumberCell
        form={rowForm(r.component)}
        label={label(r.component.name)}
        value={r.component[key]}
        onCommit={(v) => validRate(v) && edit(r.component.id, { [key]: v })}
      />
    ),
  });

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
  choiceColumn('move', 'Its data goes to', MOVES, (name) => `Where the data of ${name} goes`),
  choiceColumn(
    'changeSync',
    'Writes during the copy reach it by',
    SYNCS,
    (name) => `How changes to ${name} reach the target`,
    (c) => c.move === 'unknown' || c.move === 'in-place',
  ),
  rateColumn('reads', 'readsPerSecond', 'Reads/s', (name) => `Reads per second on ${name}`),
  rateColumn('writes', 'writesPerSecond', 'Writes/s', (name) => `Writes per second on ${name}`),
]);
