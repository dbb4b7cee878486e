import type { HashMode } from './csv-bytes';
import type { ByteSource } from './read-pass';

export interface ReferentialInput {
  parent: ByteSource;
  parentKeyColumn: string;
  child: ByteSource;
  childForeignKeyColumn: string;
}

export interface CheckExportsInput {
  source: ByteSource;
  target: ByteSource;
  keyColumn: string;
  referential?: ReferentialInput | null;
  mode?: HashMode;
  trimWhitespace?: boolean;
  /** How many keys to list per finding (default 20). */
  sampleLimit?: number;
  /** Defaults to KEY_MEMORY_BUDGET_BYTES; tests inject a small one. */
  keyMemoryBudgetBytes?: number;
  maxRecordBytes?: number;
}

export interface CheckHooks {
  /** Bytes consumed across all files so far, and the total of their sizes. */
  onBytes?: (bytesDone: number, bytesTotal: number) => void;
  signal?: AbortSignal;
}
