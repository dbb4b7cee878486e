export * from './database';
export * from './drafts-repository';
export * from './records';
export * from './autosave';
export { BODIES_STORE, CURRENT_DB_VERSION, DB_NAME, SUMMARIES_STORE } from './schema-versions';
export { openDatabase, type StorageMode } from './open-database';
export { answerOtherTabs, askOtherTabs, tabShowsDraft, type TabInfo } from './tab-registry';
