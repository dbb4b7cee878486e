export { checkExports } from './check-exports';
export type { CheckExportsInput, CheckHooks, ReferentialInput } from './check-input';
export type { ByteSource } from './read-pass';
export { memorySource, textSource } from './byte-sources';
export type { HashMode } from './csv-bytes';
export {
  describeNormalisation,
  NORMALISED_MODE_DESCRIPTION,
  RAW_MODE_DESCRIPTION,
  REFERENTIAL_DESCRIPTION,
} from './normalisation';
export {
  KEY_MEMORY_BUDGET_BYTES,
  KEY_LOG_BYTES_PER_ROW,
  approxMaxKeyRows,
  approxMaxParentKeys,
} from './memory';
export { createProgressThrottle, type ProgressUpdate } from './progress';
export { describeHeaderDifference, integrityVerdict, type IntegrityVerdict } from './verdict';
export { toRecordedCheckFields, type RecordedCheckFields } from './to-recorded-check';
export type { FileHandle, FromWorker, IntegrityCheckRequest, ToWorker } from './protocol';
export type * from './types';
