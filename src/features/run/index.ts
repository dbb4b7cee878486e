export { RunScreen } from './run-screen';
export type { ExportCheckSlot } from './phase-runner';
