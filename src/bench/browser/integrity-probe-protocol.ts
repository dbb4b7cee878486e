import type { HashMode } from '../../integrity/csv-bytes';

/** Between integrity-bench-page.ts and integrity-probe.worker.ts: what to measure, and what was measured. */
export type ProbeRequest =
  | { op: 'read'; files: File[]; reader: 'byob' | 'default' }
  | { op: 'digest'; files: File[] }
  | { op: 'checksum'; files: File[]; mode: HashMode }
  | { op: 'keydiff'; files: File[] }
  | { op: 'rows'; rows: number };

export interface ProbeReply {
  ms: number;
  bytes: number;
  rows: number;
  chunks: number;
  /** For 'rows': the scanner + hash + sum over the same rows in one buffer (64 KB pushes). */
  scanMs?: number;
  /** For 'rows': the same with the WebAssembly kernel (row and key hashes), as the check's sides read. */
  kernelMs?: number;
  /** For 'digest': milliseconds spent in the digest's updates (copy into the kernel and hash), in the worker. */
  hashMs?: number;
  /** For 'keydiff': milliseconds of the source side, the target side and the diff. */
  parts?: number[];
}
