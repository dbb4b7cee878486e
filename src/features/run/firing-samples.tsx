import { DataTable } from '../../components/data-table';
import { dataTableColumns } from '../../components/data-table-features';
import { useStaticTable } from '../../components/use-data-table';
import type { MetricsSample, RollbackTrigger } from '../../domain';
import { readingOf } from '../../engine';
import { when } from './when';

type SampleRow = {
  index: number;
  sample: MetricsSample | undefined;
  observed: number | null;
  baseline: number | null;
};

const helper = dataTableColumns<SampleRow>();
const COLUMNS = helper.columns([
  helper.accessor((r) => (r.sample ? when(r.sample.at) : `#${r.index + 1}`), {
    id: 'sample',
    header: 'Sample',
  }),
  helper.accessor((r) => r.observed ?? '—', { id: 'value', header: 'Value', meta: { cellClass: 'num' } }),
  helper.accessor((r) => r.baseline ?? '—', {
    id: 'baseline',
    header: 'Baseline',
    meta: { cellClass: 'num' },
  }),
]);

/** The samples that fired a trigger: when, the value read for it, and the baseline it was held against. */
export function FiringSamples(props: {
  ruleId: string;
  trigger: RollbackTrigger;
  sampleIndexes: number[];
  metrics: MetricsSample[];
}) {
  const data = props.sampleIndexes.map((index): SampleRow => {
    const sample = props.metrics[index];
    const reading = sample ? readingOf(props.trigger, sample) : null;
    return { index, sample, observed: reading?.observed ?? null, baseline: reading?.baseline ?? null };
  });
  const table = useStaticTable({ columns: COLUMNS, data, getRowId: (r) => String(r.index) });
  return <DataTable table={table} label={`Samples that fired ${props.ruleId}`} className="firing-samples" />;
}
