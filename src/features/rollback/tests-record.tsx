import { useState, type FormEvent } from 'react';
import { Checkbox, ChoiceField, type Choices, choicesOf, RemoveButton } from '../../components/controls';
import { Field } from '../../components/field';
import { PlanSection } from '../../components/plan-section';
import {
  ROLLBACK_TEST_KINDS,
  testsWithEvidence,
  type EvidenceState,
  type Plan,
  type RollbackTestRecord,
} from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { appendAudit } from '../../domain/audit-line';
import { addTestRecord, removeTestRecord } from './rollback-ops';

const KIND_LABEL: Record<(typeof ROLLBACK_TEST_KINDS)[number], string> = {
  staging: 'Staging',
  'local-rehearsal': 'Local rehearsal',
  'other-non-production': 'Other non-production',
};
const KINDS = choicesOf(ROLLBACK_TEST_KINDS, KIND_LABEL);
const RESULTS: Choices<Draft['result']> = [
  ['', 'Choose…'],
  ['pass', 'Passed'],
  ['fail', 'Failed'],
];

type Draft = {
  kind: RollbackTestRecord['kind'];
  environment: string;
  date: string;
  result: '' | 'pass' | 'fail';
  productionLikeData: boolean;
  notes: string;
};
const EMPTY: Draft = {
  kind: 'staging',
  environment: '',
  date: '',
  result: '',
  productionLikeData: false,
  notes: '',
};

export function TestsRecord({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [tried, setTried] = useState(false);
  const errors = {
    environment: draft.environment.trim() === '' ? 'Name the environment.' : null,
    date: /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? null : 'Give the date of the test.',
    result: draft.result === '' ? 'Say whether the rollback passed.' : null,
  };
  const valid = !errors.environment && !errors.date && !errors.result;

  const add = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!valid || draft.result === '') return;
    const record: RollbackTestRecord = {
      id: getServices().newId(),
      kind: draft.kind,
      environment: draft.environment.trim(),
      date: draft.date,
      result: draft.result,
      productionLikeData: draft.productionLikeData,
      notes: draft.notes,
    };
    // Every recorded rollback test is also an audit line in the spec's format.
    planEdited((p) =>
      appendAudit(addTestRecord(p, record), getServices().now(), {
        event: 'rollback-tested',
        environment: record.environment,
        result: record.result,
      }),
    );
    setDraft(EMPTY);
    setTried(false);
  };
  /** A field's message, once the person has tried to record the test. */
  const shown = (message: string | null) => (tried ? message : null);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft({ ...draft, [key]: value });

  return (
    <PlanSection path="rollback.tests" headingId="tests-heading" heading="Rollback tests" focusable>
      <p className="field-help">
        Test rollback in staging, with production-like data, before every production migration (GR-01, GR-08).
      </p>
      {plan.rollback.tests.length === 0 ? (
        <p className="muted">No rollback test recorded yet.</p>
      ) : (
        <ul className="test-list" aria-label="Recorded rollback tests">
          {testsWithEvidence(plan).map(({ test: t, evidence }) => (
            <li key={t.id}>
              <span className={`badge ${t.result === 'pass' ? 'badge-ok' : 'badge-bad'}`}>
                {t.result === 'pass' ? 'Passed' : 'Failed'}
              </span>
              <span>
                <strong>{KIND_LABEL[t.kind]}</strong> · {t.environment} · {t.date}
                {t.productionLikeData ? ' · production-like data' : ''}
                <Evidence evidence={evidence} />
                <TestNotes notes={t.notes} />
              </span>
              <RemoveButton
                label={`Remove the ${t.result} test in ${t.environment} on ${t.date}`}
                onClick={() => planEdited((p) => removeTestRecord(p, t.id))}
              />
            </li>
          ))}
        </ul>
      )}
      <form className="form-grid test-form" onSubmit={add} aria-label="Record a rollback test" noValidate>
        <ChoiceField id="test-kind" label="Kind" choices={KINDS} value={draft.kind} onChange={set('kind')} />
        <Field id="test-environment" label="Environment" error={shown(errors.environment)}>
          {(wired) => (
            <input
              {...wired}
              value={draft.environment}
              maxLength={500}
              onChange={(e) => set('environment')(e.target.value)}
            />
          )}
        </Field>
        <Field id="test-date" label="Date" error={shown(errors.date)}>
          {(wired) => (
            <input {...wired} type="date" value={draft.date} onChange={(e) => set('date')(e.target.value)} />
          )}
        </Field>
        <ChoiceField
          id="test-result"
          label="Result"
          error={shown(errors.result)}
          choices={RESULTS}
          value={draft.result}
          onChange={set('result')}
        />
        <Field id="test-notes" label="Notes" wide>
          {(wired) => (
            <textarea
              {...wired}
              rows={2}
              value={draft.notes}
              onChange={(e) => set('notes')(e.target.value)}
            />
          )}
        </Field>
        <Checkbox checked={draft.productionLikeData} onChange={set('productionLikeData')}>
          Tested with production-like data
        </Checkbox>
        <div>
          <button type="submit" className="primary">
            Record test
          </button>
        </div>
      </form>
    </PlanSection>
  );
}

/** Whether a rehearsal still speaks for the plan's scripts: said under the test, with the reason. */
function Evidence({ evidence }: { evidence: EvidenceState }) {
  if (evidence.state === 'stale')
    return (
      <span className="test-evidence">
        <span className="badge badge-warn">Stale</span> {evidence.reason}. Rehearse again before relying on
        it.
      </span>
    );
  if (evidence.state === 'unknown')
    return <span className="test-evidence muted">May be stale: {evidence.reason}.</span>;
  return null;
}

/**
 * A test's notes: one line inline; longer notes (a rehearsal's, one line per statement) fold under their
 * first line, with their line breaks kept, so the list stays a list.
 */
function TestNotes({ notes }: { notes: string }) {
  if (!notes) return null;
  const [first = '', ...rest] = notes.split('\n');
  if (rest.length === 0) return <span className="muted"> — {first}</span>;
  return (
    <details className="test-notes">
      <summary>
        <span className="muted">{first}</span>
      </summary>
      <div className="test-notes-text">{rest.join('\n')}</div>
    </details>
  );
}
