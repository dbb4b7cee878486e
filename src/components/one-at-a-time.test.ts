import { describe, expect, it } from 'vitest';
import { oneAtATimeQueue } from './one-at-a-time';

describe('oneAtATimeQueue', () => {
  it('starts each job in a task of its own, after the previous one ended', async () => {
    const run = oneAtATimeQueue();
    const log: string[] = [];
    let task = 0;
    // Counts macrotasks: a job started in the same task as another would log the same number.
    const ticking = setInterval(() => (task += 1), 0);
    const job = (name: string) => async () => {
      log.push(`${name} start @${task}`);
      await Promise.resolve();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([run(job('a')), run(job('b')), run(job('c'))]);
    clearInterval(ticking);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log.filter((l) => l.endsWith('end'))).toEqual(['a end', 'b end', 'c end']);
    const starts = log.filter((l) => l.includes('start')).map((l) => Number(l.split('@')[1]));
    expect(new Set(starts).size).toBe(3);
    expect(log.indexOf('a end')).toBeLessThan(log.indexOf('b start @' + starts[1]));
  });

  it('goes on after a job fails, and hands the failure to its caller', async () => {
    const run = oneAtATimeQueue();
    const failed = run(() => Promise.reject(new Error('parse error')));
    const next = run(() => Promise.resolve('drawn'));
    await expect(failed).rejects.toThrow('parse error');
    await expect(next).resolves.toBe('drawn');
  });
});
