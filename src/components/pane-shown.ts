import { createContext } from 'react';

/**
 * Whether the step pane around a component is the one on screen. The editor keeps every step
 * mounted and hides all but one (app/step-panes.tsx); outside a pane this is always true.
 */
export const PaneShown = createContext(true);
