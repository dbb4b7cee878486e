/**
 * What src/integrity/wasm/row-kernel.ts exports once compiled (row-kernel.ts wraps it; the tests instantiate
 * it the same way).
 */
export interface RowKernelExports {
  memory: WebAssembly.Memory;
  rows: WebAssembly.Global<'i32'>;
  heapBase(): number;
  hashBytes(p: number, len: number, seed: number, out: number): void;
  hashKeyBytes(p: number, len: number, out: number): void;
  scan(
    buf: number,
    len: number,
    start: number,
    keyCol: number,
    trim: number,
    out: number,
    cap: number,
  ): number;
  sketchRows: WebAssembly.Global<'i32'>;
  sketchOrder: WebAssembly.Global<'i32'>;
  sketchSize(): number;
  sketchInit(base: number): void;
  sketchFilter(block: number): number;
  sketchScratch(): number;
  sketchAdd(kLo: number, kHi: number, rLo: number, key: number, keyLen: number): void;
  sketchColumns(n: number): void;
  sketchSumLo(): number;
  sketchSumHi(): number;
  sketchTaken(): number;
  sketchRagged(): number;
  digestInit(room: number): void;
  digestUpdate(p: number, len: number): void;
  digestFinal(): void;
  digestLo: WebAssembly.Global<'i32'>;
  digestHi: WebAssembly.Global<'i32'>;
}
