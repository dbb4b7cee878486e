import {
  cellSpanningFeature,
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type CellData,
  type RowData,
  type TableFeatures,
  type TableOptions,
} from '@tanstack/react-table';

/**
 * The one feature set of every table in the app: sorting, a text filter and pages where a list asks for
 * them (use-data-table.ts), and cells that span rows (a SQL statement beside each of its findings).
 * Sorting and filtering run over the rows in memory; only the current page is rendered.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  cellSpanningFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
  filterFns: { includesString: filterFn_includesString },
});
export type DataTableFeatures = typeof dataTableFeatures;

/** The typed column builder of a DataTable over `TData`. */
export const dataTableColumns = <TData extends RowData>() => createColumnHelper<DataTableFeatures, TData>();

export type DataTableColumns<TData extends RowData> = TableOptions<DataTableFeatures, TData>['columns'];

// A merged declaration repeats the library's type parameters by name, used or not.
/* eslint-disable @typescript-eslint/no-unused-vars */
declare module '@tanstack/table-core' {
  interface ColumnMeta<
    in out TFeatures extends TableFeatures,
    in out TData extends RowData,
    TValue extends CellData = CellData,
  > {
    /** Classes of the column's body cells beside `col-<id>` (e.g. `num`), or of each row's cell. */
    cellClass?: string | ((original: TData) => string);
    /** The column names its row: its body cells are `<th scope="row">`. */
    rowHeader?: boolean;
  }
}
/* eslint-enable @typescript-eslint/no-unused-vars */
