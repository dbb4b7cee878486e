/**
 * Tabs of the app tell each other when a draft was saved, so an edit in one shows up in another and
 * a stale tab learns it is stale before it writes. BroadcastChannel stays inside this origin.
 */
type Message = { kind: 'draft-saved'; id: string; revision: number };

let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
  if (channel === null && typeof BroadcastChannel !== 'undefined')
    channel = new BroadcastChannel('migration-workbench-drafts');
  return channel;
}

export function announceSaved(id: string, revision: number): void {
  open()?.postMessage({ kind: 'draft-saved', id, revision } satisfies Message);
}

export function listenToOtherTabs(onSaved: (id: string, revision: number) => void): () => void {
  const ch = open();
  if (!ch) return () => undefined;
  const handler = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<Message> | null;
    if (data?.kind === 'draft-saved' && typeof data.id === 'string' && typeof data.revision === 'number')
      onSaved(data.id, data.revision);
  };
  ch.addEventListener('message', handler);
  return () => ch.removeEventListener('message', handler);
}
