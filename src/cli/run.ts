import { ConfigError } from '../config.ts';

/** Runs a command-line task: a clear message and exit code 1 on failure. */
export function runCli(task: () => Promise<void>): void {
  task().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
