import { memo, useState } from 'react';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  FlexRender,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type PaginationState,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { COMPONENT_KINDS, COMPONENT_ROLES, type Component, type Plan } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { CheckCell, RowForm, SelectCell, TextCell } from '../../components/inline-cells';
import { editComponent, NameCell, QuantityCell, rowForm } from './component-cells';
import { addComponent, removeComponent } from './components-ops';
import { Pager } from '../../components/pager';
import { SortableTh } from '../../components/sortable-th';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
});
type Feats = typeof features;
const helper = createColumnHelper<Feats, Component>();

const edit = editComponent;

const columns = helper.columns([
  helper.accessor('name', {
    header: 'Name',
    sortFn: 'alphanumeric',
    cell: (c) => (
      <NameCell component={c.row.original} index={c.row.index} label={`Name of ${c.getValue()}`} />
    ),
  }),
  helper.accessor('kind', {
    header: 'Kind',
    sortFn: 'alphanumeric',
    cell: (c) => (
      <SelectCell
        form={rowForm(c.row.original.id)}
        label={`Kind of ${c.row.original.name}`}
        value={c.getValue()}
        options={COMPONENT_KINDS}
        onCommit={(v) => edit(c.row.original.id, { kind: v })}
      />
    ),
  }),
  helper.accessor('role', {
    header: 'Role',
    sortFn: 'alphanumeric',
    cell: (c) => (
      <SelectCell
        form={rowForm(c.row.original.id)}
        label={`Role of ${c.row.original.name}`}
        value={c.getValue()}
        options={COMPONENT_ROLES}
        onCommit={(v) => edit(c.row.original.id, { role: v })}
      />
    ),
  }),
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
  helper.accessor('rows', {
    header: 'Rows',
    sortFn: 'basic',
    enableGlobalFilter: false,
    cell: (c) => (
      <QuantityCell
        component={c.row.original}
        index={c.row.index}
        label={`Rows in ${c.row.original.name}`}
        field="rows"
        kind="count"
      />
    ),
  }),
  helper.accessor('avgRowBytes', {
    header: 'Avg row bytes',
    sortFn: 'basic',
    enableGlobalFilter: false,
    cell: (c) => (
      <QuantityCell
        component={c.row.original}
        index={c.row.index}
        label={`Average row bytes in ${c.row.original.name}`}
        field="avgRowBytes"
        kind="bytes"
      />
    ),
  }),
  helper.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    cell: (c) => (
      <>
        <RowForm id={rowForm(c.row.original.id)} />
        <button
          type="button"
          className="danger-quiet"
          aria-label={`Delete component ${c.row.original.name}`}
          onClick={() => useWorkbench.getState().planEdited((p) => removeComponent(p, c.row.original.id))}
        >
          Delete
        </button>
      </>
    ),
  }),
]);

// A row re-renders only when its own component changed: typing in one cell of a 2,000-row table stays fast.
const ComponentRow = memo(
  function ComponentRow({ row, index }: { row: Row<Feats, Component>; index: number; component: Component }) {
    return (
      <tr data-path={`assessment.components[${index}]`}>
        {row.getAllCells().map((cell) => (
          <td key={cell.id} className={`col-${cell.column.id}`}>
            <FlexRender cell={cell} />
          </td>
        ))}
      </tr>
    );
  },
  (a, b) => a.component === b.component && a.index === b.index,
);

export function ComponentsTable({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  // Pages keep a 2,000-component plan responsive: only one page of editable rows is in the DOM.
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 25 });
  const data = plan.assessment.components;
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (c) => c.id,
    state: { sorting, globalFilter, pagination },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onPaginationChange: setPagination,
    // Every keystroke replaces the data; that must not jump back to the first page.
    autoResetPageIndex: false,
    globalFilterFn: 'includesString',
  });
  const indexOf = new Map(data.map((c, i) => [c.id, i]));
  const rows = table.getRowModel().rows;

  return (
    <section
      className="card"
      aria-labelledby="components-heading"
      data-path="assessment.components"
      id="field-assessment-components"
      tabIndex={-1}
    >
      <div className="card-head">
        <h2 id="components-heading">
          Components <span className="muted">{data.length}</span>
        </h2>
        <div className="row">
          <label className="visually-hidden" htmlFor="components-filter">
            Filter components
          </label>
          <input
            id="components-filter"
            type="search"
            placeholder="Filter by name, kind, role or team"
            value={globalFilter}
            onChange={(e) => setGlobalFilter(e.target.value)}
          />
          <button
            type="button"
            className="primary"
            onClick={() => planEdited((p) => addComponent(p, getServices().newId()))}
          >
            Add component
          </button>
        </div>
      </div>
      {data.length === 0 ? (
        <p className="muted">
          List what the migration touches: the tables or stores it changes, and the services that consume
          them.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table edit-table" aria-label="Components">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <SortableTh
                      key={header.id}
                      className={`col-${header.column.id}`}
                      sorted={header.column.getIsSorted()}
                      canSort={header.column.id !== 'actions'}
                      onToggle={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                    </SortableTh>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {rows.map((row) => (
                <ComponentRow
                  key={row.id}
                  row={row}
                  component={row.original}
                  index={indexOf.get(row.original.id) ?? 0}
                />
              ))}
            </tbody>
          </table>
          {rows.length === 0 && globalFilter !== '' ? (
            <p className="muted">No component matches “{globalFilter}”.</p>
          ) : null}
          <Pager
            pageIndex={pagination.pageIndex}
            pageCount={table.getPageCount()}
            pageSize={pagination.pageSize}
            total={table.getFilteredRowModel().rows.length}
            onPage={(pageIndex) => setPagination((pg) => ({ ...pg, pageIndex }))}
            onSize={(pageSize) => setPagination({ pageIndex: 0, pageSize })}
          />
        </div>
      )}
    </section>
  );
}
