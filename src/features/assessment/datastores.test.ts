import { describe, expect, it } from 'vitest';
import { Component } from '../../domain';
import { datastoresOf, validRate } from './datastores';

/** A migrating table named by its id, unless `patch` says otherwise. */
const c = (id: string, patch: Partial<Component>): Component =>
  Component.parse({ id, name: id, kind: 'table', ...patch });

describe('datastores of the assessment', () => {
  it('are the migrating components that hold state, with their plan index', () => {
    const list = datastoresOf([
      c('api', { kind: 'service' }),
      c('orders', { stateful: true }),
      c('items', { rows: 10 }),
      c('cache', { stateful: true, role: 'consumer' }),
      c('new', { stateful: true, role: 'target' }),
    ]);
    expect(list.map((d) => [d.component.id, d.index])).toEqual([
      ['orders', 1],
      ['items', 2],
    ]);
  });
  it('take rates from 0 to a billion a second, or none', () => {
    expect([null, 0, 5_000, 1e9].every(validRate)).toBe(true);
    expect([-1, 1e10].some(validRate)).toBe(false);
  });
});
