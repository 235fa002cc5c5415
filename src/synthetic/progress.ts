// How the generator reports its progress: phases with a known amount of work each. The command
// line shows bars; tests pass nothing and hear nothing.

export interface ProgressReporter {
  /** A phase begins with `total` units of work (rows, articles or statements) ahead. */
  start(phase: string, total: number): void;
  advance(units: number): void;
  /** The phase is over, after `seconds`. */
  finish(phase: string, seconds: number): void;
}

export const silentProgress: ProgressReporter = { start() {}, advance() {}, finish() {} };
