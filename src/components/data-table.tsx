import { memo, type ReactNode } from 'react';
import { FlexRender, type Row, type RowData } from '@tanstack/react-table';
import type { ReactTable } from '@tanstack/react-table';
import type { DataTableFeatures } from './data-table-features';
import { SortableTh } from './sortable-th';
import { useFirstRows } from './use-first-rows';

/** What a body row carries besides its cells: the plan path a finding focuses, a tone. */
export type RowAttributes = { className?: string; 'data-path'?: string };

export type DataTableProps<TData extends RowData> = {
  table: ReactTable<DataTableFeatures, TData>;
  /** The table's accessible name, where no heading or region names it already. */
  label?: string;
  /** Classes besides `data-table` (`edit-table` for inline editing). */
  className?: string;
  /** False while the rows are not all there yet (the drafts list's first page): the headers do not sort. */
  sortable?: boolean;
  rowAttributes?: (original: TData, index: number) => RowAttributes;
  /**
   * Rows of the page to draw in the table's first frame; the rest follow a pass later (use-first-rows.ts).
   * For a long page below the fold. `listPath` is the plan path of its rows' list (`assessment.components`).
   */
  firstRows?: { count: number; listPath: string };
};

/**
 * Every table of the app: headers that sort where the table does (SortableTh), one body row per row of
 * the current page, a cell per column with `col-<id>` for its width, `<th scope="row">` where a column
 * names its row, and row spans where a column merges rows. The markup is this component's; what a
 * cell shows is its column's.
 */
export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  const { table } = props;
  const columns = table.options.columns;
  const first = useFirstRows(props.firstRows?.count, props.firstRows?.listPath);
  return (
    <table
      ref={first.ref}
      className={props.className ? `data-table ${props.className}` : 'data-table'}
      aria-label={props.label}
      data-drawing={first.drawing}
    >
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <SortableTh
                key={header.id}
                className={`col-${header.column.id}`}
                sorted={header.column.getIsSorted()}
                canSort={props.sortable !== false && header.column.getCanSort()}
                onToggle={header.column.getToggleSortingHandler()}
              >
                <FlexRender header={header} />
              </SortableTh>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table
          .getRowModel()
          .rows.slice(0, first.limit)
          .map((row) => (
            <BodyRow
              key={row.id}
              row={row}
              original={row.original}
              columns={columns}
              attributes={props.rowAttributes?.(row.original, row.index)}
              spans={row
                .getAllCells()
                .map((cell) => cell.getRowSpan())
                .join()}
            />
          ))}
      </tbody>
    </table>
  );
}

type BodyRowProps<TData extends RowData> = {
  row: Row<DataTableFeatures, TData>;
  /** Compared by identity: the row is drawn again only when its data, columns, attributes or spans change. */
  original: TData;
  columns: unknown;
  attributes: RowAttributes | undefined;
  spans: string;
};

function BodyRowView<TData extends RowData>({ row, attributes }: BodyRowProps<TData>) {
  return (
    <tr {...attributes}>
      {row.getAllCells().map((cell) => {
        if (cell.getIsCovered()) return null;
        const meta = cell.column.columnDef.meta;
        const extra = typeof meta?.cellClass === 'function' ? meta.cellClass(row.original) : meta?.cellClass;
        const className = extra ? `col-${cell.column.id} ${extra}` : `col-${cell.column.id}`;
        const span = cell.getRowSpan();
        const spanning = span > 1 ? { rowSpan: span } : {};
        return meta?.rowHeader ? (
          <th key={cell.id} scope="row" className={className} {...spanning}>
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id} className={className} {...spanning}>
            <FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );
}

/** React's memo keeps the props of the component it wraps, generics included. */
const memoRow: <P extends object>(
  component: (props: P) => ReactNode,
  same: (a: Readonly<P>, b: Readonly<P>) => boolean,
) => (props: P) => ReactNode = memo;

// Typing in one cell of a 2,000-row table redraws that row only: every other row's data is the same object.
const BodyRow = memoRow(
  BodyRowView,
  (a, b) =>
    a.original === b.original &&
    a.columns === b.columns &&
    a.spans === b.spans &&
    a.attributes?.className === b.attributes?.className &&
    a.attributes?.['data-path'] === b.attributes?.['data-path'],
);
