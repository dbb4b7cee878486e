/**
 * Tabs of the app answer "who is there?" over a BroadcastChannel, so a tab whose database upgrade is blocked
 * can say which tab holds the older version open. The browser itself never names the blocking connection;
 * this is as far as a page can know. A tab of a build without this registry stays silent.
 */
export interface TabInfo {
  tabId: string;
  /** When the tab started (ISO), to tell two tabs with the same draft apart. */
  openedAt: string;
  /** The address the tab shows, e.g. /plans/abc/assessment. */
  path: string;
  /** The title of the draft open in the tab, if any. */
  draftTitle: string | null;
  /** The drafts database version this tab holds open; null while it has none. */
  dbVersion: number | null;
}

type Message = { kind: 'who'; askId: string } | { kind: 'here'; askId: string; tab: TabInfo };

const CHANNEL = 'migration-workbench-tabs';

const self: { draftTitle: string | null; dbVersion: number | null } = {
  draftTitle: null,
  dbVersion: null,
};

const randomId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : String(Math.random()).slice(2);

/** The database version this tab now holds open (set by openDatabase), or null. */
export function tabHoldsDatabase(version: number | null): void {
  self.dbVersion = version;
}

/** The draft this tab shows, for other tabs to name it by. */
export function tabShowsDraft(title: string | null): void {
  self.draftTitle = title;
}

function describeSelf(tabId: string, openedAt: string): TabInfo {
  return {
    tabId,
    openedAt,
    path: typeof location === 'undefined' ? '' : location.pathname,
    draftTitle: self.draftTitle,
    dbVersion: self.dbVersion,
  };
}

const isMessage = (data: unknown): data is Message =>
  typeof data === 'object' &&
  data !== null &&
  'kind' in data &&
  'askId' in data &&
  typeof data.askId === 'string' &&
  (data.kind === 'who' || (data.kind === 'here' && 'tab' in data));

/** Answers other tabs' "who is there?" until the returned function is called. */
export function answerOtherTabs(openedAt: Date): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const tabId = randomId();
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (!isMessage(data) || data.kind !== 'who') return;
    channel.postMessage({
      kind: 'here',
      askId: data.askId,
      tab: describeSelf(tabId, openedAt.toISOString()),
    } satisfies Message);
  };
  return () => channel.close();
}

/** Asks every other tab of the app to describe itself; resolves with those that answered in time. */
export function askOtherTabs(waitMs = 300): Promise<TabInfo[]> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve([]);
  const channel = new BroadcastChannel(CHANNEL);
  const askId = randomId();
  const found: TabInfo[] = [];
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (isMessage(data) && data.kind === 'here' && data.askId === askId) found.push(data.tab);
  };
  channel.postMessage({ kind: 'who', askId } satisfies Message);
  return new Promise((resolve) =>
    setTimeout(() => {
      channel.close();
      resolve(found);
    }, waitMs),
  );
}
