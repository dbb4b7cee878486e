import { describe, expect, it } from 'vitest';
import { answerOtherTabs, askOtherTabs, tabHoldsDatabase, tabShowsDraft } from './tab-registry';

describe('tab registry', () => {
  it('a tab answers "who is there?" with its draft, address, start time and database version', async () => {
    const stop = answerOtherTabs(new Date('2026-12-01T10:00:00.000Z'));
    tabHoldsDatabase(2);
    tabShowsDraft('Orders plan');
    const tabs = await askOtherTabs(100);
    stop();
    expect(tabs.map(({ tabId: _id, ...rest }) => rest)).toEqual([
      {
        openedAt: '2026-12-01T10:00:00.000Z',
        path: '',
        draftTitle: 'Orders plan',
        dbVersion: 2,
      },
    ]);
    expect(tabs[0]?.tabId).toMatch(/\S/);
    expect(await askOtherTabs(50)).toEqual([]);
  });
});
