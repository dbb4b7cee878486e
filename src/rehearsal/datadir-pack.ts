/**
 * The shipped data directory's own compact format ("pack"), written by the build and read by the
 * rehearsal worker. A tar made every boot parse 40 MB in JavaScript (a checksum per header, a copy
 * per file) and then copy each file again into PGlite's in-memory file system; 16 MB of that was the
 * zeros of the one WAL segment. A pack lists the files in a small JSON header and stores each file
 * without its trailing zeros, so a boot only allocates, and most files go into the file system as
 * views of the unzipped buffer, without a copy. A file identical to an earlier one is stored once:
 * template0, template1 and postgres share most of their 7 MB, which gzip's 32 KB window cannot see,
 * and copying memory is cheaper than unzipping it. Pure: no DOM, no Node.
 */
import { z } from 'zod';

const MAGIC = 'PGLITEDD';
const PACK_VERSION = 1;
const PREFIX_BYTES = MAGIC.length + 8;

/** A directory (no data) or a file, with its path relative to the data directory. */
export type PackEntry = { path: string; data: Uint8Array | null };

/** `same`: index of an earlier file entry with the same content, stored there. */
const HeaderEntry = z.union([
  z.object({ path: z.string(), dir: z.literal(true) }),
  z.object({ path: z.string(), size: z.number(), stored: z.number() }),
  z.object({ path: z.string(), size: z.number(), same: z.number() }),
]);
type HeaderEntry = z.infer<typeof HeaderEntry>;
const Header = z.object({ entries: z.array(HeaderEntry) });
type Header = z.infer<typeof Header>;

/** The subset of Emscripten's FS that reading and writing a data directory needs. */
export type PackFs = {
  mkdir(path: string, mode?: number): unknown;
  mkdirTree(path: string, mode?: number): unknown;
  analyzePath(path: string): { exists: boolean };
  writeFile(path: string, data: Uint8Array, opts?: { canOwn?: boolean }): void;
  readdir(path: string): string[];
  readFile(path: string): Uint8Array;
  stat(path: string): { mode: number };
  isDir(mode: number): boolean;
};

function trimmedLength(data: Uint8Array): number {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end -= 1;
  return end;
}

/** FNV-1a: only to find candidate duplicates, which are then compared byte for byte. */
function contentKey(data: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const byte of data) h = Math.imul(h ^ byte, 0x01000193);
  return `${data.length}:${h >>> 0}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Directories before what they hold (sorted paths), files without their trailing zeros, once. */
export function packDataDir(entries: PackEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const header: Header = { entries: [] };
  const seen = new Map<string, number[]>();
  let dataBytes = 0;
  for (const { path, data } of sorted) {
    if (data === null) {
      header.entries.push({ path, dir: true });
      continue;
    }
    const key = contentKey(data);
    const candidates = seen.get(key) ?? [];
    const same = candidates.find((i) => sameBytes(sorted[i]?.data ?? new Uint8Array(0), data));
    if (same !== undefined && data.length > 0) {
      header.entries.push({ path, size: data.length, same });
      continue;
    }
    seen.set(key, [...candidates, header.entries.length]);
    const stored = trimmedLength(data);
    header.entries.push({ path, size: data.length, stored });
    dataBytes += stored;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(PREFIX_BYTES + json.length + dataBytes);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(MAGIC.length, PACK_VERSION, true);
  view.setUint32(MAGIC.length + 4, json.length, true);
  out.set(json, PREFIX_BYTES);
  let at = PREFIX_BYTES + json.length;
  for (const [i, entry] of header.entries.entries()) {
    const data = sorted[i]?.data;
    if (!('stored' in entry) || !data) continue;
    out.set(data.subarray(0, entry.stored), at);
    at += entry.stored;
  }
  return out;
}

export function isPack(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) === MAGIC;
}

function parseHeader(json: string): Header {
  const read = Header.safeParse(JSON.parse(json));
  if (!read.success) throw new Error(`data directory pack: bad entry list: ${z.prettifyError(read.error)}`);
  const list = read.data.entries;
  const stored = (e: HeaderEntry | undefined): e is Extract<HeaderEntry, { stored: number }> =>
    e !== undefined && 'stored' in e && e.stored <= e.size;
  for (const [i, e] of list.entries()) {
    // A duplicate refers to an earlier entry that holds bytes of the same size.
    const earlier = 'same' in e && e.same >= 0 && e.same < i ? list[e.same] : undefined;
    const duplicate = 'same' in e && stored(earlier) && earlier.size === e.size;
    const ok = !e.path.split('/').includes('..') && ('dir' in e || stored(e) || duplicate);
    if (!ok) throw new Error(`data directory pack: bad entry ${JSON.stringify(e)}`);
  }
  return read.data;
}

/**
 * The entries of a pack. Files stored whole are views of `bytes` (so `bytes` must not be reused);
 * the few with trailing zeros get a buffer of their full size.
 */
export function unpackDataDir(bytes: Uint8Array): PackEntry[] {
  if (bytes.length < PREFIX_BYTES || !isPack(bytes)) {
    throw new Error('data directory pack: not a pack (wrong magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(MAGIC.length, true);
  if (version !== PACK_VERSION) throw new Error(`data directory pack: version ${version}, expected 1`);
  const headerBytes = view.getUint32(MAGIC.length + 4, true);
  const header = parseHeader(
    new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes)),
  );
  let at = PREFIX_BYTES + headerBytes;
  const out: PackEntry[] = [];
  for (const entry of header.entries) {
    if ('dir' in entry) {
      out.push({ path: entry.path, data: null });
      continue;
    }
    if ('same' in entry) {
      // A copy, not a view: PostgreSQL writes into each file's buffer on its own.
      out.push({ path: entry.path, data: out[entry.same]?.data?.slice() ?? new Uint8Array(0) });
      continue;
    }
    if (at + entry.stored > bytes.length) throw new Error('data directory pack: truncated');
    const stored = bytes.subarray(at, at + entry.stored);
    at += entry.stored;
    let data = stored;
    if (entry.stored < entry.size) {
      data = new Uint8Array(entry.size);
      data.set(stored);
    }
    out.push({ path: entry.path, data });
  }
  if (at !== bytes.length) throw new Error('data directory pack: bytes left after the last file');
  return out;
}

/** Writes the entries under `root`; the file system keeps the buffers it is given (canOwn). */
export function writeDataDir(fs: PackFs, root: string, entries: PackEntry[]): void {
  if (!fs.analyzePath(root).exists) fs.mkdirTree(root, 0o700);
  for (const { path, data } of entries) {
    const target = `${root}/${path}`;
    if (data === null) fs.mkdir(target, 0o700);
    else fs.writeFile(target, data, { canOwn: true });
  }
}

/** Every directory and file under `root`, for the build. */
export function readDataDir(fs: PackFs, root: string): PackEntry[] {
  const out: PackEntry[] = [];
  const walk = (rel: string) => {
    for (const name of fs.readdir(rel ? `${root}/${rel}` : root)) {
      if (name === '.' || name === '..') continue;
      const path = rel ? `${rel}/${name}` : name;
      if (fs.isDir(fs.stat(`${root}/${path}`).mode)) {
        out.push({ path, data: null });
        walk(path);
      } else out.push({ path, data: fs.readFile(`${root}/${path}`) });
    }
  };
  walk('');
  return out;
}
