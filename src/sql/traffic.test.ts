import { describe, expect, it } from 'vitest';
import { estimateLockQueue, trafficText } from './traffic';
import { parseRate, parseTableStats } from './table-stats';

describe('lock x time x traffic', () => {
  const rates = { readsPerSec: 20_000, writesPerSec: 4_000 };
  it('counts what the lock blocks: writes, and reads only under ACCESS EXCLUSIVE', () => {
    const share = estimateLockQueue({
      rates,
      blocks: { reads: false, writes: true },
      lockTimeoutSec: 3,
      holdSec: 10,
    });
    expect(share).toEqual({ blockedPerSec: 4_000, waitingWhileQueued: 12_000, waitingWhileHeld: 40_000 });
    const all = estimateLockQueue({
      rates,
      blocks: { reads: true, writes: true },
      lockTimeoutSec: null,
      holdSec: null,
    });
    expect(all).toEqual({ blockedPerSec: 24_000, waitingWhileQueued: null, waitingWhileHeld: null });
  });
  it('says it in words, as the issue asks', () => {
    const text = trafficText({
      table: 'orders',
      rates,
      blocks: { reads: false, writes: true },
      lockTimeoutSec: 3,
      long: false,
    });
    expect(text).toBe(
      '~4,000 writes/s on orders queue behind this lock; with lock_timeout 3s at most ~12,000 wait before it gives up.',
    );
    expect(
      trafficText({
        table: 'orders',
        rates,
        blocks: { reads: true, writes: true },
        lockTimeoutSec: null,
        long: true,
      }),
    ).toBe(
      '~4,000 writes/s and 20,000 reads/s on orders queue behind this lock; with no lock_timeout they wait as long as the longest transaction on the table runs; each minute it holds the lock while it reads the table queues ~1,400,000 more.',
    );
    expect(
      trafficText({
        table: 'o',
        rates,
        blocks: { reads: false, writes: false },
        lockTimeoutSec: 3,
        long: false,
      }),
    ).toBeNull();
  });
});

describe('pasted table statistics', () => {
  it('reads psql output of pg_stat_user_tables, schema-qualified and bare', () => {
    const s = parseTableStats(
      ' schemaname |   relname   | n_live_tup \n------------+-------------+------------\n public     | orders      |  400000000\n billing    | invoices    |      12000\n(2 rows)\n',
    );
    expect(s.rows).toEqual({
      'public.orders': 400_000_000,
      orders: 400_000_000,
      'billing.invoices': 12_000,
      invoices: 12_000,
    });
    expect(s.problems).toEqual([]);
  });
  it('reads CSV of pg_class with rates, and reports what it cannot read', () => {
    const s = parseTableStats(
      'relname,reltuples,reads_per_sec,writes_per_sec\norders,4e8,900,4000\nfresh,-1,,\n',
    );
    expect(s.rows).toEqual({ orders: 400_000_000 });
    expect(s.rates).toEqual({ orders: { readsPerSec: 900, writesPerSec: 4000 } });
    expect(s.problems).toEqual(['line 3: no row count for fresh']);
    expect(parseTableStats('a,b\n1,2').problems[0]).toMatch(/needs a table name column/);
  });
  it('reads --rates', () => {
    expect(parseRate('Orders=900:4000')).toEqual({
      table: 'orders',
      rates: { readsPerSec: 900, writesPerSec: 4000 },
    });
    expect(parseRate('orders=9000')).toBeNull();
  });
});
