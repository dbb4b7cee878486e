import { Checkbox, type Choices, ChoiceSelect, choicesOf, RemoveButton } from '../../components/controls';
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

/** One trigger: condition, direction, threshold against the baseline, floor, and how many bad samples fire it. */
export function TriggerRow({ t, index }: { t: RollbackTrigger; index: number }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const edit = (patch: Parameters<typeof updateTrigger>[2]) =>
    planEdited((p) => updateTrigger(p, t.id, patch));
  const boolean = t.metric === 'integrity-check';
  return (
    <tr data-path={`rollback.triggers[${index}]`}>
      <td>
        <span className="rule-id">{t.ruleId}</span>
      </td>
      <td>
        <input
          aria-label={`Condition for ${t.ruleId}`}
          value={t.description}
          maxLength={500}
          onChange={(e) => e.target.value.trim() !== '' && edit({ description: e.target.value })}
        />
      </td>
      <td>
        {boolean ? (
          <span className="muted">fires on any failed check</span>
        ) : (
          <span className="threshold trigger-threshold">
            <ChoiceSelect
              label={`Direction of ${t.ruleId}`}
              choices={DIRECTIONS}
              value={t.direction}
              onChange={(direction) => edit({ direction })}
            />
            <NumberCell
              id={`field-rollback-triggers-${index}-threshold`}
              label={`Threshold for ${t.ruleId}`}
              value={t.threshold}
              onValue={(v) => edit({ threshold: v })}
            />
            <span className="unit">{t.unit || 'units'}</span>
            <ChoiceSelect
              label={`How ${t.ruleId} compares with the baseline`}
              choices={MODES}
              value={t.baselineMode}
              onChange={(baselineMode) => edit({ baselineMode })}
            />
          </span>
        )}
      </td>
      <td>
        {boolean ? null : (
          <span className="threshold">
            <NumberCell
              label={`Floor for ${t.ruleId}`}
              value={t.floor}
              empty
              placeholder={`${DEFAULT_FLOOR[t.metric]}`}
              onValue={(v) => edit({ floor: v })}
            />
            <span className="unit">{floorUnit(t) || 'units'}</span>
          </span>
        )}
      </td>
      <td>
        <span className="fires-after">
          <NumberCell
            label={`Bad samples that fire ${t.ruleId}`}
            value={t.badSamplesToFire}
            integer
            min={1}
            max={100}
            onValue={(v) => edit({ badSamplesToFire: v ?? 1 })}
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
            onValue={(v) => edit({ badSamplesWindow: v })}
          />
          <Checkbox checked={t.critical} onChange={(critical) => edit({ critical })}>
            critical
          </Checkbox>
        </span>
      </td>
      <td className="col-stateful">
        <input
          type="checkbox"
          aria-label={`${t.ruleId} rolls back automatically`}
          checked={t.automatic}
          onChange={(e) => edit({ automatic: e.target.checked })}
        />
      </td>
      <td className="col-stateful">
        <input
          type="checkbox"
          aria-label={`${t.ruleId} enabled`}
          checked={t.enabled}
          onChange={(e) => edit({ enabled: e.target.checked })}
        />
      </td>
      <td className="col-actions">
        {t.metric === 'custom' ? (
          <RemoveButton
            label={`Remove trigger ${t.ruleId}`}
            onClick={() => planEdited((p) => removeTrigger(p, t.id))}
          />
        ) : null}
      </td>
    </tr>
  );
}
