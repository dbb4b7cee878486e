export type Side = 'source' | 'target';
export const SIDES: readonly Side[] = ['source', 'target'];

/** The SQL of one round for both sides; null where that side has nothing to run this round. */
export type RoundSql = {
  number: number;
  kind: 'describe' | 'boundaries' | 'checksum' | 'narrow';
  title: string;
  source: string | null;
  target: string | null;
};
