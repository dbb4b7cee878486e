import type { HashMode } from './csv-bytes';
import type { KeyDiffRows } from './key-diff';
import type { KeyLogData } from './key-log';
import type { ProgressUpdate } from './progress';
import type { SideInput, SideOutcome } from './side';
import type { IntegrityResult } from './types';

/**
 * Messages between the page and src/integrity/worker/integrity.worker.ts. Files travel by structured clone (a File is a
 * handle; its bytes are not copied), described structurally so that tests hand in bytes from memory. A
 * MessagePort is a worker's type as much as the page's (the core's libraries are a worker's).
 */
export interface FileHandle {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface IntegrityCheckRequest {
  source: FileHandle;
  target: FileHandle;
  keyColumn: string;
  referential?: {
    parent: FileHandle;
    parentKeyColumn: string;
    child: FileHandle;
    childForeignKeyColumn: string;
  } | null;
  mode: HashMode;
  trimWhitespace: boolean;
  sampleLimit?: number;
}

export type ToWorker =
  /** `helper`: the port to the helper the page started beside this worker (worker/client.ts). */
  | { type: 'start'; request: IntegrityCheckRequest; helper?: MessagePort }
  | { type: 'cancel' }
  /** To the helper: serve ToSideWorker messages arriving on this port, answering on it. */
  | { type: 'helper'; port: MessagePort }
  /** To the owner: the page saw its helper stop (only the page hears a worker's error event). */
  | { type: 'helper-failed'; why: string };

export type FromWorker =
  | ({ type: 'progress' } & ProgressUpdate)
  /** Always the last message: a report, or a structured failure (including 'cancelled'). */
  | { type: 'result'; result: IntegrityResult };

/**
 * Between the integrity worker and a second instance of itself that reads one side of the key diff (the
 * target) on the other core. The side's key log comes back with its buffers transferred, not copied.
 */
export type ToSideWorker =
  /** `run` numbers the owner's requests: a stopped run may still answer after the next one began. */
  | { type: 'side'; run: number; file: FileHandle; side: Omit<SideInput, 'src'> }
  /** Answered with 'pong' as soon as the helper's script runs. */
  | { type: 'ping' }
  /** Stops the side being read: it answers 'side-result' with a 'cancelled' failure. */
  | { type: 'stop' }
  /** The helper's share of the key diff: partitions [from, to) of both logs (the others are empty). */
  | { type: 'diff'; source: KeyLogData; target: KeyLogData; from: number; to: number; limit: number };

export type FromSideWorker =
  | { type: 'side-bytes'; run: number; bytes: number }
  | { type: 'side-result'; run: number; outcome: SideOutcome }
  | { type: 'pong' }
  | { type: 'diff-result'; rows: KeyDiffRows };
