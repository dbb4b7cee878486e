/**
 * Web Worker for the SQL safety analysis: the PostgreSQL parser is WASM and a 2 MB script takes
 * long enough to freeze typing, so both the parser load and the analysis run here, off the page.
 * The parser loads on the first request for its dialect, never before.
 */
import { loadSqlAnalyzer, toSqlFacts, type SqlAnalyzer, type SqlDialectName } from '..';
import type { SqlAnalysisRequest, SqlAnalysisResponse } from './protocol';

const post = (message: SqlAnalysisResponse) => postMessage(message);

const analyzers = new Map<SqlDialectName, Promise<SqlAnalyzer>>();

/** Loads the dialect's parser once; reports how long the load took to the request that waited for it. */
async function analyzerFor(
  dialect: SqlDialectName,
): Promise<{ analyze: SqlAnalyzer; loadMs: number | null }> {
  const known = analyzers.get(dialect);
  if (known) return { analyze: await known, loadMs: null };
  const started = performance.now();
  const loading = loadSqlAnalyzer(dialect);
  analyzers.set(dialect, loading);
  try {
    const analyze = await loading;
    return { analyze, loadMs: performance.now() - started };
  } catch (error: unknown) {
    // Forget a failed load (e.g. offline before the .wasm was cached) so the next request retries.
    analyzers.delete(dialect);
    throw error;
  }
}

async function handle(request: SqlAnalysisRequest): Promise<SqlAnalysisResponse> {
  try {
    const { analyze, loadMs } = await analyzerFor(request.dialect);
    const started = performance.now();
    const analysis = analyze(request.text, request.tableRows, request.context);
    const analysisMs = performance.now() - started;
    return {
      type: 'result',
      id: request.id,
      analysis,
      facts: toSqlFacts(analysis),
      parserLoadMs: loadMs,
      analysisMs,
    };
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    return { type: 'error', id: request.id, message: `The SQL parser could not run: ${message}` };
  }
}

addEventListener('message', (event: MessageEvent<SqlAnalysisRequest>) => {
  void handle(event.data).then(post);
});
