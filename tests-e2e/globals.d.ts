// What the explorer page exposes for tests (see explorer/src/main.ts), and what tests put on it,
// as seen from page.evaluate callbacks.
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    __explorer?: { cy: Core; current: () => unknown };
    /** Every EventSource the page opened, when a test records them (tests-e2e/live.test.ts). */
    __eventSources?: EventSource[];
    /** Set by a test on the loaded page: still there, the page was not reloaded. */
    __sameDocument?: boolean;
  }
}
