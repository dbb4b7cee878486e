import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './run-cli';
import { analysePlanSql } from './sql-hook';

// The only impure edge of the CLI: real files, real streams, the real clock, ids and the exit code.
const code = await runCli(process.argv.slice(2), {
  readFile: (path) => {
    const buffer = readFileSync(path);
    return { text: buffer.toString('utf8'), bytes: buffer.length };
  },
  writeFile: (path, text) => writeFileSync(path, text),
  exists: (path) => existsSync(path),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
  newId: () => randomUUID(),
  analyseSql: analysePlanSql,
});
process.exitCode = code;
// libpg-query's WebAssembly runtime leaves a timer of about a second behind after a parse; nothing is
// waiting for it, so exit once both streams have flushed instead of idling until it fires.
const flushed = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
