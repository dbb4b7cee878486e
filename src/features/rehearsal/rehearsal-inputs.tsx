import type { ReactNode } from 'react';
import { Field } from '../../components/field';

export type InputsValue = { schemaSql: string; forwardSql: string; rollbackSql: string; rows: string };

type Props = {
  value: InputsValue;
  disabled: boolean;
  onChange: (patch: Partial<InputsValue>) => void;
  /** The rollback script and the current schema belong to the plan: written back when they lose focus. */
  onRollbackBlur: () => void;
  onSchemaBlur: () => void;
};

type Script = 'schemaSql' | 'forwardSql' | 'rollbackSql';

const SCRIPTS: ReadonlyArray<{ key: Script; id: string; label: string; help: ReactNode }> = [
  {
    key: 'schemaSql',
    id: 'rehearsal-schema',
    label: 'Current schema',
    help: (
      <>
        For example <code>pg_dump --schema-only</code> output. Owners and grants are skipped. Kept with the
        plan.
      </>
    ),
  },
  {
    key: 'forwardSql',
    id: 'rehearsal-forward',
    label: 'Forward migration',
    help: "Prefilled from the Assessment's forward SQL; edits here are for the rehearsal only.",
  },
  {
    key: 'rollbackSql',
    id: 'rehearsal-rollback',
    label: 'Rollback script',
    help: "Kept with the plan's rollback procedure.",
  },
];

export function RehearsalInputs({ value, disabled, onChange, onRollbackBlur, onSchemaBlur }: Props) {
  const onBlur: Record<Script, (() => void) | undefined> = {
    schemaSql: onSchemaBlur,
    forwardSql: undefined,
    rollbackSql: onRollbackBlur,
  };
  return (
    <div className="form-grid">
      {SCRIPTS.map(({ key, id, label, help }) => (
        <Field key={key} id={id} label={label} help={help} wide>
          {(wired) => (
            <textarea
              {...wired}
              rows={6}
              spellCheck={false}
              className="rehearsal-sql-input"
              value={value[key]}
              disabled={disabled}
              onChange={(e) => onChange({ [key]: e.target.value })}
              onBlur={onBlur[key]}
            />
          )}
        </Field>
      ))}
      <Field
        id="rehearsal-rows"
        label="Synthetic rows per table"
        help="Rows that respect types, NOT NULL and foreign keys; 0 for none."
      >
        {(wired) => (
          <input
            {...wired}
            type="number"
            min={0}
            max={100000}
            step={1}
            className="input-small"
            value={value.rows}
            disabled={disabled}
            onChange={(e) => onChange({ rows: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
