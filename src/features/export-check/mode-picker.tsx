import { Checkbox } from '../../components/controls';
import { describeNormalisation, type HashMode } from '../../integrity';
import { PlainTextBlocks } from './plain-text-blocks';

const MODES: { mode: HashMode; label: string; hint: string }[] = [
  {
    mode: 'normalised',
    label: 'Normalised values',
    hint: 'Compares field values, whatever the quoting and line endings.',
  },
  {
    mode: 'raw',
    label: 'Raw bytes (faster)',
    hint: 'Only when both sides were exported by the same tool with the same settings.',
  },
];

/** Hash mode, with the exact normalisation in the core's own words, so a mismatch is never a mystery. */
export function ModePicker(props: {
  mode: HashMode;
  trim: boolean;
  disabled: boolean;
  onMode: (mode: HashMode) => void;
  onTrim: (trim: boolean) => void;
}) {
  const { mode, trim, disabled, onMode, onTrim } = props;
  return (
    <fieldset className="export-check-mode" aria-describedby="export-check-mode-description">
      <legend>What to compare</legend>
      <div className="choice-grid">
        {MODES.map((m) => (
          <label key={m.mode} className={`choice${mode === m.mode ? ' choice-chosen' : ''}`}>
            <input
              type="radio"
              name="export-check-mode"
              value={m.mode}
              checked={mode === m.mode}
              disabled={disabled}
              onChange={() => onMode(m.mode)}
            />
            <span>
              {m.label}
              <small>{m.hint}</small>
            </span>
          </label>
        ))}
      </div>
      {mode === 'normalised' ? (
        <Checkbox checked={trim} disabled={disabled} onChange={onTrim}>
          Trim spaces and tabs around unquoted fields
        </Checkbox>
      ) : null}
      <div id="export-check-mode-description" className="export-check-description">
        <PlainTextBlocks text={describeNormalisation(mode, mode === 'normalised' && trim)} />
      </div>
    </fieldset>
  );
}
