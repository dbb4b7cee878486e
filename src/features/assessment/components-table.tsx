import { RemoveButton } from '../../components/controls';
import { DataTable } from '../../components/data-table';
import { dataTableColumns } from '../../components/data-table-features';
import { Pager } from '../../components/pager';
import { PlanSection } from '../../components/plan-section';
import { TableFilter } from '../../components/table-filter';
import { useListTable } from '../../components/use-data-table';
import { COMPONENT_KINDS, COMPONENT_ROLES, type Component, type Plan } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { CheckCell, RowForm, SelectCell, TextCell } from '../../components/inline-cells';
import { editComponent, NameCell, QuantityCell, rowForm } from './component-cells';
import { addComponent, removeComponent } from './components-ops';

const helper = dataTableColumns<Component>();

const edit = editComponent;

/** A column whose cell picks the component's `key` from `options`. */
const choiceColumn = <K extends 'kind' | 'role'>(key: K, header: string, options: readonly Component[K][]) =>
  helper.accessor((c) => c[key], {
    id: key,
    header,
    sortFn: 'alphanumeric',
    cell: ({ row: { original: c } }) => (
      <SelectCell
        form={rowForm(c.id)}
        label={`${header} of ${c.name}`}
        value={c[key]}
        options={options}
        onCommit={(v) => edit(c.id, { [key]: v })}
      />
    ),
  });

/** A size typed as people write it ("180M", "1 KiB"), kept as typed with why when it does not read. */
const quantityColumn = (
  field: 'rows' | 'avgRowBytes',
  header: string,
  label: (name: string) => string,
  kind: 'count' | 'bytes',
) =>
  helper.accessor((c) => c[field], {
    id: field,
    header,
    sortFn: 'basic',
    enableGlobalFilter: false,
    cell: (c) => (
      <QuantityCell
        component={c.row.original}
        index={c.row.index}
        label={label(c.row.original.name)}
        field={field}
        kind={kind}
      />
    ),
  });

const columns = helper.columns([
  helper.accessor('name', {
    header: 'Name',
    sortFn: 'alphanumeric',
    cell: (c) => (
      <NameCell component={c.row.original} index={c.row.index} label={`Name of ${c.getValue()}`} />
    ),
  }),
  choiceColumn('kind', 'Kind', COMPONENT_KINDS),
  choiceColumn('role', 'Role', COMPONENT_ROLES),
  helper.accessor('ownerTeam', {
    header: 'Owner team',
    sortFn: 'alphanumeric',
    cell: (c) => (
      <TextCell
        form={rowForm(c.row.original.id)}
        label={`Owner team of ${c.row.original.name}`}
        value={c.getValue()}
        onCommit={(v) => edit(c.row.original.id, { ownerTeam: v })}
      />
    ),
  }),
  helper.accessor('stateful', {
    header: 'Stateful',
    sortFn: 'basic',
    enableGlobalFilter: false,
    cell: (c) => (
      <CheckCell
        form={rowForm(c.row.original.id)}
        label={`${c.row.original.name} is stateful`}
        value={c.getValue()}
        onCommit={(v) => edit(c.row.original.id, { stateful: v })}
      />
    ),
  }),
  quantityColumn('rows', 'Rows', (name) => `Rows in ${name}`, 'count'),
  quantityColumn('avgRowBytes', 'Avg row bytes', (name) => `Average row bytes in ${name}`, 'bytes'),
  helper.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    cell: (c) => (
      <>
        <RowForm id={rowForm(c.row.original.id)} />
        <RemoveButton
          word="Delete"
          label={`Delete component ${c.row.original.name}`}
          onClick={() => useWorkbench.getState().planEdited((p) => removeComponent(p, c.row.original.id))}
        />
      </>
    ),
  }),
]);

const FIRST_ROWS = { count: 10, listPath: 'assessment.components' };

export function ComponentsTable({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const data = plan.assessment.components;
  // Pages keep a 2,000-component plan responsive: only one page of editable rows is in the DOM.
  const list = useListTable({ columns, data, getRowId: (c) => c.id, pageSize: 25 });

  return (
    <PlanSection
      path="assessment.components"
      headingId="components-heading"
      heading="Components"
      count={data.length}
      focusable
      actions={
        <div className="row">
          <TableFilter
            id="components-filter"
            label="Filter components"
            placeholder="Filter by name, kind, role or team"
            value={list.filter}
            onChange={list.setFilter}
          />
          <button
            type="button"
            className="primary"
            onClick={() => planEdited((p) => addComponent(p, getServices().newId()))}
          >
            Add component
          </button>
        </div>
      }
    >
      {data.length === 0 ? (
        <p className="muted">
          List what the migration touches: the tables or stores it changes, and the services that consume
          them.
        </p>
      ) : (
        <div className="table-scroll">
          <DataTable
            table={list.table}
            label="Components"
            className="edit-table"
            rowAttributes={(_, index) => ({ 'data-path': `assessment.components[${index}]` })}
            // A plan opened on this step paints its top first: the table starts below the fold.
            firstRows={FIRST_ROWS}
          />
          {list.matching === 0 && list.filter !== '' ? (
            <p className="muted">No component matches “{list.filter}”.</p>
          ) : null}
          <Pager {...list.pager} />
        </div>
      )}
    </PlanSection>
  );
}
