import { describe, expect, it } from 'vitest';
import { Component } from '../domain';
import { analyseDependencies, consumersToNotify } from './dependencies';

const comps = (...ids: string[]) =>
  ids.map((id) => Component.parse({ id, name: id, ownerTeam: `team-${id}` }));
const e = (from: string, to: string) => ({ from, to });

describe('dependencies', () => {
  it('orders components in waves: a consumer after what it consumes', () => {
    const r = analyseDependencies(comps('api', 'db', 'billing', 'cache'), [
      e('db', 'api'),
      e('api', 'billing'),
    ]);
    expect(r.waves).toEqual([['db', 'cache'], ['api'], ['billing']]);
    expect(r.cycles).toEqual([]);
  });

  it('names cycles and keeps their members in one wave after their dependencies', () => {
    const r = analyseDependencies(comps('a', 'b', 'c', 'd'), [
      e('d', 'a'),
      e('a', 'b'),
      e('b', 'c'),
      e('c', 'a'),
    ]);
    expect(r.cycles).toEqual([['a', 'b', 'c']]);
    expect(r.waves).toEqual([['d'], ['a', 'b', 'c']]);
  });

  it('treats a self-dependency as a cycle and reports edges to unknown components', () => {
    const r = analyseDependencies(comps('a', 'b'), [e('a', 'a'), e('a', 'ghost')]);
    expect(r.cycles).toEqual([['a']]);
    expect(r.danglingEdges).toEqual([1]);
  });

  it('handles a 50,000-long chain without overflowing the stack', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `c${i}`);
    const edges = ids.slice(1).map((id, i) => e(ids[i] ?? '', id));
    const r = analyseDependencies(comps(...ids), edges);
    expect(r.waves).toHaveLength(50_000);
    expect(r.waves.at(-1)).toEqual(['c49999']);
  });

  it('lists each downstream consumer once, in plan order', () => {
    const list = consumersToNotify(comps('db', 'api', 'bi'), [e('db', 'bi'), e('db', 'api'), e('api', 'bi')]);
    expect(list).toEqual([
      { componentId: 'api', name: 'api', ownerTeam: 'team-api' },
      { componentId: 'bi', name: 'bi', ownerTeam: 'team-bi' },
    ]);
  });
});
