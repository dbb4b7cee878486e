import { Checkbox, type Choices, ChoiceSelect, choicesOf, RemoveButton } from '../../components/controls';
import { dataTableColumns } from '../../components/data-table-features';
import { CheckCell } from '../../components/inline-cells';
import { BASELINE_MODES, type RollbackTrigger } from '../../domain';
import { DEFAULT_FLOOR, floorUnit } from '../../engine';
import { useWorkbench } from '../../state';
import { NumberCell } from './number-cell';
import { removeTrigger, updateTrigger } from './rollback-ops';

const MODE_LABEL: Record<(typeof BASELINE_MODES)[number], string> = {
  'relative-percent': '% from baseline (relative)',
  'percentage-points': 'points from baseline',
  absolute: 'absolute value',
};
const MODES = choicesOf(BASELINE_MODES, MODE_LABEL);
const DIRECTIONS: Choices<RollbackTrigger['direction']> = [
  ['increase', 'rises'],
  ['decrease', 'falls'],
];

const edit = (t: RollbackTrigger, patch: Parameters<typeof updateTrigger>[2]) =>
  useWorkbench.getState().planEdited((p) => updateTrigger(p, t.id, patch));

/** A failed integrity check fires on its own: it has no threshold, direction or floor. */
const isBoolean = (t: RollbackTrigger) => t.metric === 'integrity-check';

/** Direction, threshold against the baseline, and how the baseline is compared. */
function Condition({ t, index }: { t: RollbackTrigger; index: number }) {
  if (isBoolean(t)) return <span className="muted">fires on any failed check</span>;
  return (
    <span className="threshold trigger-threshold">
      <ChoiceSelect
        label={`Direction of ${t.ruleId}`}
        choices={DIRECTIONS}
        value={t.direction}
        onChange={(direction) => edit(t, { direction })}
      />
      <NumberCell
        id={`field-rollback-triggers-${index}-threshold`}
        label={`Threshold for ${t.ruleId}`}
        value={t.threshold}
        onValue={(v) => edit(t, { threshold: v })}
      />
      <span className="unit">{t.unit || 'units'}</span>
      <ChoiceSelect
        label={`How ${t.ruleId} compares with the baseline`}
        choices={MODES}
        value={t.baselineMode}
        onChange={(baselineMode) => edit(t, { baselineMode })}
      />
    </span>
  );
}

/** How many bad samples fire it, within how many, and whether the first one does (critical). */
function FiresOn({ t }: { t: RollbackTrigger }) {
  return (
    <span className="fires-after">
      <NumberCell
        label={`Bad samples that fire ${t.ruleId}`}
        value={t.badSamplesToFire}
        integer
        min={1}
        max={100}
        onValue={(v) => edit(t, { badSamplesToFire: v ?? 1 })}
      />
      <span className="muted">within</span>
      <NumberCell
        label={`Window of ${t.ruleId} in samples (empty: consecutive)`}
        value={t.badSamplesWindow}
        empty
        integer
        min={1}
        max={1000}
        placeholder="in a row"
        onValue={(v) => edit(t, { badSamplesWindow: v })}
      />
      <Checkbox checked={t.critical} onChange={(critical) => edit(t, { critical })}>
        critical
      </Checkbox>
    </span>
  );
}

const helper = dataTableColumns<RollbackTrigger>();

/** A yes/no of the trigger, ticked in place. */
const flagColumn = (key: 'automatic' | 'enabled', header: string, label: (ruleId: string) => string) =>
  helper.accessor(key, {
    header,
    meta: { cellClass: 'col-stateful' },
    cell: ({ row: { original: t } }) => (
      <CheckCell label={label(t.ruleId)} value={t[key]} onCommit={(on) => edit(t, { [key]: on })} />
    ),
  });

/** One trigger a row: condition, direction, threshold against the baseline, floor, and how many bad samples fire it. */
export const TRIGGER_COLUMNS = helper.columns([
  helper.accessor('ruleId', { header: 'Rule', cell: (c) => <span className="rule-id">{c.getValue()}</span> }),
  helper.accessor('description', {
    header: 'Condition',
    cell: ({ row: { original: t } }) => (
      <input
        aria-label={`Condition for ${t.ruleId}`}
        value={t.description}
        maxLength={500}
        onChange={(e) => e.target.value.trim() !== '' && edit(t, { description: e.target.value })}
      />
    ),
  }),
  helper.display({
    id: 'condition',
    header: 'Fires when it',
    cell: (c) => <Condition t={c.row.original} index={c.row.index} />,
  }),
  helper.accessor('floor', {
    header: 'Floor',
    cell: ({ row: { original: t } }) =>
      isBoolean(t) ? null : (
        <span className="threshold">
          <NumberCell
            label={`Floor for ${t.ruleId}`}
            value={t.floor}
            empty
            placeholder={`${DEFAULT_FLOOR[t.metric]}`}
            onValue={(v) => edit(t, { floor: v })}
          />
          <span className="unit">{floorUnit(t) || 'units'}</span>
        </span>
      ),
  }),
  helper.display({
    id: 'firesOn',
    header: 'Fires on bad samples',
    cell: (c) => <FiresOn t={c.row.original} />,
  }),
  flagColumn('automatic', 'Automatic', (ruleId) => `${ruleId} rolls back automatically`),
  flagColumn('enabled', 'Enabled', (ruleId) => `${ruleId} enabled`),
  helper.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    cell: ({ row: { original: t } }) =>
      t.metric === 'custom' ? (
        <RemoveButton
          label={`Remove trigger ${t.ruleId}`}
          onClick={() => useWorkbench.getState().planEdited((p) => removeTrigger(p, t.id))}
        />
      ) : null,
  }),
]);
