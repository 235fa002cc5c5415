// Serves the explorer (the Vite build in dist/explorer, see explorer/) at /explorer, as a yoga
// plugin: GET or HEAD /explorer and /explorer/ answer with index.html, /explorer/<file> with
// that file of the build. Paths that leave the build folder, unknown files and folders are 404;
// when the build is missing, every explorer path is a 503 page that says how to build it.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/** dist/explorer at the project root, where `npm run build:explorer` (part of `npm run build`) writes. */
const defaultExplorerDir = fileURLToPath(new URL('../../dist/explorer/', import.meta.url));

const explorerPath = '/explorer';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// The page talks only to this origin's /graphql; scripts and styles come from the build.
const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
<body><h1>Explorer not built</h1>
<p>explorer not built: run npm run build:explorer (or <code>npm run build</code>, which builds everything <code>npm start</code> serves), then reload.</p>
<p>The GraphQL API itself is up: <a href="/graphql">/graphql</a>.</p></body></html>
`;

type Answer = { status: number; body: string | Uint8Array<ArrayBuffer> | null; headers: Record<string, string> };

const text = (status: number, body: string, extra: Record<string, string> = {}): Answer => ({
  status,
  body,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...extra },
});

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The answer to a request for `pathname`, or null when the path is not the explorer's.
 * Exported for tests; `useExplorer` is the way to mount it.
 */
async function explorerAnswer(distDir: string, method: string, pathname: string): Promise<Answer | null> {
  if (pathname !== explorerPath && !pathname.startsWith(`${explorerPath}/`)) return null;
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'method not allowed\n', { allow: 'GET, HEAD' });

  const root = path.resolve(distDir);
  if (!(await isFile(path.join(root, 'index.html')))) {
    return {
      status: 503,
      body: notBuiltPage,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '10' },
    };
  }

  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(explorerPath.length).replace(/^\/+/, ''));
  } catch {
    return text(400, 'bad path\n');
  }
  if (relative === '') relative = 'index.html';
  // No NUL bytes, no backslashes (a separator on some systems), no '..' segment, before or
  // after normalising; and the resolved file must still be inside the build folder.
  const segments = relative.split('/');
  if (/[\0\\]/.test(relative) || segments.includes('..') || segments.includes('.')) return text(404, 'not found\n');
  const file = path.resolve(root, path.posix.normalize(relative));
  if (!file.startsWith(root + path.sep)) return text(404, 'not found\n');
  const type = contentTypes[path.extname(file).toLowerCase()];
  if (!type || !(await isFile(file))) return text(404, 'not found\n');

  const body = method === 'HEAD' ? null : new Uint8Array(await readFile(file));
  const hashed = relative.startsWith('assets/');
  const headers: Record<string, string> = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    // Vite puts a content hash in every asset's name; index.html must be asked again each time.
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (type.startsWith('text/html')) headers['content-security-policy'] = contentSecurityPolicy;
  return { status: 200, body, headers };
}

/** A yoga plugin serving the explorer build at /explorer. */
export function useExplorer(distDir: string = defaultExplorerDir): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const answer = await explorerAnswer(distDir, request.method, url.pathname);
      if (answer) endResponse(new fetchAPI.Response(answer.body, { status: answer.status, headers: answer.headers }));
    },
  };
}
