import { useState } from 'react';
import { useTable, type PaginationState, type RowData, type SortingState } from '@tanstack/react-table';
import { dataTableFeatures, type DataTableColumns } from './data-table-features';

type TableInput<TData extends RowData> = {
  /** Stable: module scope or a memo. A new array re-mounts every cell (an input being typed in loses focus). */
  columns: DataTableColumns<TData>;
  data: TData[];
  getRowId?: (original: TData, index: number) => string;
};

/** A table shown as it is given: every row, in the given order. */
export function useStaticTable<TData extends RowData>(input: TableInput<TData>) {
  return useTable({
    features: dataTableFeatures,
    columns: input.columns,
    data: input.data,
    ...(input.getRowId ? { getRowId: input.getRowId } : {}),
    enableSorting: false,
    enableGlobalFilter: false,
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
  });
}

/**
 * A long list: sorted by its headers, narrowed by a text filter, one page at a time. A new order or a new
 * filter starts from the first page; an edit or a delete keeps the page, and a page left empty (the last
 * row of the last page deleted) gives way to the one before it.
 */
export function useListTable<TData extends RowData>(
  input: TableInput<TData> & { pageSize: number; sorting?: SortingState },
) {
  const [sorting, setSorting] = useState<SortingState>(input.sorting ?? []);
  const [filter, setFilter] = useState('');
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: input.pageSize });
  const toFirstPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }));
  const table = useTable({
    features: dataTableFeatures,
    columns: input.columns,
    data: input.data,
    ...(input.getRowId ? { getRowId: input.getRowId } : {}),
    state: { sorting, globalFilter: filter, pagination },
    onSortingChange: (next) => {
      setSorting(next);
      toFirstPage();
    },
    onGlobalFilterChange: setFilter,
    onPaginationChange: setPagination,
    // Every keystroke in an editable table replaces the data; that must not jump back to the first page.
    autoResetPageIndex: false,
    globalFilterFn: 'includesString',
  });
  const matching = table.getFilteredRowModel().rows.length;
  const pageCount = table.getPageCount();
  if (pagination.pageIndex > 0 && pagination.pageIndex >= pageCount)
    setPagination((p) => ({ ...p, pageIndex: Math.max(0, pageCount - 1) }));
  return {
    table,
    filter,
    /** How many rows the filter lets through, on every page. */
    matching,
    setFilter: (text: string) => {
      setFilter(text);
      toFirstPage();
    },
    /** The Pager's props. */
    pager: {
      pageIndex: pagination.pageIndex,
      pageCount,
      pageSize: pagination.pageSize,
      total: matching,
      onPage: (pageIndex: number) => setPagination((p) => ({ ...p, pageIndex })),
      onSize: (pageSize: number) => setPagination({ pageIndex: 0, pageSize }),
    },
  };
}
