// Cross-origin requests: which browser pages, served from other origins, may call the API.
// No origins (the default): same-origin only, no CORS headers at all. `*`: any origin.
// Otherwise only the listed origins; any other gets no Access-Control-Allow-Origin, so its
// browser blocks the response. Credentials (cookies) are never allowed: the API needs none.
import type { YogaServerOptions } from 'graphql-yoga';

type YogaCors = NonNullable<YogaServerOptions<Record<string, never>, Record<string, never>>['cors']>;
type CorsPolicy = Awaited<ReturnType<Extract<YogaCors, (...args: never[]) => unknown>>>;

/** Yoga's `cors` option for these origins. */
export function corsOptions(origins: readonly string[]): YogaCors {
  if (origins.length === 0) return false;
  const any = origins.includes('*');
  return (request: Request): CorsPolicy => {
    const origin = request.headers.get('origin');
    if (origin === null || !(any || origins.includes(origin))) return false;
    return {
      // Yoga echoes the request's origin back for '*' and adds `Vary: Origin`.
      origin: '*',
      credentials: false,
      methods: ['GET', 'POST', 'OPTIONS'],
      // x-knowledge-lsn: read-your-writes across instances (http/read-routing.ts).
      allowedHeaders: ['content-type', 'accept', 'if-none-match', 'authorization', 'x-request-id', 'x-knowledge-lsn'],
      exposedHeaders: ['etag', 'x-knowledge-lsn'],
      maxAge: 600,
    };
  };
}
