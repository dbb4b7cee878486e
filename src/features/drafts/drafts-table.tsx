import { useMemo, useState } from 'react';
import { useTable, type PaginationState, type SortingState } from '@tanstack/react-table';
import { Pager } from '../../components/pager';
import { SortableTh } from '../../components/sortable-th';
import { DRAFTS_PAGE_SIZE, type DraftSummary } from '../../state';
import { draftsColumns, draftsFeatures } from './drafts-columns';

const count = (n: number) => `${n.toLocaleString('en-US')} draft${n === 1 ? '' : 's'}`;

/**
 * The drafts list, one page at a time. `complete` is false while only the newest page has been read
 * (the first visit): that page is shown at once, and sorting, filtering and paging, which need every
 * draft, wait the moment it takes to read the rest.
 */
export function DraftsTable(props: { drafts: DraftSummary[]; total: number; complete: boolean; now: Date }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'updatedAt', desc: true }]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [pagination, setPagination] = useState<PaginationState>({
    pageIndex: 0,
    pageSize: DRAFTS_PAGE_SIZE,
  });
  const columns = useMemo(() => draftsColumns(props.now), [props.now]);
  const table = useTable({
    features: draftsFeatures,
    columns,
    data: props.drafts,
    getRowId: (d) => d.id,
    state: { sorting, globalFilter, pagination },
    // A new order or a new filter starts from the first page; a rename or delete keeps the page.
    onSortingChange: (next) => {
      setSorting(next);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onGlobalFilterChange: setGlobalFilter,
    onPaginationChange: setPagination,
    autoResetPageIndex: false,
    globalFilterFn: 'includesString',
  });
  const matching = table.getFilteredRowModel().rows.length;
  const pageCount = table.getPageCount();
  // Deleting the last draft of the last page would leave an empty page: show the one before it.
  if (pagination.pageIndex > 0 && pagination.pageIndex >= pageCount)
    setPagination((p) => ({ ...p, pageIndex: Math.max(0, pageCount - 1) }));
  const rows = table.getRowModel().rows;

  return (
    <section className="drafts-list" aria-label="Drafts" aria-busy={props.complete ? undefined : true}>
      <div className="drafts-list-head">
        <p className="drafts-count" aria-live="polite">
          {globalFilter === ''
            ? count(props.total)
            : `${matching.toLocaleString('en-US')} of ${count(props.total)} match`}
        </p>
        <label className="visually-hidden" htmlFor="drafts-filter">
          Filter drafts
        </label>
        <input
          id="drafts-filter"
          type="search"
          className="drafts-filter"
          placeholder="Filter by title, strategy or readiness"
          value={globalFilter}
          disabled={!props.complete}
          onChange={(e) => {
            setGlobalFilter(e.target.value);
            setPagination((p) => ({ ...p, pageIndex: 0 }));
          }}
        />
      </div>
      <div className="table-scroll">
        <table className="data-table drafts-table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <SortableTh
                    key={header.id}
                    sorted={header.column.getIsSorted()}
                    canSort={props.complete && header.column.getCanSort() && header.column.id !== 'actions'}
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
              <tr key={row.id} data-draft-id={row.original.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matching === 0 ? <p className="muted">No draft matches “{globalFilter}”.</p> : null}
      {props.complete ? (
        <Pager
          pageIndex={pagination.pageIndex}
          pageCount={pageCount}
          pageSize={pagination.pageSize}
          total={matching}
          onPage={(pageIndex) => setPagination((p) => ({ ...p, pageIndex }))}
          onSize={(pageSize) => setPagination({ pageIndex: 0, pageSize })}
        />
      ) : null}
    </section>
  );
}
