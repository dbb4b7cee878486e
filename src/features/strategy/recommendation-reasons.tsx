import type { Reason } from '../../engine';

/** What the engine recommends, the rules that chose it, and each reason with its rule id. */
export function RecommendationReasons(props: {
  recommended: string;
  ruleIds: readonly string[];
  reasons: readonly Reason[];
  label?: string;
}) {
  return (
    <div className="reasons" aria-label={props.label}>
      <p>
        <strong>Recommended: {props.recommended}</strong>{' '}
        <span className="muted">({props.ruleIds.join(', ') || 'no rule applies'})</span>
      </p>
      <ul>
        {props.reasons.map((r, i) => (
          <li key={i}>
            <span className="rule-id">{r.ruleId}</span> {r.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
