// Load over loopback with autocannon: one fixed POST body per run, as many requests as the
// server answers in `duration` seconds over `connections` keep-alive connections.
import autocannon from 'autocannon';
import { jsonHeaders } from './statements.ts';

export interface LoadResult {
  requests: number;
  /** Mean requests per second over the run. */
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Socket errors and timeouts. */
  errors: number;
  non2xx: number;
}

export interface Target {
  url: string;
  /** The JSON request body, already serialised. */
  body: string;
}

/** The warm-up: this many requests, or this many seconds, whichever comes first. */
const WARM_UP_REQUESTS = 300;
const WARM_UP_MAX_SECONDS = 2;

const requestOptions = (target: Target, connections: number) =>
  ({ url: target.url, method: 'POST', headers: jsonHeaders(), body: target.body, connections, timeout: 10 }) as const;

/**
 * Warms a target up (JIT, connection pools, PostgreSQL's caches), but for no longer than
 * WARM_UP_MAX_SECONDS: a slow query must not eat the time budget of the whole run.
 */
export async function warmUp(target: Target, connections: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon({ ...requestOptions(target, connections), amount: WARM_UP_REQUESTS }, (error) => {
      clearTimeout(stop);
      if (error) reject(error);
      else resolve();
    });
    const stop = setTimeout(() => instance.stop(), WARM_UP_MAX_SECONDS * 1000);
  });
}

export async function drive(target: Target, duration: number, connections: number): Promise<LoadResult> {
  const result = await autocannon({ ...requestOptions(target, connections), duration });
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
