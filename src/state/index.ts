export { useWorkbench, type WorkbenchState } from './store';
export { setServices, getServices, browserServices, type Services } from './services';
export { AUTOSAVE_DELAY_MS, type SaveStatus } from './editor-slice';
export { DRAFTS_PAGE_SIZE, EXAMPLE_PLAN_URL } from './drafts-slice';
export type { DraftSummary, ReadinessSummary } from '../persistence';
export type { ImportOutcome } from './import-slice';
export type { CheckInput } from './run-transitions';
export type { RestoreOutcome } from './drafts-slice';
export type { StorageMode, TabInfo } from '../persistence';
