import type { IntegrityCheckKind, PhaseKind, PhaseTiming, RollbackMechanism } from '../domain/execution';

/** The approaches whose phases come from the plan's facts rather than from SQL statements. */
export type ProposedApproach = 'dual-write' | 'snapshot-replay' | 'strangler-fig';

export type ApproachInput = {
  approach: ProposedApproach;
  /** The datastore that moves (or, for a strangler fig, the monolith), and where it goes. */
  source: string;
  target: string;
  /** Rows to copy; the copy's row-count check expects them. null when not known. */
  rows: number | null;
  soakHours: number;
  /** A maintenance window exists: the cut-over runs inside it; otherwise it is an online switch. */
  hasWindow: boolean;
  /** Strangler fig only: data ownership moves with each slice, so each slice dual-writes its data. */
  dataMoves?: boolean;
};

export type DraftCheck = [
  IntegrityCheckKind,
  string,
  { expectedRows?: number | null; checksumTarget?: string }?,
];

/** A proposed phase before ids are given: what it does, what gates it, and the way back after it. */
export type DraftPhase = {
  kind: PhaseKind;
  name: string;
  steps: string[];
  verification: string;
  checks: DraftCheck[];
  mechanism: RollbackMechanism;
  timing?: PhaseTiming;
  pausable?: boolean;
  deletesSource?: boolean;
};
