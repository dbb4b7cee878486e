import type { VerifyRound, VerifySegment, VerifySession } from '../domain';
import { layoutOf } from './layout';
import type { OutputRow } from './parse-output';
import { LIMITS, type RoundPlan } from './plan-round';
import { readDescribe } from './read-describe';
import { diffListed, readChunks, readOrphans } from './read-results';
import { readSide, type SideRows } from './read-rows';
import { buildRound, type VerifyContext } from './round-build';
import type { Side } from './types';

export type RoundInput = Record<Side, string>;
export type Applied = { session: VerifySession; round: VerifyRound };

/**
 * Reads one round's pasted outputs and moves the verification on. Nothing changes when a paste does not
 * fit: the sentence says which side and why, and both pastes stay where they are.
 */
export function applyRound(
  session: VerifySession,
  context: VerifyContext,
  input: RoundInput,
  now: Date,
): Applied | { error: string } {
  const build = buildRound(session, context);
  if ('error' in build) return build;
  const { number, kind } = build.sql;
  const read: Partial<Record<Side, SideRows>> = {};
  for (const side of ['source', 'target'] as const) {
    if (build.ends[side] === 0) continue;
    const text = input[side];
    if (text.trim() === '') return { error: `Paste what the ${side} printed for round ${number}.` };
    const step = stepOf(build.sql[side] ?? '');
    const table = session.setup[side].table;
    const r = readSide(text, side, step, build.ends[side], (rows) =>
      kind === 'describe' &&
      rows.some((x) => x.kind === 'end' && x.fields[0] === '1') &&
      !rows.some((x) => x.kind === 'column')
        ? `there is no table ${table} (the catalog lists no columns for it): check its name and schema.`
        : null,
    );
    if ('error' in r) return r;
    read[side] = r;
  }
  const base: VerifyRound = {
    number,
    kind,
    at: now.toISOString(),
    checked: 0,
    mismatched: [],
    differences: [],
    orphans: [],
    sourceBytes: read.source?.bytes ?? 0,
    targetBytes: read.target?.bytes ?? 0,
    note: '',
  };
  const rowsOf = (side: Side): OutputRow[] => read[side]?.rows ?? [];
  if (kind === 'describe') return describe(session, base, rowsOf);
  if (kind === 'boundaries') {
    const bounds = rowsOf('source')
      .filter((r) => r.kind === 'bound')
      .map((r) => ({ rn: Number(r.fields[0]), key: r.fields.slice(1) }))
      .sort((a, b) => a.rn - b.rn)
      .map((b) => b.key)
      .filter((k, i, all) => i === 0 || k.join('\u0000') !== all[i - 1]?.join('\u0000'))
      .slice(0, 20_000);
    const round = { ...base, note: `${bounds.length + 1} chunks between ${bounds.length} sampled keys.` };
    return { session: { ...session, boundaries: bounds, rounds: [...session.rounds, round] }, round };
  }
  const plan = build.plan;
  const layout = build.layout;
  if (!plan || !layout) return { error: 'This round has nothing to compare.' };
  const compared = compare(plan, rowsOf('source'), rowsOf('target'));
  if ('error' in compared) return compared;
  const listed = plan.groups.some((g) => g.kind === 'list')
    ? diffListed(rowsOf('source'), rowsOf('target'), layout)
    : [];
  if ('error' in listed) return listed;
  const orphans = [...readOrphans(rowsOf('source'), 'source'), ...readOrphans(rowsOf('target'), 'target')];
  const mismatched = compared.filter((c) => !c.same).map((c) => c.segment);
  const pending = mismatched.filter((s) => !oneSidedAndLarge(s));
  const listedCount = plan.groups.filter((g) => g.kind === 'list').length;
  const notes = [
    listedCount > 0
      ? `${listedCount} piece${listedCount === 1 ? '' : 's'} listed row by row: ${listed.length} differing row${listed.length === 1 ? '' : 's'}.`
      : null,
    listedCount > 0 && listed.length === 0
      ? 'No listed row differs: the rows changed between the two runs, or the sides order their keys differently.'
      : null,
  ];
  const note = notes.filter((n): n is string => n !== null).join(' ');
  const round: VerifyRound = {
    ...base,
    checked: plan.segments.length,
    mismatched: mismatched.slice(0, 5_000),
    differences: listed.slice(0, 5_000),
    orphans,
    note,
  };
  return { session: { ...session, pending, rounds: [...session.rounds, round] }, round };
}

const stepOf = (sql: string) => /'([st]\d+-[0-9a-z]{4})'/.exec(sql)?.[1] ?? '';

function describe(
  session: VerifySession,
  base: VerifyRound,
  rowsOf: (side: Side) => OutputRow[],
): Applied | { error: string } {
  const facts = { source: session.source, target: session.target };
  for (const side of ['source', 'target'] as const) {
    const s = session.setup[side];
    const f = readDescribe(rowsOf(side), s.dialect, s.table, side);
    if ('error' in f) return f;
    facts[side] = f;
  }
  const next = { ...session, source: facts.source, target: facts.target };
  const layout = layoutOf(next);
  if ('error' in layout) {
    const pk = facts.source?.primaryKey ?? [];
    return {
      error: `${layout.error}${pk.length > 0 ? ` The source's primary key is (${pk.join(', ')}): start over with it as the key.` : ''}`,
    };
  }
  const notes: string[] = [];
  const pk = facts.source?.primaryKey ?? [];
  const key = session.setup.keyColumns;
  if (pk.length > 0 && pk.join(',').toLowerCase() !== key.join(',').toLowerCase())
    notes.push(
      `The key (${key.join(', ')}) is not the source's primary key (${pk.join(', ')}): it must be unique and never NULL.`,
    );
  if (layout.sourceOnly.length > 0)
    notes.push(`Only on the source, not compared: ${layout.sourceOnly.join(', ')}.`);
  if (layout.targetOnly.length > 0)
    notes.push(`Only on the target, not compared: ${layout.targetOnly.join(', ')}.`);
  notes.push(...layout.notes);
  const round = { ...base, note: notes.join(' ').slice(0, 5_000) };
  return { session: { ...next, rounds: [...session.rounds, round] }, round };
}

type Compared = { segment: VerifySegment; same: boolean };

function compare(plan: RoundPlan, source: OutputRow[], target: OutputRow[]): Compared[] | { error: string } {
  const s = readChunks(source, plan.segments.length);
  if ('error' in s) return { error: `Source: ${s.error}` };
  const t = readChunks(target, plan.segments.length);
  if ('error' in t) return { error: `Target: ${t.error}` };
  return plan.segments.map((seg, i) => {
    const a = s.get(i);
    const b = t.get(i);
    return {
      segment: { ...seg, sourceRows: Number(a?.rows ?? 0n), targetRows: Number(b?.rows ?? 0n) },
      same: (a?.rows ?? 0n) === (b?.rows ?? 0n) && (a?.sum ?? 0n) === (b?.sum ?? 0n),
    };
  });
}

/** A piece one side does not have at all, too big to list: its range is the answer. */
const oneSidedAndLarge = (s: VerifySegment) =>
  ((s.sourceRows ?? 0) === 0 || (s.targetRows ?? 0) === 0) &&
  Math.max(s.sourceRows ?? 0, s.targetRows ?? 0) > LIMITS.listMax;
