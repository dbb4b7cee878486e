import { useMemo } from 'react';
import { DataTable } from '../../components/data-table';
import { Pager } from '../../components/pager';
import { TableFilter } from '../../components/table-filter';
import { useListTable } from '../../components/use-data-table';
import { DRAFTS_PAGE_SIZE, type DraftSummary } from '../../state';
import { draftsColumns } from './drafts-columns';

const count = (n: number) => `${n.toLocaleString('en-US')} draft${n === 1 ? '' : 's'}`;
const NEWEST_FIRST = [{ id: 'updatedAt', desc: true }];

/**
 * The drafts list, one page at a time. `complete` is false while only the newest page has been read
 * (the first visit): that page is shown at once, and sorting, filtering and paging, which need every
 * draft, wait the moment it takes to read the rest.
 */
export function DraftsTable(props: { drafts: DraftSummary[]; total: number; complete: boolean; now: Date }) {
  const columns = useMemo(() => draftsColumns(props.now), [props.now]);
  const list = useListTable({
    columns,
    data: props.drafts,
    getRowId: (d) => d.id,
    sorting: NEWEST_FIRST,
    pageSize: DRAFTS_PAGE_SIZE,
  });

  return (
    <section className="drafts-list" aria-label="Drafts" aria-busy={props.complete ? undefined : true}>
      <div className="drafts-list-head">
        <p className="drafts-count" aria-live="polite">
          {list.filter === ''
            ? count(props.total)
            : `${list.matching.toLocaleString('en-US')} of ${count(props.total)} match`}
        </p>
        <TableFilter
          id="drafts-filter"
          label="Filter drafts"
          className="drafts-filter"
          placeholder="Filter by title, strategy or readiness"
          value={list.filter}
          disabled={!props.complete}
          onChange={list.setFilter}
        />
      </div>
      <div className="table-scroll">
        <DataTable table={list.table} className="drafts-table" sortable={props.complete} />
      </div>
      {list.matching === 0 ? <p className="muted">No draft matches “{list.filter}”.</p> : null}
      {props.complete ? <Pager {...list.pager} /> : null}
    </section>
  );
}
