/**
 * The spec's metrics, each with the baseline it is judged against. In pasted text a metric is named by its
 * key or an alias, and its baseline by the same names as a custom trigger's (see baselineNames), or by
 * `baselineAliases`, which come first.
 */
const METRICS = [
  {
    key: 'errorRatePercent',
    baselineKey: 'errorRateBaselinePercent',
    name: 'Error rate',
    unit: '%',
    aliases: ['error_rate', 'errorrate', 'error_rate_percent'],
    baselineAliases: [],
  },
  {
    key: 'latencyP99Ms',
    baselineKey: 'latencyP99BaselineMs',
    name: 'Latency p99',
    unit: 'ms',
    aliases: ['p99_ms', 'p99', 'latency_p99', 'latency_p99_ms'],
    baselineAliases: ['p99_baseline_ms'],
  },
  {
    key: 'downstreamFailures',
    baselineKey: 'downstreamFailuresBaseline',
    name: 'Downstream failures',
    unit: 'per min',
    aliases: ['downstream_failures', 'downstream'],
    baselineAliases: [],
  },
] as const;
export type MetricKey = (typeof METRICS)[number]['key' | 'baselineKey'];

/** A baseline's names in pasted text: its metric's name with `_baseline` after or `baseline_` before. */
const baselineNames = (name: string) => [`${name}_baseline`, `baseline_${name}`];

/** Each metric's box and then its baseline's, with the names they are pasted by. */
export const METRIC_FIELDS: ReadonlyArray<{ key: MetricKey; label: string; aliases: readonly string[] }> =
  METRICS.flatMap((m) => [
    { key: m.key, label: `${m.name} (${m.unit})`, aliases: m.aliases },
    {
      key: m.baselineKey,
      label: `${m.name} baseline (${m.unit})`,
      aliases: [...m.baselineAliases, ...m.aliases.flatMap(baselineNames)],
    },
  ]);

export const norm = (k: string) =>
  k
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** A custom trigger's names in pasted text: its rule id (RT-C1), its id, and its metric key. */
export type CustomKey = { triggerId: string; names: string[] };
export type CustomValues = Record<string, { value?: number; baseline?: number }>;
export type ParsedMetrics = { values: Partial<Record<MetricKey, number>>; custom: CustomValues };

function pairsOf(trimmed: string): Array<[string, unknown]> | { error: string } {
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return { error: 'The JSON must be an object of metric names to numbers.' };
      return Object.entries(parsed);
    } catch {
      return { error: 'The pasted text starts like JSON but is not valid JSON.' };
    }
  }
  return trimmed
    .split(/[\n,;]+|\s+(?=[A-Za-z_][\w-]*\s*[=:])/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^([A-Za-z_][\w\s-]*?)\s*[=:]\s*(.+)$/.exec(part);
      return m ? ([m[1] ?? '', m[2]?.trim()] as [string, unknown]) : ([part, undefined] as [string, unknown]);
    });
}

/** A custom trigger and whether the key names its value or its baseline. */
function customFor(key: string, customs: CustomKey[]): { triggerId: string; baseline: boolean } | null {
  for (const c of customs) {
    const names = c.names.map(norm).filter((n) => n !== '');
    if (names.includes(key)) return { triggerId: c.triggerId, baseline: false };
    if (names.some((n) => baselineNames(n).includes(key))) return { triggerId: c.triggerId, baseline: true };
  }
  return null;
}

/**
 * Reads what people paste from dashboards: a JSON object, or `key=value` / `key: value` pairs split by
 * spaces, commas or lines. A custom trigger is named by its rule id, its id or its metric key, and its
 * baseline by the same name with `_baseline`. Unknown keys are named in the error, so a typo is not
 * silently ignored.
 */
export function parseMetrics(text: string, customs: CustomKey[] = []): ParsedMetrics | { error: string } {
  const pairs = pairsOf(text.trim());
  if ('error' in pairs) return pairs;
  const values: Partial<Record<MetricKey, number>> = {};
  const custom: CustomValues = {};
  for (const [rawKey, rawValue] of pairs) {
    const key = norm(rawKey);
    const field = METRIC_FIELDS.find((f) => norm(f.key) === key || f.aliases.includes(key));
    const own = field ? null : customFor(key, customs);
    if (!field && !own) {
      const known = [...METRIC_FIELDS.map((f) => f.aliases[0]), ...customs.map((c) => c.names[0] ?? '')];
      return {
        error: `Unknown metric "${rawKey.slice(0, 40)}". Known: ${known.filter(Boolean).join(', ')}.`,
      };
    }
    const n =
      typeof rawValue === 'number'
        ? rawValue
        : typeof rawValue === 'string'
          ? Number(rawValue.replace(/%|ms$|min$/g, ''))
          : Number.NaN;
    if (!Number.isFinite(n) || n < 0)
      return { error: `"${rawKey.slice(0, 40)}" needs a number of zero or more.` };
    if (field) values[field.key] = n;
    else if (own)
      custom[own.triggerId] = { ...custom[own.triggerId], [own.baseline ? 'baseline' : 'value']: n };
  }
  if (Object.keys(values).length === 0 && Object.keys(custom).length === 0)
    return { error: 'No metric found in the pasted text.' };
  return { values, custom };
}
