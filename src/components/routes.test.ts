import { describe, expect, it } from 'vitest';
import { parseRoute, planPath } from './routes';

describe('routes', () => {
  it('parses the drafts list, an editor step and unknown paths', () => {
    expect(parseRoute('/')).toEqual({ name: 'drafts' });
    expect(parseRoute('/plans/abc/rollback')).toEqual({ name: 'editor', id: 'abc', step: 'rollback' });
    expect(parseRoute('/plans/abc')).toEqual({ name: 'editor', id: 'abc', step: 'assessment' });
    expect(parseRoute('/plans/abc/nope').name).toBe('not-found');
    expect(parseRoute('/plans/abc/run')).toEqual({ name: 'run', id: 'abc' });
    expect(parseRoute('/elsewhere').name).toBe('not-found');
  });

  it('round-trips ids that need escaping', () => {
    const path = planPath('a b/c', 'outputs');
    expect(parseRoute(path)).toEqual({ name: 'editor', id: 'a b/c', step: 'outputs' });
  });
});
