export { EvaluationPanel } from './evaluation-panel';
export { ReadinessBadge } from './readiness-badge';
