// CPU time of one server process (user + system, from /proc/<pid>/stat), read before and after
// a timed run: the server's own CPU per request, which the throughput alone hides on a machine
// whose cores are shared with the load generator and PostgreSQL. PostgreSQL's CPU is not in it.
import { readFileSync, readdirSync } from 'node:fs';

/** Linux's USER_HZ: the unit of utime and stime in /proc/<pid>/stat (100 on every mainstream kernel). */
const CLOCK_TICKS_PER_SECOND = 100;

/** The fields after the command name, which is in parentheses and may itself hold spaces or parentheses. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    // The process has exited (or this is not Linux).
    return null;
  }
}

/** Seconds of CPU (user + system) the process has used so far; null when it cannot be read. */
export function cpuSeconds(pid: number): number | null {
  const fields = statFields(pid);
  // Counting from the state (field 3 of stat(5)): utime is field 14, stime field 15.
  const utime = Number(fields?.[11]);
  const stime = Number(fields?.[12]);
  return fields && Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / CLOCK_TICKS_PER_SECOND : null;
}

export function processExists(pid: number): boolean {
  return statFields(pid) !== null;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // Field 4 of stat(5), the parent's pid, is the second field after the state.
    if (Number(statFields(Number(entry))?.[1]) === pid) children.push(Number(entry));
  }
  return children;
}

/**
 * The process that does the work behind `pid`: `npm start` runs `sh -c "node ..."`, so the pid of
 * npm is followed down while a process has exactly one child (npm → sh → node); a pid with no
 * child, or several, is taken as it is.
 */
export function serverProcess(pid: number): number {
  let current = pid;
  for (let depth = 0; depth < 5; depth++) {
    const children = childrenOf(current);
    if (children.length !== 1) break;
    current = children[0]!;
  }
  return current;
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '?';
  }
}
