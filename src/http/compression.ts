// HTTP compression (brotli and gzip) of what the server answers: JSON results, the GraphiQL page
// (about 9 MB of inline scripts, about 2 MB compressed) and the explorer's files. It wraps
// the node:http request listener with the `compression` middleware (expressjs) rather than using
// yoga's own `useContentEncoding`: on Node 20 that plugin takes the first listed encoding without
// weighing q-values, compresses every body whatever its size, and adds no `Vary`; this one
// negotiates Accept-Encoding properly (brotli preferred, at quality 4, a speed fit for dynamic
// answers), leaves bodies under 1 kB alone and adds `Vary: Accept-Encoding`.
//
// Server-sent events (`Accept: text/event-stream`, which yoga answers for any operation) are never
// compressed: a compressor holds bytes back until it has enough, and an event must reach the
// client when it is written. Bodies whose type is not compressible (images, fonts, multipart) and
// responses marked `Cache-Control: no-transform` are sent as they are.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';

/** The part of the `compression` package used here (it ships no types of its own). */
interface CompressionOptions {
  /** Smallest body, in bytes, worth compressing. */
  threshold?: number;
  filter?: (req: IncomingMessage, res: ServerResponse) => boolean;
}
type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
interface CompressionModule {
  (options?: CompressionOptions): Middleware;
  /** The default filter: the response's Content-Type is compressible (mime-db). */
  filter(req: IncomingMessage, res: ServerResponse): boolean;
}

const require = createRequire(import.meta.url);
const compression = require('compression') as CompressionModule;

/** Bodies smaller than this go out as they are: the compression would cost more than it saves. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

function compressible(req: IncomingMessage, res: ServerResponse): boolean {
  const type = String(res.getHeader('content-type') ?? '');
  if (/^\s*text\/event-stream\b/i.test(type)) return false;
  return compression.filter(req, res);
}

/**
 * `listener`, its answers compressed with brotli or gzip when the request's Accept-Encoding allows
 * and the body is compressible and at least `threshold` bytes.
 */
export function withCompression(
  listener: RequestListener,
  { threshold = COMPRESSION_THRESHOLD_BYTES }: { threshold?: number } = {},
): RequestListener {
  const middleware = compression({ threshold, filter: compressible });
  return (req, res) => {
    middleware(req, res, () => {
      listener(req, res);
    });
  };
}
