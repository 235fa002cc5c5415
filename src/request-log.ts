import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';

/**
 * Logs one line per HTTP request: method, path, status and duration in milliseconds. Yoga answers
 * /health before any plugin of ours sees the request, so that line has no duration.
 */
export function useRequestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      const ms = start === undefined ? undefined : Math.round((performance.now() - start) * 10) / 10;
      const url = new URL(request.url);
      logger.info({ method: request.method, path: url.pathname, status: response.status, ms }, 'request');
    },
  };
}
