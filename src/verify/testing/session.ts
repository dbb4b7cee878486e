import {
  VerifyRound,
  type Plan,
  type VerifySession,
  type VerifySetup,
  type VerifySide,
  type VerifyTableFacts,
} from '../../domain';
import { emptySession, newSession } from '../session';

/** What the tests compare unless they say otherwise: PostgreSQL `orders` on both sides, by id, every column. */
export const ordersSetup = (patch: Partial<VerifySetup> = {}): VerifySetup => ({
  source: { dialect: 'postgresql', table: 'orders' },
  target: { dialect: 'postgresql', table: 'orders' },
  keyColumns: ['id'],
  columns: [],
  where: '',
  ...patch,
});

/** A session before its first round: the two tables, and everything else a test does not look at. */
export function sessionOn(
  source: VerifySide,
  target: VerifySide,
  at: Date,
  patch: Partial<VerifySetup> = {},
) {
  return emptySession({
    id: 'verify-1',
    checkId: 'ic-1',
    startedAt: at.toISOString(),
    setup: ordersSetup({ source, target, ...patch }),
    fingerprint: 'f',
  });
}

/** A table's describe facts: `rows` rows keyed by one integer id from 1 up. */
export const idTable = (rows: number): VerifyTableFacts => ({
  columns: [{ name: 'id', dataType: 'bigint', typeClass: 'integer' }],
  primaryKey: ['id'],
  foreignKeys: [],
  rows,
  keyMin: '1',
  keyMax: String(rows),
});

type RoundInput = Omit<Partial<VerifyRound>, 'number' | 'at'> & Pick<VerifyRound, 'kind'>;

/**
 * The example's checksum check (phase 2's ic-2-2) verified as the panel saves it: both tables described
 * with `rows` rows, then the given rounds, numbered from 1, all at `roundsAt`.
 */
export function verifiedChecksum(
  plan: Plan,
  input: {
    id: string;
    setup: VerifySetup;
    startedAt: Date;
    roundsAt: Date;
    rows: number;
    rounds: RoundInput[];
  },
): VerifySession {
  const check = plan.execution.phases[1]!.integrityChecks[1]!;
  const s = newSession({
    id: input.id,
    plan,
    phaseId: 'ph-2',
    check,
    setup: input.setup,
    now: input.startedAt,
  });
  const facts = idTable(input.rows);
  const rounds = input.rounds.map((r, i) =>
    VerifyRound.parse({ number: i + 1, at: input.roundsAt.toISOString(), ...r }),
  );
  return { ...s, source: facts, target: facts, rounds, pending: [] };
}
