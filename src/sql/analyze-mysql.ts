import type { SqlAnalysis } from './types';
export type MysqlParser = { astify: (sql: string) => unknown };
export async function loadMysqlParser(): Promise<MysqlParser> {
  return Promise.reject(new Error('todo'));
}
export function analyzeMysqlWith(
  _p: MysqlParser,
  _t: string,
  _r: Record<string, number> | undefined,
): SqlAnalysis {
  return { dialect: 'mysql', statements: [], parseError: null, scriptFindings: [] };
}
