import { DataTable } from '../../components/data-table';
import { dataTableColumns } from '../../components/data-table-features';
import { TableScroll } from '../../components/table-scroll';
import { useStaticTable } from '../../components/use-data-table';
import type { FileReport, SampledCount } from '../../integrity';
import { SAMPLE_LIMIT } from './check-form';
import { formatBytes, formatCount } from './format';

type FileRow = { title: string; file: FileReport };
const file = dataTableColumns<FileRow>();
const FILE_COLUMNS = file.columns([
  file.accessor('title', { header: 'Export', meta: { rowHeader: true } }),
  file.accessor((r) => r.file.name, { id: 'file', header: 'File' }),
  file.accessor((r) => formatBytes(r.file.bytes), { id: 'size', header: 'Size', meta: { cellClass: 'num' } }),
  file.accessor((r) => formatCount(r.file.rows), { id: 'rows', header: 'Rows', meta: { cellClass: 'num' } }),
  file.display({
    id: 'checksum',
    header: 'Row checksum',
    cell: (c) => <code>{c.row.original.file.checksum.split(':')[0]}</code>,
  }),
  file.display({
    id: 'digest',
    header: 'File digest (xxh64)',
    cell: (c) => <code>{c.row.original.file.bytesDigest}</code>,
  }),
  file.accessor(
    ({ file: f }) =>
      f.raggedRows + f.malformedRows === 0
        ? 'none'
        : `${formatCount(f.raggedRows)} ragged, ${formatCount(f.malformedRows)} malformed`,
    { id: 'odd', header: 'Odd rows', meta: { cellClass: 'num' } },
  ),
]);

/** Each file the check read: size, rows, the order-independent row checksum and the whole-file digest. */
export function FilesTable({ files }: { files: FileRow[] }) {
  const table = useStaticTable({ columns: FILE_COLUMNS, data: files, getRowId: (r) => r.title });
  return (
    <TableScroll label="Files read" title="Files read">
      <DataTable table={table} label="Files read" />
    </TableScroll>
  );
}

/** A finding's count and its first samples; `samples` null for a count that has none (NULL foreign keys). */
export type FindingRow = { label: string; count: number; samples: SampledCount | null };

function Samples({ count }: { count: SampledCount }) {
  if (count.count === 0) return <span className="muted">none</span>;
  // Orphan samples are distinct values, so a count above the sample list does not by itself mean "more".
  const more = count.samples.length >= SAMPLE_LIMIT && count.count > count.samples.length ? ' …' : '';
  return (
    <span className="export-check-samples">
      {count.samples.map((s, i) => (
        <code key={`${i}-${s}`}>{s}</code>
      ))}
      {more}
    </span>
  );
}

const finding = dataTableColumns<FindingRow>();
const findingColumns = (samplesHeader: string) =>
  finding.columns([
    finding.accessor('label', { header: 'Finding', meta: { rowHeader: true } }),
    finding.accessor((r) => formatCount(r.count), {
      id: 'count',
      header: 'Count',
      meta: { cellClass: 'num' },
    }),
    finding.display({
      id: 'samples',
      header: samplesHeader,
      cell: ({ row: { original: r } }) =>
        r.samples ? <Samples count={r.samples} /> : <span className="muted">not orphans</span>,
    }),
  ]);
const KEY_COLUMNS = findingColumns('First keys');
const VALUE_COLUMNS = findingColumns('First values');

/** Counts first, samples beside them; a finding with any count is marked. */
export function FindingsTable(props: { title: string; rows: FindingRow[]; samples: 'keys' | 'values' }) {
  const table = useStaticTable({
    columns: props.samples === 'keys' ? KEY_COLUMNS : VALUE_COLUMNS,
    data: props.rows,
    getRowId: (r) => r.label,
  });
  return (
    <TableScroll label={props.title} title={props.title}>
      <DataTable
        table={table}
        label={props.title}
        rowAttributes={(r) => (r.samples && r.count > 0 ? { className: 'export-check-differs' } : {})}
      />
    </TableScroll>
  );
}

/** A sampled count as a finding row. */
export const sampled = (label: string, count: SampledCount): FindingRow => ({
  label,
  count: count.count,
  samples: count,
});
