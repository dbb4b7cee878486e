import { useState, type ReactNode } from 'react';
import type { Plan } from '../domain';
import { latestChecks } from '../engine/run/transitions';
import { Notice } from './notice';

type Outcome = { error: boolean; text: string } | null;

/**
 * "Use as the result of check X": makes a result (an export check, a database verification) the running
 * phase's record of the check. The run's own rules judge it (GR-06); the verdict is read back from the
 * plan, so the person sees what was recorded, and an error sentence from the action is shown as it is,
 * so nothing fails silently.
 */
export function RecordCheckButton(props: {
  className: string;
  phaseId: string;
  checkId: string;
  /** What the check is named by (its target, else its id). */
  name: string;
  /** Records the result: an error sentence when the run refuses it, else null. */
  record: () => string | null;
  /** The plan as it is now (after recording), to read the verdict from. */
  currentPlan: () => Plan | null;
  /** Recording is refused now: the id of what says why, if anything does. */
  refused: boolean;
  refusedBy?: string | undefined;
  /** Said beside the button (why it is refused, when it was last recorded). */
  children?: ReactNode;
}) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const click = () => {
    const error = props.record();
    if (error !== null) {
      setOutcome({ error: true, text: `Not recorded: ${error}` });
      return;
    }
    const plan = props.currentPlan();
    const latest = plan
      ? latestChecks(plan, props.phaseId).find((c) => c.checkId === props.checkId)
      : undefined;
    const verdict = latest ? (latest.passed ? 'passed' : 'failed') : 'recorded';
    setOutcome({ error: false, text: `Recorded as the result of check ${props.name}: ${verdict}.` });
  };
  return (
    <div className={props.className}>
      <button
        type="button"
        className="primary"
        disabled={props.refused}
        aria-describedby={props.refusedBy}
        onClick={click}
      >
        Use as the result of check {props.name}
      </button>
      {props.children}
      <Notice text={outcome?.text} tone={outcome?.error ? 'error' : 'info'} />
    </div>
  );
}
