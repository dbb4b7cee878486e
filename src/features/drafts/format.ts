import { CHECKING_SQL, type ReadinessSummary } from '../../state';

const STRATEGY_LABELS: Record<string, string> = {
  'big-bang': 'Big bang',
  rolling: 'Rolling',
  'blue-green': 'Blue-green',
  canary: 'Canary',
  'strangler-fig': 'Strangler fig',
};

export const strategyLabel = (strategy: string | null) =>
  strategy ? (STRATEGY_LABELS[strategy] ?? strategy) : 'Not chosen';

export function readinessLabel(readiness: ReadinessSummary | null): {
  text: string;
  tone: 'ok' | 'bad' | 'unknown';
} {
  if (!readiness) return { text: 'evaluating…', tone: 'unknown' };
  if (readiness.checking) return { text: CHECKING_SQL, tone: 'unknown' };
  if (readiness.ready) return { text: 'Ready', tone: 'ok' };
  const count = `${readiness.blockers} blocker${readiness.blockers === 1 ? '' : 's'}`;
  // The rule ids say which blockers, so the list and the editor can be compared at a glance.
  const ids = readiness.blockerIds ?? [];
  return { text: ids.length > 0 ? `${count} (${ids.join(', ')})` : count, tone: 'bad' };
}

/** "3 min ago", "yesterday, 14:05", or a date: what a person scanning a list wants. */
export function relativeTime(iso: string, now: Date): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 45) return 'just now';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400 && then.getDate() === now.getDate())
    return `today, ${then.toTimeString().slice(0, 5)}`;
  dateTime ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return dateTime.format(then);
}

/** One formatter for every row: building one per call (what toLocaleString does) is the slow part. */
let dateTime: Intl.DateTimeFormat | undefined;
