import type { RollbackTrigger, TriggerTraffic } from '../../domain';
import { metricLabel, preflightTrigger, type Detectability } from '../../engine';
import { useWorkbench } from '../../state';
import { BaselineAa } from './baseline-aa';
import { NumberCell } from './number-cell';
import { updateTraffic, updateTrigger } from './rollback-ops';

const r = (n: number) =>
  n >= 100 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 1000) / 1000);
const pct = (p: number) => `${p < 0.01 ? '<1' : Math.round(p * 100)}%`;

function Verdict({ d, t }: { d: Extract<Detectability, { kind: 'result' }>; t: RollbackTrigger }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const arms =
    d.requests === null
      ? `${r(d.baseline * t.sampleWindowMinutes)} expected failures in the window`
      : `${r(d.requests)} requests on the new version${d.controlRequests === null ? ' against a known baseline' : ` and ${r(d.controlRequests)} on the old`}`;
  const detect =
    d.detectable === null ? 'no change at all' : `a change of ${r(d.detectable)} ${d.unit} or more`;
  const what = `${r(d.target)} ${d.unit} from the baseline ${r(d.baseline)}${d.baselineUnit}`;
  const many = t.critical ? 1 : t.badSamplesToFire;
  return (
    <div className={d.ok ? 'preflight-ok' : 'preflight-warn'} role={d.ok ? undefined : 'alert'}>
      <p>
        {d.ok ? 'Detectable. ' : <strong>Cannot be told from noise. </strong>}
        The trigger fires on {what}. A {t.sampleWindowMinutes}-minute sample ({arms}) detects {detect} (95%
        confidence, 80% power).
        {` With nothing wrong, one sample crosses the threshold ${pct(d.falseFire)} of the time`}
        {many > 1 ? `, ${many} in a row about ${pct(d.falseFire ** many)}` : ''}.
      </p>
      {!d.ok ? (
        <div className="row preflight-offers">
          {d.offerWindowMinutes !== null ? (
            <button
              type="button"
              onClick={() =>
                planEdited((p) => updateTrigger(p, t.id, { sampleWindowMinutes: d.offerWindowMinutes ?? 5 }))
              }
            >
              Use a {d.offerWindowMinutes}-minute window
            </button>
          ) : null}
          {d.offerSharePercent !== null ? (
            <button
              type="button"
              onClick={() =>
                planEdited((p) => updateTraffic(p, { canarySharePercent: d.offerSharePercent ?? 100 }))
              }
            >
              Use a {d.offerSharePercent}% canary share
            </button>
          ) : null}
          {d.offerWindowMinutes === null && d.offerSharePercent === null ? (
            <span className="muted">
              No window up to a week and no share makes it detectable: raise the threshold or floor.
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** One trigger's pre-flight: its sample window, what that window detects, and an A/A check of a baseline series. */
export function PreflightTrigger({
  trigger: t,
  traffic,
}: {
  trigger: RollbackTrigger;
  traffic: TriggerTraffic;
}) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const d = preflightTrigger(t, traffic);
  return (
    <li className="preflight-item" aria-label={`Pre-flight of ${t.ruleId}`}>
      <div className="preflight-head">
        <span className="rule-id">{t.ruleId}</span> <strong>{metricLabel(t)}</strong>
        <span className="threshold">
          <label htmlFor={`window-${t.id}`}>sample window</label>
          <NumberCell
            id={`window-${t.id}`}
            label={`Sample window of ${t.ruleId} (minutes)`}
            value={t.sampleWindowMinutes}
            min={0.1}
            max={1440}
            onValue={(v) => planEdited((p) => updateTrigger(p, t.id, { sampleWindowMinutes: v ?? 5 }))}
          />
          <span className="unit">min</span>
        </span>
      </div>
      {d.kind === 'result' ? <Verdict d={d} t={t} /> : null}
      {d.kind === 'needs' ? <p className="muted">To compute it, give {d.missing.join(', ')}.</p> : null}
      {d.kind === 'not-applicable' ? <p className="muted">{d.reason}</p> : null}
      <BaselineAa trigger={t} />
    </li>
  );
}
