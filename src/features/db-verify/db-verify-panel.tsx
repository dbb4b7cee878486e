import { useMemo, useState } from 'react';
import { Notice } from '../../components/notice';
import type { Plan, VerifySetup } from '../../domain';
import { verificationStaleness } from '../../engine';
import { getServices, useWorkbench } from '../../state';
import { buildRound, contextOf, defaultSetup, keyText, newSession, nextRoundKind } from '../../verify';
import { NextRound } from './next-round';
import { RecordBox } from './record-box';
import { RoundHistory } from './round-history';
import { SetupForm } from './setup-form';
import { VerifyResult } from './verify-result';
import './db-verify.css';

const ENGINE = { postgresql: 'PostgreSQL', mysql: 'MySQL' } as const;

/**
 * An integrity check verified inside the databases (issue 26). The workbench never connects to them: it
 * writes read-only SQL, the person runs it on each side and pastes back what the client printed, round
 * after round, each one kept with the phase; the last verification can become the check's record.
 */
export function DbVerifyPanel(props: { plan: Plan; phaseId: string; checkId: string; now: Date }) {
  const { plan, phaseId, checkId, now } = props;
  const save = useWorkbench((s) => s.runVerificationSaved);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = plan.execution.phases
    .find((p) => p.id === phaseId)
    ?.integrityChecks.find((c) => c.id === checkId);
  const run = plan.run.phases.find((p) => p.phaseId === phaseId);
  const session = (run?.verifications ?? []).filter((v) => v.checkId === checkId).at(-1) ?? null;
  const context = useMemo(() => (check && session ? contextOf(check, session) : null), [check, session]);
  const build = useMemo(() => (session && context ? buildRound(session, context) : null), [session, context]);
  if (!check) return null;
  const id = `verify-${phaseId}-${checkId}`.replace(/[^\w-]/g, '_');
  const start = (setup: VerifySetup) => {
    const services = getServices();
    const s = newSession({ id: services.newId(), plan, phaseId, check, setup, now: services.now() });
    const failed = save(phaseId, s);
    setError(failed);
    if (failed === null) setEditing(false);
  };
  const staleness =
    session && session.rounds.length > 0
      ? verificationStaleness(plan, phaseId, session, now.getTime())
      : null;
  const done = session !== null && nextRoundKind(session) === null && session.rounds.length > 0;
  return (
    <section className="card db-verify" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Verify in the databases</h2>
      <p className="muted">
        For check <strong>{check.target}</strong>: the workbench writes read-only SQL, you run it on the
        source and the target and paste back what the client printed. It never connects to a database; chunk
        checksums are compared here and narrowed down to the keys that differ.
      </p>
      {!session || editing ? (
        <SetupForm
          id={id}
          initial={session?.setup ?? defaultSetup(plan, check)}
          onSubmit={start}
          onCancel={session ? () => setEditing(false) : undefined}
        />
      ) : (
        <>
          <div className="db-verify-setup-summary">
            <p>
              {ENGINE[session.setup.source.dialect]} <code>{session.setup.source.table}</code> against{' '}
              {ENGINE[session.setup.target.dialect]} <code>{session.setup.target.table}</code>, key{' '}
              <code>{keyText(session.setup.keyColumns)}</code>
              {session.setup.columns.length > 0
                ? `, columns ${session.setup.columns.join(', ')}`
                : ', every common column'}
              {session.setup.where ? (
                <>
                  , where <code>{session.setup.where}</code>
                </>
              ) : null}
              .
            </p>
            <button type="button" onClick={() => setEditing(true)}>
              Start over…
            </button>
          </div>
          {staleness?.stale ? (
            <p className="banner banner-warning" role="status">
              This verification is stale: {staleness.reason}. Start over to verify again.
            </p>
          ) : null}
          {session.rounds.length > 0 ? <VerifyResult id={id} session={session} /> : null}
          {session.rounds.length > 0 ? (
            <RecordBox
              id={id}
              phaseId={phaseId}
              check={check}
              session={session}
              staleReason={staleness?.stale ? staleness.reason : null}
            />
          ) : null}
          {done ? (
            <p className="field-help" role="status">
              Nothing is left to narrow down.
            </p>
          ) : build && 'error' in build ? (
            <p className="banner banner-error" role="alert">
              {build.error}
            </p>
          ) : build && context ? (
            <NextRound
              key={`${session.id}-${build.sql.number}`}
              id={id}
              session={session}
              build={build}
              context={context}
              now={() => getServices().now()}
              onApplied={(applied) => save(phaseId, applied.session)}
            />
          ) : null}
          <RoundHistory id={id} session={session} />
        </>
      )}
      <Notice text={error} />
    </section>
  );
}
