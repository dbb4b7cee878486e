/**
 * Page side of the SQL analysis worker: one long-lived worker (the parser is expensive to load, so it
 * is kept), created on the first request, with a typed promise per request. A crashed worker rejects
 * what it was holding and is replaced on the next request.
 */
import type { AnalyzeContext, SqlAnalysis, SqlDialectName, SqlFacts } from '..';
import type { SqlAnalysisRequest, SqlAnalysisResponse } from './protocol';

export type SqlAnalysisResult = {
  analysis: SqlAnalysis;
  facts: SqlFacts;
  /** Set on the one result that paid for loading the parser. */
  parserLoadMs: number | null;
  analysisMs: number;
};

export type SqlAnalysisInput = {
  text: string;
  dialect: SqlDialectName;
  tableRows: Record<string, number>;
  context?: AnalyzeContext;
};

export type SqlAnalysisClient = {
  analyze: (input: SqlAnalysisInput) => Promise<SqlAnalysisResult>;
  dispose: () => void;
};

type Pending = { resolve: (result: SqlAnalysisResult) => void; reject: (error: Error) => void };

export function createSqlAnalysisClient(): SqlAnalysisClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string): void => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  const start = (): Worker => {
    const w = new Worker(new URL('./sql-analysis.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<SqlAnalysisResponse>) => {
      const message = event.data;
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(message.message));
      else {
        const { analysis, facts, parserLoadMs, analysisMs } = message;
        waiting.resolve({ analysis, facts, parserLoadMs, analysisMs });
      }
    });
    w.addEventListener('error', (event) => {
      failAll(`The SQL analysis worker stopped: ${event.message || 'unknown error'}`);
    });
    w.addEventListener('messageerror', () => {
      failAll('The SQL analysis worker sent a message that could not be read.');
    });
    return w;
  };

  return {
    analyze: (input) =>
      new Promise<SqlAnalysisResult>((resolve, reject) => {
        worker ??= start();
        const id = nextId++;
        pending.set(id, { resolve, reject });
        const { text, dialect, tableRows, context } = input;
        const request: SqlAnalysisRequest = { type: 'analyze', id, text, dialect, tableRows, context };
        worker.postMessage(request);
      }),
    dispose: () => failAll('The SQL analysis client was disposed.'),
  };
}
