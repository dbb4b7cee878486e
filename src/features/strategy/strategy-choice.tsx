import { useMemo } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { DataTable } from '../../components/data-table';
import { dataTableColumns } from '../../components/data-table-features';
import { TableScroll } from '../../components/table-scroll';
import { useStaticTable } from '../../components/use-data-table';
import type { DeploymentStrategy } from '../../domain';
import type { StrategyRecommendation } from '../../engine';
import { STRATEGY_TABLE } from './strategy-table';

/** A row of the spec's strategy table, with what the engine made of the strategy for this plan. */
type StrategyRow = (typeof STRATEGY_TABLE)[number] & { recommended: boolean; score: number | undefined };

/**
 * The first choice carries the deployment field's id, so a finding about the field focuses the group;
 * every other choice has an id of its own for its label.
 */
const choiceId = (index: number, id: DeploymentStrategy) =>
  index === 0 ? 'field-strategy-deployment' : `strategy-${id}`;

const helper = dataTableColumns<StrategyRow>();

/**
 * The spec's columns, a radio button a row to choose the strategy (one group: the buttons share the
 * form field's name, so arrow keys move between them), named by the strategy in its row header.
 */
const strategyColumns = (deployment: UseFormRegisterReturn<'deployment'>) =>
  helper.columns([
    helper.display({
      id: 'choose',
      header: 'Choose',
      cell: ({ row }) => (
        <input
          type="radio"
          value={row.original.id}
          id={choiceId(row.index, row.original.id)}
          aria-label={row.original.name}
          {...deployment}
        />
      ),
    }),
    helper.accessor('name', {
      id: 'strategy',
      header: 'Strategy',
      meta: { rowHeader: true },
      cell: ({ row }) => <label htmlFor={choiceId(row.index, row.original.id)}>{row.original.name}</label>,
    }),
    helper.accessor('downtime', { header: 'Downtime' }),
    helper.accessor('complexity', { header: 'Complexity' }),
    helper.accessor('risk', { header: 'Risk' }),
    helper.accessor('bestFor', { header: 'Best for' }),
    helper.display({
      id: 'engine',
      header: 'Engine',
      cell: ({ row: { original: r } }) =>
        r.recommended ? (
          <span className="badge badge-ok">Recommended</span>
        ) : (
          <span className="muted">score {r.score}</span>
        ),
    }),
  ]);

/** The strategy table to choose from: the chosen row and the engine's recommendation marked. */
export function StrategyChoice(props: {
  /** The form's `register`, the same for the form's life. */
  register: (name: 'deployment') => UseFormRegisterReturn<'deployment'>;
  chosen: DeploymentStrategy | '';
  recommendation: StrategyRecommendation;
}) {
  const { register, chosen, recommendation } = props;
  // Columns built once: new ones would re-mount the radio buttons, which lose their checked state.
  const columns = useMemo(() => strategyColumns(register('deployment')), [register]);
  const data = useMemo(() => {
    const scoreOf = new Map(recommendation.ranked.map((r) => [r.strategy, r.score]));
    return STRATEGY_TABLE.map((row) => ({
      ...row,
      recommended: row.id === recommendation.recommended,
      score: scoreOf.get(row.id),
    }));
  }, [recommendation]);
  const table = useStaticTable({ columns, data, getRowId: (r) => r.id });
  return (
    <TableScroll label="Deployment strategies">
      <DataTable
        table={table}
        className="strategy-table"
        rowAttributes={(r) => ({
          className: `${chosen === r.id ? 'row-chosen' : ''} ${r.recommended ? 'row-recommended' : ''}`,
        })}
      />
    </TableScroll>
  );
}
