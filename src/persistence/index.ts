export * from './database';
export * from './drafts-repository';
export * from './records';
export * from './autosave';
export { CURRENT_DB_VERSION, DB_NAME } from './schema-versions';
export { openDatabase, type StorageMode } from './open-database';
