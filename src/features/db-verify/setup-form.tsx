import { useState, type FormEvent } from 'react';
import { ChoiceField, choicesOf } from '../../components/controls';
import { Field } from '../../components/field';
import { SQL_DIALECTS, type SqlDialect, type VerifySetup } from '../../domain';
import { whereProblem } from '../../verify';

const DIALECT_LABEL: Record<SqlDialect, string> = { postgresql: 'PostgreSQL', mysql: 'MySQL / MariaDB' };
const DIALECTS = choicesOf(SQL_DIALECTS, DIALECT_LABEL);
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** What to compare: the two tables and their engines, the key, optionally columns and a filter. */
export function SetupForm(props: {
  id: string;
  initial: VerifySetup;
  onSubmit: (setup: VerifySetup) => void;
  onCancel?: () => void;
}) {
  const { id, initial } = props;
  const [source, setSource] = useState(initial.source);
  const [target, setTarget] = useState(initial.target);
  const [key, setKey] = useState(initial.keyColumns.join(', '));
  const [columns, setColumns] = useState(initial.columns.join(', '));
  const [where, setWhere] = useState(initial.where);
  const whereError = whereProblem(where);
  const keyColumns = list(key);
  const problems = [
    source.table.trim() === '' ? 'Name the source table.' : null,
    target.table.trim() === '' ? 'Name the target table.' : null,
    keyColumns.length === 0 ? 'Name the key column (the primary key).' : null,
    keyColumns.length > 16 ? 'A key has at most 16 columns.' : null,
  ].filter((p): p is string => p !== null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problems.length > 0 || whereError) return;
    props.onSubmit({
      source: { ...source, table: source.table.trim() },
      target: { ...target, table: target.table.trim() },
      keyColumns,
      columns: list(columns),
      where: where.trim(),
    });
  };
  const side = (
    name: 'source' | 'target',
    value: VerifySetup['source'],
    set: (v: VerifySetup['source']) => void,
    title = name === 'source' ? 'Source' : 'Target',
  ) => (
    <fieldset className="db-verify-side">
      <legend>{title}</legend>
      <ChoiceField
        id={`${id}-${name}-dialect`}
        label={`${title} database`}
        choices={DIALECTS}
        value={value.dialect}
        onChange={(dialect) => set({ ...value, dialect })}
      />
      <Field id={`${id}-${name}-table`} label={`${title} table`}>
        {(wired) => (
          <input
            {...wired}
            value={value.table}
            placeholder="schema.table"
            spellCheck={false}
            onChange={(e) => set({ ...value, table: e.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
  return (
    <form className="db-verify-setup" aria-label="What to verify" onSubmit={submit}>
      <div className="db-verify-sides">
        {side('source', source, setSource)}
        {side('target', target, setTarget)}
      </div>
      <div className="form-grid">
        <Field
          id={`${id}-key`}
          label="Key columns"
          help="The primary key, in order; comma-separated when it has several columns."
        >
          {(wired) => (
            <input {...wired} value={key} spellCheck={false} onChange={(e) => setKey(e.target.value)} />
          )}
        </Field>
        <Field
          id={`${id}-columns`}
          label="Columns to compare (optional)"
          help="Empty: every column both tables have."
        >
          {(wired) => (
            <input
              {...wired}
              value={columns}
              spellCheck={false}
              onChange={(e) => setColumns(e.target.value)}
            />
          )}
        </Field>
        <Field
          id={`${id}-where`}
          label="Filter, a WHERE condition (optional)"
          wide
          help={whereError ? null : 'Applied on both sides, e.g. one tenant or a date range.'}
          error={whereError}
        >
          {(wired) => (
            <input
              {...wired}
              value={where}
              spellCheck={false}
              placeholder="tenant_id = 42 AND created_at >= '2026-01-01'"
              onChange={(e) => setWhere(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={problems.length > 0 || whereError !== null}>
          Write the SQL
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
        {problems.length > 0 ? <span className="field-help">{problems[0]}</span> : null}
      </div>
    </form>
  );
}
