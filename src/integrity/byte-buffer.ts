/** A growable byte buffer, reused across records so the slow path allocates only when a record is larger. */
export interface ByteBuffer {
  bytes: Uint8Array;
  length: number;
}

export function createByteBuffer(initial = 1024): ByteBuffer {
  return { bytes: new Uint8Array(initial), length: 0 };
}

export function ensureCapacity(buf: ByteBuffer, extra: number): void {
  const need = buf.length + extra;
  if (need <= buf.bytes.length) return;
  let size = buf.bytes.length * 2;
  while (size < need) size *= 2;
  const next = new Uint8Array(size);
  next.set(buf.bytes.subarray(0, buf.length));
  buf.bytes = next;
}

export function pushByte(buf: ByteBuffer, b: number): void {
  if (buf.length === buf.bytes.length) ensureCapacity(buf, 1);
  buf.bytes[buf.length++] = b;
}

export function pushBytes(buf: ByteBuffer, src: Uint8Array, start: number, end: number): void {
  ensureCapacity(buf, end - start);
  buf.bytes.set(src.subarray(start, end), buf.length);
  buf.length += end - start;
}
