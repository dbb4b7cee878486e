import { describe, expect, it } from 'vitest';
import { FIRST_RUN_OFFLINE_MESSAGE, isNetworkError } from './offline';

describe('offline first rehearsal', () => {
  it("recognises the browsers' fetch failures, not other errors", () => {
    expect(isNetworkError(new TypeError('Failed to fetch'))).toBe(true);
    expect(isNetworkError(new TypeError('NetworkError when attempting to fetch resource.'))).toBe(true);
    expect(isNetworkError(new TypeError('Load failed'))).toBe(true);
    expect(isNetworkError(new Error('relation "orders" does not exist'))).toBe(false);
    expect(isNetworkError('Failed to fetch')).toBe(false);
  });
  it('says the first run downloads PostgreSQL, how much, and needs the network once', () => {
    expect(FIRST_RUN_OFFLINE_MESSAGE).toMatch(
      /first run downloads PostgreSQL .*about 8 MB.*needs the network once/,
    );
  });
});
