export { DbVerifyPanel } from './db-verify-panel';
