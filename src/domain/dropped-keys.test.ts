import { describe, expect, it } from 'vitest';
import example from '../../public/examples/orders-bigint.json';
import { describeDropped, likelyKey } from './dropped-keys';
import { loadPlanText, loadPlanValue } from './load';

const withKeys = (edit: (doc: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(JSON.stringify(example)) as Record<string, unknown>;
  edit(doc);
  return JSON.stringify(doc);
};

describe('keys a plan file holds that the plan format does not', () => {
  it('are listed with their paths, and a misspelling with the key it likely meant', () => {
    const text = withKeys((doc) => {
      doc['titel'] = 'typo';
      const assessment = doc['assessment'] as Record<string, unknown>;
      assessment['componnets'] = [];
      const phase = (doc['execution'] as { phases: Record<string, unknown>[] }).phases[1]!;
      phase['ownr'] = 'Payments';
      phase['x-review'] = { by: 'Ann' };
    });
    const loaded = loadPlanText(text);
    // In the file's order: the root's new key comes after the sections.
    expect(loaded.ok && loaded.dropped).toEqual([
      { path: 'assessment.componnets', key: 'componnets', suggestion: 'components' },
      { path: 'execution.phases[1].ownr', key: 'ownr', suggestion: 'owner' },
      { path: 'execution.phases[1].x-review', key: 'x-review', suggestion: null },
      { path: 'titel', key: 'titel', suggestion: 'title' },
    ]);
    expect(loaded.ok && loaded.dropped.map(describeDropped)).toContain(
      'assessment.componnets: not part of a plan, ignored (did you mean "components"?)',
    );
  });

  it('are none for a plan written by the app', () => {
    const loaded = loadPlanText(JSON.stringify(example));
    expect(loaded.ok && loaded.dropped).toEqual([]);
  });

  it('point at the misspelling behind a missing required key, in the refusal itself', () => {
    const text = withKeys((doc) => {
      doc['Title'] = doc['title'];
      delete doc['title'];
    });
    const loaded = loadPlanText(text);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.message).toBe(
      'Invalid plan at title: Invalid input: expected string, received undefined. The file has "Title" there: did you mean "title"?',
    );
    expect(loaded.error.dropped).toEqual([{ path: 'Title', key: 'Title', suggestion: 'title' }]);
  });

  it('are not looked for when the caller says it never reports them, except to explain a refusal', () => {
    const valid = JSON.parse(withKeys((doc) => (doc['titel'] = 'typo'))) as unknown;
    const stored = loadPlanValue(valid, { listDropped: false });
    expect(stored.ok && stored.dropped).toEqual([]);
    const full = loadPlanValue(valid);
    expect(full.ok && full.dropped.map((d) => d.key)).toEqual(['titel']);
    expect(stored.ok && stored.plan).toEqual(full.ok && full.plan);

    const invalid = JSON.parse(
      withKeys((doc) => {
        doc['Title'] = doc['title'];
        delete doc['title'];
      }),
    ) as unknown;
    const refused = loadPlanValue(invalid, { listDropped: false });
    expect(!refused.ok && refused.error.dropped).toEqual([
      { path: 'Title', key: 'Title', suggestion: 'title' },
    ]);
    expect(!refused.ok && refused.error.message).toContain('did you mean "title"?');
  });

  it('name an own __proto__ key, which never becomes a prototype', () => {
    const text = withKeys(() => undefined).replace('{', '{"__proto__":{"polluted":true},');
    const loaded = loadPlanText(text);
    expect(loaded.ok && loaded.dropped).toEqual([{ path: '__proto__', key: '__proto__', suggestion: null }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('likelyKey', () => {
  it('takes a case slip or a near spelling, never a far one', () => {
    expect(likelyKey('RowsPerSecond', ['rowsPerSecond', 'batchSize'])).toBe('rowsPerSecond');
    expect(likelyKey('batchsize', ['rowsPerSecond', 'batchSize'])).toBe('batchSize');
    expect(likelyKey('rowsPerSec', ['rowsPerSecond', 'batchSize'])).toBe('rowsPerSecond');
    expect(likelyKey('notes', ['rowsPerSecond', 'batchSize'])).toBeNull();
  });
});
