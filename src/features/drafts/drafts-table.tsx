import { useMemo, useState } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { Link } from '../../components/router';
import { SortableTh } from '../../components/sortable-th';
import { planPath } from '../../components/routes';
import type { DraftSummary } from '../../state';
import { DraftRowActions } from './draft-row-actions';
import { readinessLabel, relativeTime, strategyLabel } from './format';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});
const helper = createColumnHelper<typeof features, DraftSummary>();

export function DraftsTable(props: { drafts: DraftSummary[]; now: Date }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'updatedAt', desc: true }]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('title', {
          header: 'Title',
          sortFn: 'text',
          cell: (info) => (
            <Link className="draft-title" href={planPath(info.row.original.id)}>
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor((d) => strategyLabel(d.strategy), {
          id: 'strategy',
          header: 'Strategy',
          sortFn: 'text',
        }),
        helper.accessor('updatedAt', {
          header: 'Last edited',
          sortFn: 'alphanumeric',
          cell: (info) => <time dateTime={info.getValue()}>{relativeTime(info.getValue(), props.now)}</time>,
        }),
        helper.accessor((d) => readinessLabel(d.readiness).text, {
          id: 'readiness',
          header: 'Readiness',
          sortFn: 'text',
          cell: (info) => {
            const label = readinessLabel(info.row.original.readiness);
            return <span className={`badge badge-${label.tone}`}>{label.text}</span>;
          },
        }),
        helper.display({
          id: 'actions',
          header: () => <span className="visually-hidden">Actions</span>,
          cell: (info) => <DraftRowActions draft={info.row.original} />,
        }),
      ]),
    [props.now],
  );
  const table = useTable({
    features,
    columns,
    data: props.drafts,
    state: { sorting },
    onSortingChange: setSorting,
  });

  return (
    <table className="data-table drafts-table">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              return (
                <SortableTh
                  key={header.id}
                  sorted={header.column.getIsSorted()}
                  canSort={header.column.getCanSort() && header.column.id !== 'actions'}
                  onToggle={header.column.getToggleSortingHandler()}
                >
                  <table.FlexRender header={header} />
                </SortableTh>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
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
  );
}
