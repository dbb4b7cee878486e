export const STEPS = [
  { id: 'assessment', label: 'Assessment' },
  { id: 'strategy', label: 'Strategy' },
  { id: 'rollback', label: 'Rollback' },
  { id: 'execution', label: 'Execution' },
  { id: 'outputs', label: 'Outputs' },
] as const;
export type StepId = (typeof STEPS)[number]['id'];

export type Route =
  | { name: 'drafts' }
  | { name: 'editor'; id: string; step: StepId }
  // The plan travels in the fragment (`/share#p2....`), which never reaches a server.
  | { name: 'share' }
  | { name: 'run'; id: string }
  | { name: 'not-found'; path: string };

const isStep = (value: string): value is StepId => STEPS.some((s) => s.id === value);

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'drafts' };
  if (parts.length === 1 && parts[0] === 'share') return { name: 'share' };
  if (parts[0] === 'plans' && parts[1] && parts[2] === 'run' && parts.length === 3)
    return { name: 'run', id: parts[1] };
  if (parts[0] === 'plans' && parts[1]) {
    const step = parts[2] ?? 'assessment';
    if (parts.length <= 3 && isStep(step)) return { name: 'editor', id: parts[1], step };
  }
  return { name: 'not-found', path: pathname };
}

export const draftsPath = () => '/';
export const planPath = (id: string, step: StepId = 'assessment') =>
  `/plans/${encodeURIComponent(id)}/${step}`;
export const runPath = (id: string) => `/plans/${encodeURIComponent(id)}/run`;
