import { describe, expect, it } from 'vitest';
import { textSource } from './byte-sources';
import { checkExports } from './check-exports';
import type { ByteSource } from './read-pass';
import { scanSide, type KeyDiffMethod, type SideRunner } from './side';

/** A source that hands out its chunks one task apart, as a file read does: looking at its first rows wins. */
function slow(src: ByteSource): ByteSource {
  return {
    ...src,
    async *chunks() {
      for await (const chunk of src.chunks()) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        yield chunk;
      }
    },
  };
}

const rows = (keys: number[]) => `id,v\n${keys.map((k) => `${k},v${k % 7}`).join('\n')}\n`;
const shuffled = Array.from({ length: 3000 }, (_, i) => (i * 7919) % 3000);

describe('the start of a check', () => {
  it('reads at once with the one-pass diff, and when neither export starts in key order stops and reads again with the key log', async () => {
    const runs: { method: KeyDiffMethod | undefined; stopped: () => boolean }[] = [];
    const recording: SideRunner = (side, hooks) => {
      runs.push({ method: side.method, stopped: () => hooks.signal?.aborted === true });
      return scanSide(side, hooks);
    };
    const input = () => ({
      source: slow(textSource('s.csv', rows(shuffled), [500])),
      target: slow(textSource('t.csv', rows([...shuffled].reverse().filter((k) => k !== 5)), [500])),
      keyColumn: 'id',
    });
    let bytes = 0;
    let total = 0;
    const result = await checkExports(
      input(),
      {
        onBytes: (done, all) => {
          bytes = done;
          total = all;
        },
      },
      recording,
    );
    expect(runs.map((r) => r.method)).toEqual(['sketch', 'sketch', 'log', 'log']);
    expect(runs.map((r) => r.stopped())).toEqual([true, true, false, false]);
    // The same report as a check that used the key log from the start, and the progress bar ends full.
    const logOnly: SideRunner = (side, hooks) => scanSide({ ...side, method: 'log' }, hooks);
    expect(result).toEqual(await checkExports(input(), {}, logOnly));
    expect(result).toMatchObject({
      ok: true,
      keyDiffBy: 'key-log',
      keyDiff: { missingInTarget: { count: 1 } },
    });
    expect(bytes).toBe(total);
  });

  it('keeps the one-pass run when an export starts in key order', async () => {
    const methods: (KeyDiffMethod | undefined)[] = [];
    const recording: SideRunner = (side, hooks) => {
      methods.push(side.method);
      return scanSide(side, hooks);
    };
    const ordered = Array.from({ length: 3000 }, (_, i) => i);
    const result = await checkExports(
      {
        source: slow(textSource('s.csv', rows(ordered), [500])),
        target: slow(textSource('t.csv', rows(shuffled), [500])),
        keyColumn: 'id',
      },
      {},
      recording,
    );
    expect(methods).toEqual(['sketch', 'sketch']);
    expect(result).toMatchObject({ ok: true, keyDiffBy: 'one-pass' });
  });
});
