// The explorer: a static page built by Vite into dist/explorer and served by the API at
// /explorer (src/explorer/route.ts). It talks to the API only through the public /graphql
// endpoint. Build with `npm run build:explorer`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/explorer/',
  // No public/ folder, and no cache files written next to the sources.
  publicDir: false,
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-explorer', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // cytoscape alone is ~430 kB minified; one chunk is fine for a tool page.
    chunkSizeWarningLimit: 1000,
    reportCompressedSize: false,
  },
  server: {
    // `npx vite --config explorer/vite.config.ts` for live editing, against a running API.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
