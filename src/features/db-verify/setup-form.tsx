import { useState, type FormEvent } from 'react';
import { SQL_DIALECTS, type SqlDialect, type VerifySetup } from '../../domain';
import { whereProblem } from '../../verify';

const DIALECT_LABEL: Record<SqlDialect, string> = { postgresql: 'PostgreSQL', mysql: 'MySQL / MariaDB' };
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
  ) => (
    <fieldset className="db-verify-side">
      <legend>{name === 'source' ? 'Source' : 'Target'}</legend>
      <div className="field">
        <label htmlFor={`${id}-${name}-dialect`}>{name === 'source' ? 'Source' : 'Target'} database</label>
        <select
          id={`${id}-${name}-dialect`}
          value={value.dialect}
          onChange={(e) => set({ ...value, dialect: e.target.value as SqlDialect })}
        >
          {SQL_DIALECTS.map((d) => (
            <option key={d} value={d}>
              {DIALECT_LABEL[d]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-${name}-table`}>{name === 'source' ? 'Source' : 'Target'} table</label>
        <input
          id={`${id}-${name}-table`}
          value={value.table}
          placeholder="schema.table"
          spellCheck={false}
          onChange={(e) => set({ ...value, table: e.target.value })}
        />
      </div>
    </fieldset>
  );
  return (
    <form className="db-verify-setup" aria-label="What to verify" onSubmit={submit}>
      <div className="db-verify-sides">
        {side('source', source, setSource)}
        {side('target', target, setTarget)}
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-key`}>Key columns</label>
          <input id={`${id}-key`} value={key} spellCheck={false} onChange={(e) => setKey(e.target.value)} />
          <p className="field-help">
            The primary key, in order; comma-separated when it has several columns.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-columns`}>Columns to compare (optional)</label>
          <input
            id={`${id}-columns`}
            value={columns}
            spellCheck={false}
            onChange={(e) => setColumns(e.target.value)}
          />
          <p className="field-help">Empty: every column both tables have.</p>
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-where`}>Filter, a WHERE condition (optional)</label>
          <input
            id={`${id}-where`}
            value={where}
            spellCheck={false}
            placeholder="tenant_id = 42 AND created_at >= '2026-01-01'"
            aria-invalid={whereError ? true : undefined}
            aria-describedby={whereError ? `${id}-where-error` : undefined}
            onChange={(e) => setWhere(e.target.value)}
          />
          {whereError ? (
            <p id={`${id}-where-error`} className="field-error">
              {whereError}
            </p>
          ) : (
            <p className="field-help">Applied on both sides, e.g. one tenant or a date range.</p>
          )}
        </div>
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
