import type { RehearsalInput, RehearsalProgress, RehearsalResult } from './types';

export type BootSource = 'datadir' | 'initdb';

/** Page -> worker. 'boot' only starts PostgreSQL and reports the time: the benchmark's cold start. */
export type ToRehearsalWorker =
  { type: 'start'; input: RehearsalInput } | { type: 'boot'; source: BootSource };

export type BootInfo = {
  source: BootSource;
  /** Fetching the data directory and starting PostgreSQL, in ms. */
  ms: number;
  /** Why the data directory was not used, when the worker fell back to initdb. */
  fallback: string | null;
  /** When each step of the boot ended, in ms since it started (what the benchmark breaks down). */
  phases: BootPhase[];
};

export type BootPhase = { name: string; ms: number };

export type FromRehearsalWorker =
  | { type: 'progress'; progress: RehearsalProgress }
  | { type: 'result'; result: RehearsalResult; boot: BootInfo }
  | { type: 'booted'; boot: BootInfo; serverVersion: string }
  | { type: 'error'; message: string };
