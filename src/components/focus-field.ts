import { fieldId } from './field';
import type { StepId } from './routes';

const FOCUSABLE =
  'input:not([type=hidden]), select, textarea, button, [tabindex]:not([tabindex="-1"]), [tabindex="-1"]';

/** The step whose form holds a plan field path; plan-wide fields (title, owners) live on every step. */
export function stepForPath(path: string): StepId | null {
  const head = path.split(/[.[]/)[0];
  if (head === 'assessment' || head === 'strategy' || head === 'rollback' || head === 'execution')
    return head;
  if (head === 'run') return 'execution';
  return null;
}

/** Shorter and shorter prefixes: `execution.phases[1].integrityChecks` → `execution.phases[1]` → … */
export function pathPrefixes(path: string): string[] {
  const out: string[] = [];
  let current = path;
  while (current !== '') {
    out.push(current);
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
  }
  return out;
}

/**
 * Steps stay mounted, hidden, while another step shows (app/step-panes.tsx), and a step's parts
 * below the fold are revealed a pass after the step (Deferred): React hides them with an inline
 * `display: none`. A field in there is not focusable yet; it shows within a render or two.
 */
function hiddenForNow(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement)
    if (node.style.display === 'none') return true;
  return false;
}

/**
 * A long list drawn a chunk per task carries `data-drawing="<the list's path>"` until its last item
 * is in. A finding about an item not drawn yet asks the list for it (this event on the list, the
 * path as its detail) and waits for it, rather than settle for the section around the list.
 */
export const DRAW_THROUGH_EVENT = 'draw-through';

function askToDraw(prefix: string, path: string): boolean {
  const list = document.querySelector(`[data-drawing="${CSS.escape(prefix)}"]`);
  list?.dispatchEvent(new CustomEvent(DRAW_THROUGH_EVENT, { detail: path }));
  return list !== null;
}

/**
 * Moves focus to the field a finding names, or the nearest section that contains it. False when
 * there is none yet, or it is in a step or a list still being drawn: the caller tries again a frame later.
 */
export function focusField(path: string): boolean {
  for (const prefix of pathPrefixes(path)) {
    if (prefix !== path && askToDraw(prefix, path)) return false;
    const byId = document.getElementById(fieldId(prefix));
    const section = byId ?? document.querySelector<HTMLElement>(`[data-path="${CSS.escape(prefix)}"]`);
    if (!section) continue;
    if (hiddenForNow(section)) return false;
    const target = section.matches(FOCUSABLE)
      ? section
      : (section.querySelector<HTMLElement>(FOCUSABLE) ?? section);
    if (!target.matches(FOCUSABLE)) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus();
    const details = target.closest('details');
    if (details && !details.open) details.open = true;
    return true;
  }
  return false;
}

/**
 * After a step change the step shows a moment later, and a step's below-the-fold parts a pass
 * after that: retry for up to about two seconds.
 */
export function focusFieldSoon(path: string, attempts = 120): void {
  if (focusField(path) || attempts <= 0) return;
  requestAnimationFrame(() => focusFieldSoon(path, attempts - 1));
}
