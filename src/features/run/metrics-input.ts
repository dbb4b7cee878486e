export const METRIC_FIELDS = [
  {
    key: 'errorRatePercent',
    label: 'Error rate (%)',
    aliases: ['error_rate', 'errorrate', 'error_rate_percent'],
  },
  {
    key: 'errorRateBaselinePercent',
    label: 'Error rate baseline (%)',
    aliases: ['error_rate_baseline', 'baseline_error_rate'],
  },
  {
    key: 'latencyP99Ms',
    label: 'Latency p99 (ms)',
    aliases: ['p99_ms', 'p99', 'latency_p99', 'latency_p99_ms'],
  },
  {
    key: 'latencyP99BaselineMs',
    label: 'Latency p99 baseline (ms)',
    aliases: ['p99_baseline_ms', 'p99_baseline', 'latency_p99_baseline'],
  },
  {
    key: 'downstreamFailures',
    label: 'Downstream failures (per min)',
    aliases: ['downstream_failures', 'downstream'],
  },
  {
    key: 'downstreamFailuresBaseline',
    label: 'Downstream failures baseline (per min)',
    aliases: ['downstream_failures_baseline', 'downstream_baseline'],
  },
] as const;
export type MetricKey = (typeof METRIC_FIELDS)[number]['key'];

const norm = (k: string) =>
  k
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * Reads what people paste from dashboards: a JSON object, or `key=value` / `key: value` pairs split by
 * spaces, commas or lines. Unknown keys are named in the error, so a typo is not silently ignored.
 */
export function parseMetrics(
  text: string,
): { values: Partial<Record<MetricKey, number>> } | { error: string } {
  let pairs: Array<[string, unknown]>;
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return { error: 'The JSON must be an object of metric names to numbers.' };
      pairs = Object.entries(parsed);
    } catch {
      return { error: 'The pasted text starts like JSON but is not valid JSON.' };
    }
  } else {
    pairs = trimmed
      .split(/[\n,;]+|\s+(?=[A-Za-z_][\w-]*\s*[=:])/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const m = /^([A-Za-z_][\w\s-]*?)\s*[=:]\s*(.+)$/.exec(part);
        return m
          ? ([m[1] ?? '', m[2]?.trim()] as [string, unknown])
          : ([part, undefined] as [string, unknown]);
      });
  }
  const values: Partial<Record<MetricKey, number>> = {};
  for (const [rawKey, rawValue] of pairs) {
    const key = norm(rawKey);
    const field = METRIC_FIELDS.find(
      (f) => norm(f.key) === key || (f.aliases as readonly string[]).includes(key),
    );
    if (!field)
      return {
        error: `Unknown metric "${rawKey.slice(0, 40)}". Known: ${METRIC_FIELDS.map((f) => f.aliases[0]).join(', ')}.`,
      };
    const n =
      typeof rawValue === 'number'
        ? rawValue
        : typeof rawValue === 'string'
          ? Number(rawValue.replace(/%|ms$/g, ''))
          : Number.NaN;
    if (!Number.isFinite(n) || n < 0)
      return { error: `"${rawKey.slice(0, 40)}" needs a number of zero or more.` };
    values[field.key] = n;
  }
  if (Object.keys(values).length === 0) return { error: 'No metric found in the pasted text.' };
  return { values };
}
