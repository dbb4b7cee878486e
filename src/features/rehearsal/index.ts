export { RehearsalCard } from './rehearsal-card';
export { applyRehearsal, latestRehearsal } from './apply-result';
