import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in e2e/ and must never be collected by vitest.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20000,
    // One worker per core, not Vitest's default of one fewer: many files wait on WebAssembly, PGlite or
    // MariaDB, and on a two-core CI machine the default of one worker ran them all in a row.
    maxWorkers: availableParallelism(),
  },
});
