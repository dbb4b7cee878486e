import { useCallback, useEffect, useRef, useState } from 'react';

/** Long enough to batch a burst of keystrokes into one plan edit, short enough to feel live. */
export const COMMIT_DELAY_MS = 250;

/**
 * Local text for a large textarea, written to the plan after a pause in typing (and at once on blur
 * or unmount). Every plan edit re-evaluates the plan and schedules an autosave, so committing a
 * 2 MB script on each keystroke would make typing lag. A change that comes from elsewhere (a file,
 * applied phases, another tab) replaces the local text.
 */
export function useDraftText(committed: string, commit: (text: string) => void) {
  const [text, setText] = useState(committed);
  const sent = useRef(committed);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    if (value === null || value === sent.current) return;
    sent.current = value;
    commitRef.current(value);
  }, []);

  const change = useCallback(
    (value: string) => {
      setText(value);
      pending.current = value;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, COMMIT_DELAY_MS);
    },
    [flush],
  );

  /** Replaces the text and commits it at once (a loaded file is one deliberate edit). */
  const replace = useCallback(
    (value: string) => {
      setText(value);
      pending.current = value;
      flush();
    },
    [flush],
  );

  useEffect(() => {
    // Our own commit coming back is not news; anything else is an edit made elsewhere.
    if (committed === sent.current) return;
    sent.current = committed;
    pending.current = null;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setText(committed);
  }, [committed]);

  useEffect(() => flush, [flush]);

  return { text, change, replace, flush };
}
