// What the explorer page exposes for tests (see explorer/src/main.ts), as seen from
// page.evaluate callbacks.
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    __explorer?: { cy: Core; current: () => unknown };
  }
}
