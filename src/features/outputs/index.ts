export { OutputsStep } from './outputs-step';
