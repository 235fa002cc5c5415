// Chooses the database that serves a read: a streaming replica when one answers, lags less than
// the bound and has replayed every write this process knows of; the primary otherwise. Writes
// never come here: they always go to the primary.
//
// Read-your-writes: a replica is behind the primary by a few milliseconds to seconds. After a
// write this process knows of (its own mutation, or another process's, announced by the
// primary's knowledge_changed notification), reads go to the primary until the primary's WAL
// position after that write is known and a replica has replayed past it. A caller may also name
// a position it must see (the x-knowledge-lsn header a mutation's response carries).
//
// Health: every database is probed in the background (each replica's position, the primary's
// WAL position); a database whose read fails with a connection error is set aside at once and
// the read is tried on the next one, so stopping a replica costs no read an error.
import type { Logger } from 'pino';
import type { Database, ReplicaHandle } from './database.ts';
import { within } from './within.ts';

export interface DatabaseStatus {
  /** `primary`, or `replica-1`, `replica-2`… in the order of DATABASE_REPLICA_URLS. */
  name: string;
  role: 'primary' | 'replica';
  /** It answered its latest probe or read. */
  answers: boolean;
  /** Replicas: how far behind the primary, in ms (0 when it has replayed all there is); null when unknown. */
  lagMs: number | null;
  /** Reads may go to it now (a replica answering, within the lag bound, and caught up with the writes this process knows of). */
  inUse: boolean;
  /** Reads executed on it since start. */
  operations: number;
  /** Reads executing on it now. */
  inFlight: number;
  /** Its connection pool's size. */
  poolSize: number;
}

interface PrimaryDatabase {
  db: Database;
  ping(): Promise<void>;
  /** The primary's current WAL position. */
  walPosition(): Promise<bigint | null>;
}

export interface ReadRouterOptions {
  primary: PrimaryDatabase;
  replicas: ReplicaHandle[];
  /** A replica lagging more than this is passed over until it catches up. */
  maxLagMs: number;
  /** How often the databases are probed; more often while a replica is catching up with a write. */
  probeIntervalMs?: number;
  /** A probe that takes longer counts as no answer. */
  probeTimeoutMs?: number;
  /**
   * A read still waiting on one database after this long is logged: a warning that names the
   * database and the others it could have gone to, so that a stall (a statement timeout, a 504)
   * can be traced to the database that held it.
   */
  slowReadMs?: number;
  poolSize?: number;
  logger?: Logger;
}

/** A database a read may run on. */
export interface ReadTarget {
  name: string;
  db: Database;
}

interface Member extends DatabaseStatus {
  db: Database;
  replica?: ReplicaHandle;
  /** Replicas: the WAL position replayed at the latest probe. */
  replayed: bigint | null;
  /** Probes failed in a row; it is set aside at the second (one slow probe on a busy machine proves little). */
  failedProbes: number;
  /** Replicas: when a probe last found it caught up with the primary (ms since the epoch). */
  caughtUpAt: number | null;
  /** Reads in flight on it, each told to move on when it is set aside. */
  onSetAside: Set<() => void>;
}

/** What a read in flight learns when its database is set aside under it. */
const SET_ASIDE = Symbol('set aside');

const CATCH_UP_PROBE_MS = 50;
/** Probes that must fail in a row before a database is set aside (a failed read sets it aside at once). */
const PROBE_FAILURES_TO_SET_ASIDE = 2;
/** A read is tried on at most this many databases. */
const MAX_ATTEMPTS = 3;

export class ReadRouter {
  readonly #primary: Member;
  readonly #replicas: Member[];
  readonly #options: Required<Omit<ReadRouterOptions, 'logger'>> & { logger?: Logger };
  /** Replicas must have replayed this far before serving reads (the latest write this process knows of). */
  #mustReplay = 0n;
  /** Writes whose WAL position is still being read: reads go to the primary meanwhile. */
  #positionsPending = 0;
  #next = 0;
  #timer: NodeJS.Timeout | undefined;
  #probing: Promise<void> | undefined;
  #stopped = false;

  constructor(options: ReadRouterOptions) {
    this.#options = { probeIntervalMs: 1000, probeTimeoutMs: 1000, slowReadMs: 3000, poolSize: 10, ...options };
    const member = (name: string, role: 'primary' | 'replica', db: Database, replica?: ReplicaHandle): Member => ({
      name,
      role,
      db,
      replica,
      // Replicas start set aside until a probe has seen them answer and caught up.
      answers: role === 'primary',
      lagMs: null,
      inUse: role === 'primary',
      operations: 0,
      inFlight: 0,
      poolSize: this.#options.poolSize,
      replayed: null,
      failedProbes: 0,
      caughtUpAt: null,
      onSetAside: new Set(),
    });
    this.#primary = member('primary', 'primary', options.primary.db);
    this.#replicas = options.replicas.map((replica, index) =>
      member(`replica-${index + 1}`, 'replica', replica.db, replica),
    );
  }

  /**
   * Probes every database now, then, when there are replicas, keeps probing in the background
   * until stop(). Without replicas the primary is probed only after a read failed on it.
   */
  async start(): Promise<void> {
    await this.probe();
    if (this.#replicas.length > 0) this.#schedule();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  /** Every database's state, primary first. */
  status(): DatabaseStatus[] {
    // `answers` as an operator means it: the latest probe or read reached it (routing waits for a
    // second failed probe before setting a database aside).
    return [this.#primary, ...this.#replicas].map(
      ({ name, role, answers, failedProbes, lagMs, inUse, operations, inFlight, poolSize }) => ({
        name,
        role,
        answers: answers && failedProbes === 0,
        lagMs,
        inUse,
        operations,
        inFlight,
        poolSize,
      }),
    );
  }

  /**
   * A write begins: reads go to the primary from now on, until the returned function (called
   * once the write is over) has read the primary's WAL position and a replica has replayed past
   * it. The function answers that position (null when there is none to wait for). Called with
   * `reachedPrimary: false` (the write failed for want of a connection), it sets the primary
   * aside instead: nothing was committed, and reads should not wait on a primary that is down.
   */
  beginWrite(): (outcome?: { reachedPrimary: boolean }) => Promise<bigint | null> {
    if (this.#replicas.length === 0) return async () => null;
    this.#positionsPending += 1;
    this.#refresh();
    let ended: Promise<bigint | null> | undefined;
    const end = (position: Promise<bigint | null>) =>
      position.finally(() => {
        this.#positionsPending -= 1;
        this.#refresh();
        // Check soon whether a replica has caught up, rather than at the next regular probe.
        this.#schedule(CATCH_UP_PROBE_MS);
      });
    return ({ reachedPrimary } = { reachedPrimary: true }) => {
      if (!reachedPrimary) {
        this.#setAside(this.#primary);
        ended ??= end(Promise.resolve(null));
        return ended;
      }
      ended ??= end(
        this.#within(this.#options.primary.walPosition())
          .then((position) => {
            if (position !== null && position > this.#mustReplay) this.#mustReplay = position;
            return position;
          })
          // The primary does not answer: nothing can have been committed through it just now.
          .catch(() => null),
      );
      return ended;
    };
  }

  /** Another process wrote (the primary's notification says so): as a write of this process just committed. */
  noteWrite(): void {
    void this.beginWrite()();
  }

  /**
   * Runs a read on the best database, and again on the next one when `failed` says the outcome
   * was a connection failure (a thrown error or a result that carries one), or when the database
   * is set aside while the read waits on it (another read or a probe found it down: a read sent
   * to a server as it stops may never be answered), or, already set aside, does not answer within
   * a probe's time. `mustSee` is a WAL position the reader must see.
   */
  async read<T>(
    run: (target: ReadTarget) => Promise<T>,
    failed: (outcome: { result: T } | { error: unknown }) => boolean,
    mustSee: bigint | null = null,
  ): Promise<T> {
    const candidates = this.#candidates(mustSee).slice(0, MAX_ATTEMPTS);
    let last: { result: T } | { error: unknown } = { error: new Error('no database to read from') };
    for (const [index, member] of candidates.entries()) {
      member.inFlight += 1;
      member.operations += 1;
      let moveOn = () => {};
      const setAside = new Promise<typeof SET_ASIDE>((resolve) => {
        moveOn = () => resolve(SET_ASIDE);
        member.onSetAside.add(moveOn);
      });
      // A database already set aside is tried only as a last resort; while others remain, a read
      // on it gets no longer than a probe would (a stopped server behind a pooler may never answer,
      // and nothing would set it aside again to move the read on).
      const bound =
        !member.answers && index < candidates.length - 1 ? setTimeout(moveOn, this.#options.probeTimeoutMs) : undefined;
      // Only when there is a log to write to: every read passes here.
      const slow = this.#options.logger
        ? setTimeout(() => this.#warnSlow(member, index, candidates), this.#options.slowReadMs).unref()
        : undefined;
      let outcome: { result: T } | { error: unknown } | typeof SET_ASIDE;
      try {
        outcome = await Promise.race([
          run({ name: member.name, db: member.db }).then(
            (result) => ({ result }),
            (error: unknown) => ({ error }),
          ),
          setAside,
        ]);
      } finally {
        clearTimeout(slow);
        clearTimeout(bound);
        member.onSetAside.delete(moveOn);
        member.inFlight -= 1;
      }
      if (outcome === SET_ASIDE) {
        // Left to settle on its own; its outcome no longer matters.
        last = {
          error: new Error(`${member.name} was set aside while a read waited on it, or did not answer in time`),
        };
      } else {
        last = outcome;
        if (!failed(last)) break;
        this.#setAside(member);
      }
      if (index < candidates.length - 1)
        this.#options.logger?.warn(
          { database: member.name, next: candidates[index + 1]!.name },
          'a read failed on a database that does not answer; trying the next',
        );
    }
    if ('error' in last) throw last.error;
    return last.result;
  }

  #warnSlow(member: Member, index: number, candidates: Member[]): void {
    this.#options.logger?.warn(
      {
        database: member.name,
        waitedMs: this.#options.slowReadMs,
        attempt: index + 1,
        candidates: candidates.map(({ name, answers, inUse }) => ({ name, answers, inUse })),
        writesPending: this.#positionsPending,
      },
      'a read is still waiting on this database',
    );
  }

  /** Probes every database once (a probe already running is joined). */
  probe(): Promise<void> {
    this.#probing ??= this.#probeAll().finally(() => {
      this.#probing = undefined;
    });
    return this.#probing;
  }

  /**
   * The order to try databases in: replicas in use, least busy first (round robin among equals);
   * then the primary; then, for when the primary is down too, replicas that answer but lag or are
   * behind a write (a stale answer beats none); last, replicas set aside (a probe may have
   * timed out on a busy machine: better tried than no answer). A primary known to be down goes
   * after the replicas that answer.
   */
  #candidates(mustSee: bigint | null): Member[] {
    const ready = this.#replicas.filter(
      (replica) => replica.inUse && (mustSee === null || (replica.replayed !== null && replica.replayed >= mustSee)),
    );
    const start = this.#next++ % Math.max(1, ready.length);
    const rotated = [...ready.slice(start), ...ready.slice(0, start)].sort((a, b) => a.inFlight - b.inFlight);
    const stale = this.#replicas.filter((replica) => replica.answers && !ready.includes(replica));
    const setAside = this.#replicas.filter((replica) => !replica.answers);
    return this.#primary.answers
      ? [...rotated, this.#primary, ...stale, ...setAside]
      : [...rotated, ...stale, this.#primary, ...setAside];
  }

  #setAside(member: Member): void {
    if (!member.answers) return;
    member.answers = false;
    member.inUse = false;
    this.#moveReadsOff(member);
    this.#options.logger?.warn({ database: member.name }, 'database set aside: a read failed to reach it');
    this.#schedule(CATCH_UP_PROBE_MS);
  }

  /** Reads waiting on a database just set aside go on to the next one. */
  #moveReadsOff(member: Member): void {
    for (const moveOn of member.onSetAside) moveOn();
    member.onSetAside.clear();
  }

  async #probeAll(): Promise<void> {
    // Without replicas there is no position to compare: a ping says whether the primary answers.
    const primaryProbe =
      this.#replicas.length > 0 ? this.#options.primary.walPosition() : this.#options.primary.ping().then(() => null);
    const primaryPosition = await this.#within(primaryProbe).then(
      (position) => {
        this.#mark(this.#primary, true);
        return position;
      },
      (error: unknown) => {
        this.#mark(this.#primary, false, error instanceof Error ? error.message : String(error));
        return null;
      },
    );
    await Promise.all(
      this.#replicas.map(async (member) => {
        try {
          const position = await this.#within(member.replica!.position());
          if (!position.inRecovery) {
            // Promoted: it no longer follows the primary this process writes to.
            member.failedProbes = PROBE_FAILURES_TO_SET_ASIDE;
            this.#mark(member, false, 'the server is not in recovery (promoted?): it no longer replicates the primary');
            return;
          }
          member.replayed = position.replayed;
          const caughtUp =
            primaryPosition !== null
              ? position.replayed !== null && position.replayed >= primaryPosition
              : position.replayedAllReceived;
          const now = Date.now();
          if (caughtUp) member.caughtUpAt = now;
          // Behind: at most the time since it was last seen caught up, and at most the age of the
          // last transaction it replayed (either alone overstates: the age after an idle spell,
          // the time since caught up under a steady stream of writes).
          member.lagMs = caughtUp
            ? 0
            : Math.max(
                0,
                Math.round(
                  Math.min(
                    position.lastReplayAgeMs ?? Number.POSITIVE_INFINITY,
                    member.caughtUpAt === null ? Number.POSITIVE_INFINITY : now - member.caughtUpAt,
                  ),
                ),
              );
          this.#mark(member, true);
        } catch (error) {
          this.#mark(member, false, error instanceof Error ? error.message : String(error));
        }
      }),
    );
    this.#refresh();
  }

  /** Records a probe's outcome: an answer brings a database back at once, a failure counts only when repeated. */
  #mark(member: Member, answers: boolean, why?: string): void {
    member.failedProbes = answers ? 0 : member.failedProbes + 1;
    if (!answers && member.answers && member.failedProbes < PROBE_FAILURES_TO_SET_ASIDE) return;
    if (member.answers !== answers) {
      if (answers) this.#options.logger?.info({ database: member.name }, 'database answers again');
      else this.#options.logger?.warn({ database: member.name, why }, 'database does not answer; reads go elsewhere');
    }
    member.answers = answers;
    if (!answers) this.#moveReadsOff(member);
    // The primary is in use whenever it answers; replicas are judged by #refresh.
    if (member.role === 'primary') member.inUse = answers;
    if (!answers && member.role === 'replica') member.lagMs = null;
  }

  /** Which replicas may serve reads now. */
  #refresh(): void {
    for (const member of this.#replicas) {
      member.inUse =
        member.answers &&
        this.#positionsPending === 0 &&
        member.lagMs !== null &&
        member.lagMs <= this.#options.maxLagMs &&
        member.replayed !== null &&
        member.replayed >= this.#mustReplay;
    }
  }

  #catchingUp(): boolean {
    return (
      this.#positionsPending > 0 ||
      this.#replicas.some(
        (member) => member.answers && !member.inUse && member.replayed !== null && member.replayed < this.#mustReplay,
      )
    );
  }

  #schedule(delayMs?: number): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    const delay = delayMs ?? (this.#catchingUp() ? CATCH_UP_PROBE_MS : this.#options.probeIntervalMs);
    this.#timer = setTimeout(() => {
      void this.probe().finally(() => {
        if (this.#replicas.length > 0 || !this.#primary.answers) this.#schedule();
      });
    }, delay);
    this.#timer.unref();
  }

  #within<T>(promise: Promise<T>): Promise<T> {
    return within(promise, this.#options.probeTimeoutMs);
  }
}
