export type Side = 'source' | 'target';

/** The SQL of one round for both sides; null where that side has nothing to run this round. */
export type RoundSql = {
  number: number;
  kind: 'describe' | 'boundaries' | 'checksum' | 'narrow';
  /** The script's title, naming the check and the round. */
  title: string;
  /** What the round does, for a heading: "checksum every chunk and count orphans". */
  heading: string;
  source: string | null;
  target: string | null;
};
