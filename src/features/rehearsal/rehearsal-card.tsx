import { useState } from 'react';
import { planScripts, testEvidence, type Plan } from '../../domain';
import { useWorkbench } from '../../state';
import { latestRehearsal } from './apply-result';
import { RehearsalInputs, type InputsValue } from './rehearsal-inputs';
import { RehearsalProgressView } from './rehearsal-progress';
import { RecordedRehearsal } from './recorded-rehearsal';
import { ResultView } from './result-view';
import { useRehearsal } from './use-rehearsal';
import './rehearsal.css';

const MAX_ROWS = 100_000;

const withRollbackSql = (plan: Plan, rollbackSql: string): Plan => ({
  ...plan,
  rollback: { ...plan.rollback, procedures: { ...plan.rollback.procedures, rollbackSql } },
});

const withCurrentSchema = (plan: Plan, currentSchemaSql: string): Plan => ({
  ...plan,
  assessment: {
    ...plan.assessment,
    schemaChange: { ...plan.assessment.schemaChange, currentSchemaSql },
  },
});

/**
 * Rollback rehearsal on a real PostgreSQL (PGlite) in a Web Worker: apply the current schema, run the
 * forward migration while watching its locks, roll back, and prove the schema and data came back.
 */
export function RehearsalCard({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const { state, start, cancel } = useRehearsal();
  const [value, setValue] = useState<InputsValue>(() => ({
    schemaSql: plan.assessment.schemaChange.currentSchemaSql,
    forwardSql: plan.assessment.schemaChange.forwardSql,
    rollbackSql: plan.rollback.procedures.rollbackSql,
    rows: '1000',
  }));
  const [tried, setTried] = useState(false);
  const running = state.status === 'running';
  const rows = Number(value.rows);
  const errors = [
    value.schemaSql.trim() === '' ? 'Paste the current schema (CREATE TABLE ...).' : null,
    value.forwardSql.trim() === '' ? 'Give the forward migration.' : null,
    value.rollbackSql.trim() === '' ? 'Give the rollback script.' : null,
    Number.isInteger(rows) && rows >= 0 && rows <= MAX_ROWS
      ? null
      : `Rows per table: a whole number from 0 to ${MAX_ROWS.toLocaleString('en-US')}.`,
  ].filter((e): e is string => e !== null);

  const saveRollback = () => {
    if (value.rollbackSql !== plan.rollback.procedures.rollbackSql) {
      planEdited((p) => withRollbackSql(p, value.rollbackSql));
    }
  };
  const saveSchema = () => {
    if (value.schemaSql !== plan.assessment.schemaChange.currentSchemaSql) {
      planEdited((p) => withCurrentSchema(p, value.schemaSql));
    }
  };
  const rehearse = () => {
    setTried(true);
    if (errors.length > 0) return;
    saveRollback();
    saveSchema();
    const { schemaSql, forwardSql, rollbackSql } = value;
    void start({ schemaSql, forwardSql, rollbackSql, rowsPerTable: rows });
  };
  const recorded = latestRehearsal(plan);

  return (
    <section className="card rehearsal-card" aria-labelledby="rehearsal-heading">
      <h2 id="rehearsal-heading">Rollback rehearsal</h2>
      <p className="field-help">
        Runs on a real PostgreSQL (PGlite) inside this browser, offline after the first time: apply the
        schema, run the migration statement by statement, roll it back and compare. A pass counts as evidence
        (GR-08); it does not replace the staging test (GR-01).
      </p>
      <RehearsalInputs
        value={value}
        disabled={running}
        onChange={(patch) => setValue((v) => ({ ...v, ...patch }))}
        onRollbackBlur={saveRollback}
        onSchemaBlur={saveSchema}
      />
      {tried && errors.length > 0 ? (
        <ul className="field-error" aria-label="What the rehearsal needs">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div className="row-actions">
        <button type="button" className="primary" onClick={rehearse} disabled={running}>
          Rehearse
        </button>
        {running ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {state.status === 'running' ? <RehearsalProgressView progress={state.progress} /> : null}
      {state.status === 'failed' ? (
        <p className="banner banner-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === 'cancelled' ? (
        <p className="banner banner-info" role="status">
          Rehearsal cancelled. Nothing was recorded.
        </p>
      ) : null}
      {state.status === 'done' ? (
        <ResultView result={state.result} boot={state.boot} tested={state.tested} />
      ) : null}
      {state.status !== 'done' && recorded ? (
        <RecordedRehearsal record={recorded} evidence={testEvidence(recorded, planScripts(plan))} />
      ) : null}
    </section>
  );
}
