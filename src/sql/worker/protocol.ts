import type { AnalyzeContext, SqlAnalysis, SqlDialectName, SqlFacts } from '..';

/** Page -> worker: analyse one script. `id` pairs the answer with its request. */
export type SqlAnalysisRequest = {
  type: 'analyze';
  id: number;
  text: string;
  dialect: SqlDialectName;
  tableRows: Record<string, number>;
  /** Stats provenance, rates and the current schema (issue 22). */
  context?: AnalyzeContext;
};

/**
 * Worker -> page. `facts` is the engine's trimmed input, computed in the worker so the page never
 * loads the rule catalog. `parserLoadMs` is set on the one answer that paid for loading the parser.
 */
export type SqlAnalysisResponse =
  | {
      type: 'result';
      id: number;
      analysis: SqlAnalysis;
      facts: SqlFacts;
      parserLoadMs: number | null;
      analysisMs: number;
    }
  | { type: 'error'; id: number; message: string };
