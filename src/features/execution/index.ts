export { ExecutionStep } from './execution-step';
