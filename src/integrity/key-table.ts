import { KEY_TABLE_BYTES_PER_KEY, recharge, type MemoryBudget } from './memory';

/**
 * A compact set of key bytes (the parent export's keys, for the referential check), in typed arrays only.
 *
 * Why not Map<string, number>: in bytes a Map of short keys is about as compact (the bench measures both), but
 * it needs a JS string decoded from the key bytes for every row, its real size cannot be known in advance to
 * charge a budget, and V8 caps a Map at 2^24 entries (a RangeError mid-run). Here a key costs its bytes in one
 * arena plus ~17 bytes of columns and 4-byte hash slots, the size is exact, and keys are compared as bytes.
 * Entries keep their insertion order, which is the order of the samples reported.
 */
export interface KeyTable {
  size: number;
  /** Set by findOrInsert: whether the last call added the key. */
  inserted: boolean;
  /** Entry index, or -1 when the key is absent. */
  find(buf: Uint8Array, start: number, end: number): number;
  /** Entry index (new or existing), or -1 when adding it would exceed the memory budget. */
  findOrInsert(buf: Uint8Array, start: number, end: number): number;
  keyBytes(entry: number): Uint8Array;
  footprintBytes(): number;
  release(): void;
}

/** FNV-1a with a final avalanche: keys are short, and open addressing needs well-mixed low bits. */
export function keyHash(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function grown<T extends Uint8Array | Uint32Array>(old: T, size: number, make: (n: number) => T): T {
  const next = make(size);
  next.set(old.subarray(0, Math.min(old.length, size)));
  return next;
}

export function createKeyTable(budget: MemoryBudget, initialEntries = 1024): KeyTable {
  let cap = initialEntries;
  let slots = new Int32Array(cap * 2);
  let mask = slots.length - 1;
  let hashes = new Uint32Array(cap);
  let offsets = new Uint32Array(cap + 1);
  let arena = new Uint8Array(cap * 8);
  let arenaUsed = 0;
  const t: KeyTable = {
    size: 0,
    inserted: false,
    find,
    findOrInsert,
    keyBytes: (e) => arena.slice(offsets[e], offsets[e + 1]),
    footprintBytes,
    release,
  };
  let charged = 0;

  function footprintBytes(): number {
    return slots.byteLength + hashes.byteLength + offsets.byteLength + arena.byteLength;
  }

  function charge(): boolean {
    const now = footprintBytes();
    if (!recharge(budget, charged, now)) return false;
    charged = now;
    return true;
  }

  function release(): void {
    recharge(budget, charged, 0);
    charged = 0;
  }

  function sameKey(e: number, buf: Uint8Array, start: number, end: number): boolean {
    const off = offsets[e]!;
    if (offsets[e + 1]! - off !== end - start) return false;
    for (let i = start, j = off; i < end; i++, j++) if (buf[i] !== arena[j]) return false;
    return true;
  }

  function probe(buf: Uint8Array, start: number, end: number, h: number): number {
    let slot = h & mask;
    for (;;) {
      const v = slots[slot]!;
      if (v === 0) return -1 - slot;
      const e = v - 1;
      if (hashes[e] === h && sameKey(e, buf, start, end)) return e;
      slot = (slot + 1) & mask;
    }
  }

  function find(buf: Uint8Array, start: number, end: number): number {
    const r = probe(buf, start, end, keyHash(buf, start, end));
    return r >= 0 ? r : -1;
  }

  /** Sizes are checked against the budget before the arrays are replaced, so a refusal leaves them intact. */
  function growFor(keyLen: number): boolean {
    const needArena = arenaUsed + keyLen > arena.length;
    const needEntries = t.size + 1 > cap;
    if (!needArena && !needEntries) return true;
    const newCap = needEntries ? cap * 2 : cap;
    let newArena = arena.length;
    while (arenaUsed + keyLen > newArena) newArena *= 2;
    const extra = (newCap - cap) * KEY_TABLE_BYTES_PER_KEY + (newArena - arena.length);
    if (budget.usedBytes + extra > budget.limitBytes) return false;
    resize(newCap, newArena);
    return charge();
  }

  function resize(newCap: number, newArena: number): void {
    if (newArena !== arena.length) arena = grown(arena, newArena, (n) => new Uint8Array(n));
    if (newCap === cap) return;
    cap = newCap;
    hashes = grown(hashes, cap, (n) => new Uint32Array(n));
    offsets = grown(offsets, cap + 1, (n) => new Uint32Array(n));
    slots = new Int32Array(cap * 2);
    mask = slots.length - 1;
    for (let e = 0; e < t.size; e++) {
      let slot = hashes[e]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    }
  }

  function findOrInsert(buf: Uint8Array, start: number, end: number): number {
    const h = keyHash(buf, start, end);
    const r = probe(buf, start, end, h);
    if (r >= 0) {
      t.inserted = false;
      return r;
    }
    if (charged === 0 && !charge()) return -1;
    const len = end - start;
    if (t.size + 1 > cap || arenaUsed + len > arena.length) {
      if (!growFor(len)) return -1;
      return insertAt(buf, start, end, h, -1 - probe(buf, start, end, h));
    }
    return insertAt(buf, start, end, h, -1 - r);
  }

  function insertAt(buf: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const e = t.size++;
    // A byte loop, not arena.set(buf.subarray(...)): keys are short, and a view per insert costs more than
    // the copy (7M allocations on the benchmark pair).
    let j = arenaUsed;
    for (let i = start; i < end; i++) arena[j++] = buf[i]!;
    arenaUsed = j;
    hashes[e] = h;
    offsets[e + 1] = arenaUsed;
    slots[slot] = e + 1;
    t.inserted = true;
    return e;
  }

  return t;
}
