import { dataTableColumns } from '../../components/data-table-features';
import { Link } from '../../components/router';
import { planPath } from '../../components/routes';
import type { DraftSummary } from '../../state';
import { DraftRowActions } from './draft-row-actions';
import { readinessLabel, relativeTime, strategyLabel } from './format';

const helper = dataTableColumns<DraftSummary>();

export function draftsColumns(now: Date) {
  return helper.columns([
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
      // ISO timestamps in UTC order correctly as plain strings; no need to split them into chunks.
      sortFn: 'basic',
      // An ISO timestamp is not what a person types to find a draft.
      enableGlobalFilter: false,
      cell: (info) => <time dateTime={info.getValue()}>{relativeTime(info.getValue(), now)}</time>,
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
  ]);
}
