// The benchmark's child processes (the API server and the floor server). Each is killed when the
// benchmark ends, however it ends: normally, on an error, or on Ctrl-C; an orphaned server would
// hold its port and its database connections.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Child {
  name: string;
  process: ChildProcess;
  pid: number;
  /** The last lines the child wrote, for the message when it fails. */
  recentOutput(): string;
  /** SIGTERM, then SIGKILL if it has not exited within STOP_GRACE_MS. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
const MAX_FORWARDED_LINES = 30;
const RECENT_LINES = 40;
const STOP_GRACE_MS = 5_000;
const READY_TIMEOUT_MS = 30_000;
let handlersInstalled = false;

function killAll(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  running.clear();
}

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' handlers run synchronously, so only a kill (no waiting) fits there.
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, stopping child processes`);
      killAll();
      process.exit(130);
    });
  }
}

/**
 * The V8 flags `npm start` gives the server (the heap bound), so that the benchmark measures the
 * server as it is run; read from package.json so the two cannot drift apart.
 */
export function startScriptNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return manifest.scripts.start!.split(/\s+/).filter((token) => /^--max-[a-z-]+=\d+$/.test(token));
}

/** Starts `node [flags] --import tsx <entry>` with exactly `env` (plus PATH and HOME), output prefixed with the name. */
export function spawnNodeChild(
  name: string,
  entry: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Child {
  installExitHandlers();
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', entry], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${name} (${entry})`);
  running.add(child);
  child.on('exit', () => running.delete(child));
  const lines: string[] = [];
  let forwarded = 0;
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      lines.push(line);
      if (lines.length > RECENT_LINES) lines.shift();
      // At LOG_LEVEL=warn anything the server says is worth seeing, but not every line of a flood;
      // 600 characters keep a warning's fields and message (a stack trace is cut).
      forwarded += 1;
      if (forwarded <= MAX_FORWARDED_LINES) process.stderr.write(`[${name}] ${line.slice(0, 600)}\n`);
      else if (forwarded === MAX_FORWARDED_LINES + 1) process.stderr.write(`[${name}] (further output not shown)\n`);
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid;
  return {
    name,
    process: child,
    pid,
    recentOutput: () => lines.join('\n'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** A TCP port nothing listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 2xx; fails early when the child exits, and after READY_TIMEOUT_MS. */
export async function waitUntilReady(child: Child, url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(
        `${child.name} exited (${child.process.exitCode ?? child.process.signalCode}) before it was ready:\n${child.recentOutput()}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `${child.name} was not ready at ${url} within ${READY_TIMEOUT_MS / 1000} s (${last}):\n${child.recentOutput()}`,
  );
}
