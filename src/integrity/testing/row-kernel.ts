import { readFileSync } from 'node:fs';
import { createRowKernel, type RowKernel, type RowKernelExports } from '../row-kernel';

/** The kernel `npm run wasm` built (npm run test:unit builds it first), compiled synchronously for tests. */
export function loadRowKernel(): RowKernel {
  const url = new URL('../wasm/build/row-kernel.wasm', import.meta.url);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(readFileSync(url));
  } catch {
    throw new Error(`${url.pathname} is missing: run "npm run wasm" (npm run test:unit does it first).`);
  }
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  return createRowKernel(instance.exports as unknown as RowKernelExports);
}
