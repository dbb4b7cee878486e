import type { Finding, Question } from '../../engine';

export function FindingItem({ finding, onGoTo }: { finding: Finding; onGoTo: (path: string) => void }) {
  return (
    <li className={`finding finding-${finding.severity}`}>
      <button
        type="button"
        className="finding-link"
        onClick={() => onGoTo(finding.path)}
        title={`Go to ${finding.path}`}
      >
        <span className="rule-id">{finding.ruleId}</span>
        <span className="finding-title">{finding.title}</span>
      </button>
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
      <button
        type="button"
        className="finding-link"
        onClick={() => onGoTo(question.path)}
        title={`Go to ${question.path}`}
      >
        <span className="rule-id">{question.ruleId}</span>
        <span className="finding-title">Question</span>
      </button>
      <p className="finding-message">{question.text}</p>
    </li>
  );
}
