import type { ReactNode } from 'react';

export type InputsValue = { schemaSql: string; forwardSql: string; rollbackSql: string; rows: string };

type Props = {
  value: InputsValue;
  disabled: boolean;
  onChange: (patch: Partial<InputsValue>) => void;
  /** The rollback script and the current schema belong to the plan: written back when they lose focus. */
  onRollbackBlur: () => void;
  onSchemaBlur: () => void;
};

function SqlField(props: {
  id: string;
  label: string;
  help: ReactNode;
  value: string;
  disabled: boolean;
  onChange: (text: string) => void;
  onBlur?: () => void;
}) {
  return (
    <div className="field field-wide">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={6}
        spellCheck={false}
        className="rehearsal-sql-input"
        value={props.value}
        disabled={props.disabled}
        aria-describedby={`${props.id}-help`}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
      <span className="field-help" id={`${props.id}-help`}>
        {props.help}
      </span>
    </div>
  );
}

export function RehearsalInputs({ value, disabled, onChange, onRollbackBlur, onSchemaBlur }: Props) {
  return (
    <div className="form-grid">
      <SqlField
        id="rehearsal-schema"
        label="Current schema"
        help={
          <>
            For example <code>pg_dump --schema-only</code> output. Owners and grants are skipped. Kept with
            the plan.
          </>
        }
        value={value.schemaSql}
        disabled={disabled}
        onChange={(schemaSql) => onChange({ schemaSql })}
        onBlur={onSchemaBlur}
      />
      <SqlField
        id="rehearsal-forward"
        label="Forward migration"
        help="Prefilled from the Assessment's forward SQL; edits here are for the rehearsal only."
        value={value.forwardSql}
        disabled={disabled}
        onChange={(forwardSql) => onChange({ forwardSql })}
      />
      <SqlField
        id="rehearsal-rollback"
        label="Rollback script"
        help="Kept with the plan's rollback procedure."
        value={value.rollbackSql}
        disabled={disabled}
        onChange={(rollbackSql) => onChange({ rollbackSql })}
        onBlur={onRollbackBlur}
      />
      <div className="field">
        <label htmlFor="rehearsal-rows">Synthetic rows per table</label>
        <input
          id="rehearsal-rows"
          type="number"
          min={0}
          max={100000}
          step={1}
          className="input-small"
          value={value.rows}
          disabled={disabled}
          onChange={(e) => onChange({ rows: e.target.value })}
        />
        <span className="field-help">Rows that respect types, NOT NULL and foreign keys; 0 for none.</span>
      </div>
    </div>
  );
}
