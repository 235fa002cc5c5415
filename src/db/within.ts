// A database probe must answer quickly either way: a host that drops packets would otherwise hold
// the caller (a /ready request, the read router's probe) for the driver's whole connect timeout.

/** The promise's outcome, or a rejection once `ms` pass without one. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
