import { useCallback, useEffect, useRef, useState } from 'react';
import type { IntegrityResult, ProgressUpdate } from '../../integrity';
import { runIntegrityCheck, type IntegrityCheckRequest } from '../../integrity/worker/client';

export type CheckRun =
  | { status: 'idle' }
  | { status: 'running'; progress: ProgressUpdate | null }
  | { status: 'finished'; result: IntegrityResult; seconds: number; request: IntegrityCheckRequest };

/**
 * One check at a time, in its own worker. Cancel aborts it (the worker is terminated); leaving the panel
 * does the same, so a forgotten 1 GB check never keeps a core busy in the background.
 */
export function useCheckRun() {
  const [run, setRun] = useState<CheckRun>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (request: IntegrityCheckRequest) => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    const t0 = performance.now();
    setRun({ status: 'running', progress: null });
    const result = await runIntegrityCheck(request, {
      signal: abort.signal,
      onProgress: (progress) => {
        if (!abort.signal.aborted) setRun({ status: 'running', progress });
      },
    });
    controller.current = null;
    setRun({ status: 'finished', result, seconds: (performance.now() - t0) / 1000, request });
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { run, start, cancel };
}
