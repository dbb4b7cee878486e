import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table';
import { dataTableColumns } from './data-table-features';
import { useListTable, useStaticTable } from './use-data-table';

type Line = { id: string; group: string; name: string; size: number };
const helper = dataTableColumns<Line>();
const columns = helper.columns([
  helper.accessor('group', {
    header: 'Group',
    meta: { rowHeader: true },
    spanRows: ({ anchorRow, row }) => anchorRow.original.group === row.original.group,
  }),
  helper.accessor('name', { header: 'Name', sortFn: 'text' }),
  helper.accessor('size', {
    header: 'Size',
    sortFn: 'basic',
    meta: { cellClass: (l) => (l.size > 9 ? 'num big' : 'num') },
  }),
]);
const lines: Line[] = [
  { id: 'a', group: 'g1', name: 'beta', size: 3 },
  { id: 'b', group: 'g1', name: 'alpha', size: 12 },
  { id: 'c', group: 'g2', name: 'gamma', size: 5 },
];

function Static() {
  const table = useStaticTable({ columns, data: lines, getRowId: (l) => l.id });
  return <DataTable table={table} label="Lines" rowAttributes={(_, i) => ({ 'data-path': `lines[${i}]` })} />;
}

function List(props: { pageSize: number; sortable?: boolean; firstRows?: number }) {
  const list = useListTable({
    columns,
    data: lines,
    getRowId: (l) => l.id,
    pageSize: props.pageSize,
    sorting: [{ id: 'name', desc: false }],
  });
  const firstRows = props.firstRows === undefined ? undefined : { count: props.firstRows, listPath: 'lines' };
  return <DataTable table={list.table} sortable={props.sortable} firstRows={firstRows} />;
}

const rows = (html: string) => html.split('<tbody>')[1]?.split('</tr>').slice(0, -1) ?? [];

describe('DataTable', () => {
  it('names its rows by the row-header column, merges spanned cells and classes each cell', () => {
    const html = renderToStaticMarkup(<Static />);
    expect(html).toContain('<table class="data-table" aria-label="Lines">');
    const [first, second, third] = rows(html);
    // g1 spans its two rows: the second row has no cell of its own in that column.
    expect(first).toContain('<tr data-path="lines[0]"><th scope="row" class="col-group" rowSpan="2">g1</th>');
    expect(second).toBe(
      '<tr data-path="lines[1]"><td class="col-name">alpha</td><td class="col-size num big">12</td>',
    );
    expect(third).toContain('<th scope="row" class="col-group">g2</th>');
    // Rows keep the given order; nothing sorts.
    expect(html).not.toContain('sort-button');
  });

  it('sorts a list by its headers and shows one page', () => {
    const html = renderToStaticMarkup(<List pageSize={2} />);
    expect(html).toContain(
      '<th scope="col" aria-sort="ascending" class="col-name"><button type="button" class="sort-button">Name',
    );
    // alpha, beta on the first page of two; gamma is on the next.
    expect(rows(html).map((r) => /col-name">(\w+)/.exec(r)?.[1])).toEqual(['alpha', 'beta']);
  });

  it('draws only its first rows in its first frame, and says which list is still being drawn', () => {
    const first = renderToStaticMarkup(<List pageSize={25} firstRows={2} />);
    expect(rows(first).map((r) => /col-name">(\w+)/.exec(r)?.[1])).toEqual(['alpha', 'beta']);
    expect(first).toContain('data-drawing="lines"');
    const whole = renderToStaticMarkup(<List pageSize={25} />);
    expect(rows(whole)).toHaveLength(3);
    expect(whole).not.toContain('data-drawing');
  });

  it('leaves the headers unsortable while the rows are not all there', () => {
    expect(renderToStaticMarkup(<List pageSize={25} sortable={false} />)).not.toContain('sort-button');
  });
});
