// Memory of one process (the server under test, never this process, which runs the load
// generator): VmRSS from /proc/<pid>/status every 100 ms, and VmHWM, the kernel's own peak.
import { readFileSync } from 'node:fs';

const KIB = 1024;
const SAMPLE_INTERVAL_MS = 100;

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * KIB : null;
  } catch {
    // The process has exited (or this is not Linux): no sample.
    return null;
  }
}

export class RssSampler {
  #timer: NodeJS.Timeout | undefined;
  #windowPeak = 0;

  constructor(readonly pid: number) {}

  start(): this {
    this.sample();
    this.#timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);
    // Sampling must not keep the benchmark alive on its own.
    this.#timer.unref();
    return this;
  }

  private sample(): void {
    const rss = statusField(this.pid, 'VmRSS');
    if (rss === null) return;
    this.#windowPeak = Math.max(this.#windowPeak, rss);
  }

  /** Starts a new window: `windowPeak()` then reports the peak since this call. */
  resetWindow(): void {
    this.#windowPeak = 0;
    this.sample();
  }

  /** Peak RSS, in bytes, since the last `resetWindow()`. */
  windowPeak(): number {
    this.sample();
    return this.#windowPeak;
  }

  /** The kernel's high-water mark of the process's RSS (VmHWM), in bytes; null once it has exited. */
  highWaterMark(): number | null {
    return statusField(this.pid, 'VmHWM');
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}

export const toMB = (bytes: number): number => bytes / KIB / KIB;
/** MB to one decimal, as the run's JSON records them. */
export const roundedMB = (bytes: number): number => Number(toMB(bytes).toFixed(1));
