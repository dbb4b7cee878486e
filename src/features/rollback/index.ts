export { RollbackStep } from './rollback-step';
