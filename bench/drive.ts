// Load over loopback with autocannon: one fixed POST body per run, as many requests as the
// server answers in `duration` seconds over `connections` keep-alive connections.
import autocannon from 'autocannon';

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

const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/**
 * Warms a target up (JIT, connection pools, PostgreSQL's caches) with `requests` requests, but
 * for no longer than `maxSeconds`: a slow query must not eat the time budget of the whole run.
 */
export async function warmUp(target: Target, connections: number, requests = 300, maxSeconds = 2): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      { url: target.url, method: 'POST', headers: HEADERS, body: target.body, connections, amount: requests, timeout: 10 },
      (error) => {
        clearTimeout(stop);
        if (error) reject(error);
        else resolve();
      },
    );
    const stop = setTimeout(() => instance.stop(), maxSeconds * 1000);
  });
}

export async function drive(target: Target, duration: number, connections: number): Promise<LoadResult> {
  const result = await autocannon({ url: target.url, method: 'POST', headers: HEADERS, body: target.body, connections, duration, timeout: 10 });
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
