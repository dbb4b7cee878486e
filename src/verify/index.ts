/**
 * Integrity checks that run inside the databases (issue 26): the app writes read-only SQL for each side,
 * reads back what psql --csv or mysql --batch printed, compares chunk checksums and narrows mismatches
 * down to keys. Pure: no connection, no DOM, no clock (`now` is passed in).
 */
export { applyRound, type Applied, type RoundInput } from './apply-round';
export { buildRound, nextRoundKind, setupProblem, type RoundBuild, type VerifyContext } from './round-build';
export { contextOf, defaultSetup, emptySession, newSession, tableOfCheck } from './session';
export {
  keyText,
  rangeText,
  recordProblem,
  summarise,
  verifyRecord,
  type VerifyRecord,
  type VerifySummary,
} from './summary';
export { clientCommand, whereProblem } from './script';
export { LIMITS, rowsPerChunk } from './plan-round';
export { parseOutput } from './parse-output';
export type { RoundSql, Side } from './types';
