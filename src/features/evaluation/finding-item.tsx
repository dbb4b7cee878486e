import type { Finding, Question } from '../../engine';

/** The rule id and title of a finding or question, as a button that moves focus to the field it is about. */
function GoToField(props: { ruleId: string; title: string; path: string; onGoTo: (path: string) => void }) {
  return (
    <button
      type="button"
      className="finding-link"
      onClick={() => props.onGoTo(props.path)}
      title={`Go to ${props.path}`}
    >
      <span className="rule-id">{props.ruleId}</span>
      <span className="finding-title">{props.title}</span>
    </button>
  );
}

export function FindingItem({ finding, onGoTo }: { finding: Finding; onGoTo: (path: string) => void }) {
  return (
    <li className={`finding finding-${finding.severity}`}>
      <GoToField ruleId={finding.ruleId} title={finding.title} path={finding.path} onGoTo={onGoTo} />
      <p className="finding-message">{finding.message}</p>
      {finding.remedy ? <p className="finding-remedy">Fix: {finding.remedy}</p> : null}
      <details className="finding-why">
        <summary>Why ({finding.ruleId})</summary>
        <blockquote>{finding.specText}</blockquote>
      </details>
    </li>
  );
}

export function QuestionItem({ question, onGoTo }: { question: Question; onGoTo: (path: string) => void }) {
  return (
    <li className="finding finding-question">
      <GoToField ruleId={question.ruleId} title="Question" path={question.path} onGoTo={onGoTo} />
      <p className="finding-message">{question.text}</p>
    </li>
  );
}
