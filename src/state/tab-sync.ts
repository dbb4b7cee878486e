/**
 * Tabs of the app tell each other when a draft was saved, so an edit in one shows up in another and
 * a stale tab learns it is stale before it writes. BroadcastChannel stays inside this origin.
 */
type Message = { kind: 'draft-saved'; id: string; revision: number };

/** Another tab's message, if it is one this version understands (an older or newer tab may send others). */
function savedMessage(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null || !('kind' in data) || data.kind !== 'draft-saved')
    return null;
  if (!('id' in data) || typeof data.id !== 'string') return null;
  if (!('revision' in data) || typeof data.revision !== 'number') return null;
  return { kind: data.kind, id: data.id, revision: data.revision };
}

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
    const saved = savedMessage(event.data);
    if (saved) onSaved(saved.id, saved.revision);
  };
  ch.addEventListener('message', handler);
  return () => ch.removeEventListener('message', handler);
}
