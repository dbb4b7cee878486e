import { describe, expect, it } from 'vitest';
import { chunk } from './chunk';

describe('a code chunk loaded on demand', () => {
  it('downloads once however often it is asked for, and says when it is in', async () => {
    let downloads = 0;
    const editor = chunk(() => {
      downloads += 1;
      return Promise.resolve({ EditorShell: 'shell' });
    });
    expect(editor.current()).toEqual({ status: 'loading' });
    const [a, b] = await Promise.all([editor.start(), editor.start()]);
    expect(downloads).toBe(1);
    expect(a).toBe(b);
    expect(editor.current()).toEqual({ status: 'loaded', module: { EditorShell: 'shell' } });
  });

  it('says why when the download fails (offline, or a new version replaced the file)', async () => {
    const editor = chunk(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    await expect(editor.start()).rejects.toThrow('Failed to fetch');
    expect(editor.current()).toEqual({
      status: 'failed',
      message: 'Failed to fetch dynamically imported module',
    });
  });
});
