import { useMemo } from 'react';
import { DataTable } from '../../components/data-table';
import { dataTableColumns } from '../../components/data-table-features';
import { TableScroll } from '../../components/table-scroll';
import { useStaticTable } from '../../components/use-data-table';
import type { VerifyKeyDiff, VerifySegment } from '../../domain';
import { keyText, rangeText } from '../../verify';

const n = (v: number | null) => (v === null ? '—' : v.toLocaleString('en-US'));

const segment = dataTableColumns<VerifySegment>();
const key = dataTableColumns<VerifyKeyDiff>();

const DIFFERENCE: Record<VerifyKeyDiff['kind'], string> = {
  missing: 'missing in the target',
  extra: 'extra in the target',
  changed: 'changed',
};

/** The pieces of the last checksum or narrowing round whose rows still differ (the first 200). */
export function RangesTable(props: {
  keyColumns: string[];
  round: number | undefined;
  ranges: VerifySegment[];
}) {
  const { keyColumns } = props;
  const columns = useMemo(
    () =>
      segment.columns([
        segment.display({ id: 'range', header: 'Range', cell: (c) => rangeText(keyColumns, c.row.original) }),
        segment.accessor((s) => n(s.sourceRows), {
          id: 'source',
          header: 'Source rows',
          meta: { cellClass: 'num' },
        }),
        segment.accessor((s) => n(s.targetRows), {
          id: 'target',
          header: 'Target rows',
          meta: { cellClass: 'num' },
        }),
      ]),
    [keyColumns],
  );
  const data = useMemo(() => props.ranges.slice(0, 200), [props.ranges]);
  const table = useStaticTable({ columns, data });
  return (
    <TableScroll label="Mismatching ranges" title={`Mismatching ranges in round ${props.round ?? ''}`}>
      <DataTable table={table} label="Mismatching ranges" />
    </TableScroll>
  );
}

/** Every differing key found so far (the first 500), with the columns that differ. */
export function KeysTable(props: { keyColumns: string[]; differences: VerifyKeyDiff[] }) {
  const { keyColumns } = props;
  const columns = useMemo(
    () =>
      key.columns([
        key.accessor((d) => keyText(d.key), { id: 'key', header: keyText(keyColumns) }),
        key.accessor((d) => DIFFERENCE[d.kind], { id: 'difference', header: 'Difference' }),
        key.accessor((d) => d.columns.join(', '), { id: 'columns', header: 'Columns' }),
      ]),
    [keyColumns],
  );
  const data = useMemo(() => props.differences.slice(0, 500), [props.differences]);
  const table = useStaticTable({ columns, data, getRowId: (d) => `${d.kind}-${d.key.join('\u0000')}` });
  return (
    <TableScroll label="Differing keys" title={`Differing keys (${n(props.differences.length)})`}>
      <DataTable table={table} label="Differing keys" />
    </TableScroll>
  );
}
