// The read router on its own (src/db/read-router.ts), over stand-in databases whose positions the
// test sets: which database a read goes to, and when. The real thing (a primary, a streaming
// replica and PgBouncer) is checked by .ci/replicas.
import { afterEach, expect, test, vi } from 'vitest';
import type { Database, ReplicaHandle, ReplicaPosition } from '../src/db/database.ts';
import type { Logger } from 'pino';
import { ReadRouter } from '../src/db/read-router.ts';

/** A stand-in database: only its identity matters to the router. */
const fakeDb = (name: string) => ({ name }) as unknown as Database;

interface FakeReplica extends ReplicaHandle {
  state: ReplicaPosition | Error;
}

function fakeReplica(name: string, replayed: bigint): FakeReplica {
  const replica: FakeReplica = {
    db: fakeDb(name),
    state: { inRecovery: true, replayed, replayedAllReceived: true, lastReplayAgeMs: 5 },
    position: async () => {
      if (replica.state instanceof Error) throw replica.state;
      return replica.state;
    },
    close: async () => {},
  };
  return replica;
}

function connectionRefused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
}

const routers: ReadRouter[] = [];
afterEach(() => {
  for (const router of routers.splice(0)) router.stop();
});

async function setUp({ replicas = 2, maxLagMs = 1000, slowReadMs = undefined as number | undefined } = {}) {
  const warnings: { fields: Record<string, unknown>; message: string }[] = [];
  const logger = {
    warn: (fields: Record<string, unknown>, message: string) => void warnings.push({ fields, message }),
    info: () => {},
  } as unknown as Logger;
  const primary = { db: fakeDb('primary'), position: 100n, down: false };
  const fakes = Array.from({ length: replicas }, (_, index) => fakeReplica(`replica-${index + 1}`, 100n));
  const router = new ReadRouter({
    primary: {
      db: primary.db,
      ping: async () => {},
      walPosition: async () => {
        if (primary.down) throw connectionRefused();
        return primary.position;
      },
    },
    replicas: fakes,
    maxLagMs,
    // Probes only when the test asks.
    probeIntervalMs: 60_000,
    ...(slowReadMs === undefined ? {} : { slowReadMs }),
    logger,
  });
  routers.push(router);
  await router.start();
  /** The name of the database that served a read (the first that did not fail). */
  const readOn = (fails: (name: string) => boolean = () => false, mustSee: bigint | null = null) =>
    router.read(
      async ({ name }) => {
        if (fails(name)) throw connectionRefused();
        return name;
      },
      (outcome) => 'error' in outcome,
      mustSee,
    );
  /** A read that the primary never answers (the others answer with their names), and whether the primary was asked. */
  const readHangingOnPrimary = () => {
    let askedPrimary = false;
    const read = router.read(
      async ({ name }) => {
        if (name !== 'primary') return name;
        askedPrimary = true;
        return new Promise<string>(() => {});
      },
      (outcome) => 'error' in outcome,
    );
    return { read, askedPrimary: () => askedPrimary };
  };
  /** The primary stops and replica-1's probes fail twice in a row: both are set aside. */
  const setBothAside = async () => {
    fakes[0]!.state = new Error('no answer within 1000 ms');
    primary.down = true;
    await router.probe();
    await router.probe();
    expect(router.status().map((s) => s.answers)).toEqual([false, false]);
  };
  return { router, primary, fakes, readOn, readHangingOnPrimary, setBothAside, warnings };
}

test('reads go to the replicas in turn, never to the primary while they are fit', async () => {
  const { readOn, router } = await setUp();
  const served = [];
  for (let i = 0; i < 6; i += 1) served.push(await readOn());
  expect(served.filter((name) => name === 'replica-1')).toHaveLength(3);
  expect(served.filter((name) => name === 'replica-2')).toHaveLength(3);
  expect(router.status().map(({ name, operations }) => [name, operations])).toEqual([
    ['primary', 0],
    ['replica-1', 3],
    ['replica-2', 3],
  ]);
});

test('the least busy replica is chosen', async () => {
  const { router } = await setUp();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // One slow read holds a replica; every read meanwhile goes to the other.
  const slow = router.read(
    async ({ name }) => {
      await held;
      return name;
    },
    () => false,
  );
  const during = [];
  for (let i = 0; i < 3; i += 1)
    during.push(
      await router.read(
        async ({ name }) => name,
        () => false,
      ),
    );
  release();
  const busy = await slow;
  expect(during.every((name) => name !== busy && name.startsWith('replica-'))).toBe(true);
});

test('during a write and until a replica has replayed it, reads go to the primary', async () => {
  const { router, primary, fakes, readOn } = await setUp();
  const committed = router.beginWrite();
  expect(await readOn()).toBe('primary');
  primary.position = 200n;
  expect(await committed()).toBe(200n);
  // The replicas are at 100: still behind the write.
  expect(await readOn()).toBe('primary');
  (fakes[0]!.state as ReplicaPosition).replayed = 200n;
  await router.probe();
  expect(await readOn()).toBe('replica-1');
  expect(await readOn()).toBe('replica-1');
  expect(router.status().find((s) => s.name === 'replica-2')).toMatchObject({ answers: true, inUse: false });
});

test('a write announced by another process (noteWrite) holds reads on the primary the same way', async () => {
  const { router, primary, fakes, readOn } = await setUp({ replicas: 1 });
  primary.position = 300n;
  router.noteWrite();
  expect(await readOn()).toBe('primary');
  // Once the position is read, the replica at 100 is still behind.
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(await readOn()).toBe('primary');
  (fakes[0]!.state as ReplicaPosition).replayed = 300n;
  await router.probe();
  expect(await readOn()).toBe('replica-1');
});

test('a reader that must see a position is served by a replica only once it has replayed that far', async () => {
  const { router, fakes, readOn } = await setUp({ replicas: 1 });
  expect(await readOn(undefined, 150n)).toBe('primary');
  (fakes[0]!.state as ReplicaPosition).replayed = 150n;
  await router.probe();
  expect(await readOn(undefined, 150n)).toBe('replica-1');
});

test('a replica that fails a read is set aside and the read is answered by the next database', async () => {
  const { router, fakes, readOn } = await setUp();
  expect(await readOn((name) => name === 'replica-1')).not.toBe('replica-1');
  expect(router.status().find((s) => s.name === 'replica-1')).toMatchObject({ answers: false, inUse: false });
  for (let i = 0; i < 4; i += 1) expect(await readOn()).toBe('replica-2');
  // Both replicas failing: the primary answers.
  expect(await readOn((name) => name.startsWith('replica-'))).toBe('primary');
  // A probe that reaches it again brings it back.
  fakes[0]!.state = { inRecovery: true, replayed: 100n, replayedAllReceived: true, lastReplayAgeMs: 5 };
  await router.probe();
  expect(router.status().find((s) => s.name === 'replica-1')).toMatchObject({ answers: true, inUse: true });
});

test('a probe that fails once is reported but sets nothing aside; the second in a row does', async () => {
  const { router, fakes, readOn } = await setUp({ replicas: 1 });
  fakes[0]!.state = new Error('no answer within 1000 ms');
  await router.probe();
  expect(router.status()[1]).toMatchObject({ answers: false, inUse: true });
  expect(await readOn()).toBe('replica-1');
  await router.probe();
  expect(router.status()[1]).toMatchObject({ answers: false, inUse: false, lagMs: null });
  expect(await readOn()).toBe('primary');
});

test('with every database set aside, a read still tries them: a probe may have failed only for being slow', async () => {
  const { readOn, setBothAside } = await setUp({ replicas: 1 });
  await setBothAside();
  // The primary is refused; the replica, set aside, answers after all.
  expect(await readOn((name) => name === 'primary')).toBe('replica-1');
});

test("a read on a database already set aside that never answers moves on after a probe's time while others remain", async () => {
  const { router, readHangingOnPrimary, setBothAside } = await setUp({ replicas: 1 });
  await setBothAside();
  // The stopped primary comes first of the two and never answers (a pooler in front of it waits
  // for it); nothing sets it aside again, so only the bound moves the read on to the replica.
  vi.useFakeTimers();
  try {
    const { read, askedPrimary } = readHangingOnPrimary();
    await vi.advanceTimersByTimeAsync(999);
    expect(askedPrimary()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(await read).toBe('replica-1');
    expect(router.status()[0]).toMatchObject({ name: 'primary', inFlight: 0 });
  } finally {
    vi.useRealTimers();
  }
});

test('a write that could not reach the primary sets it aside and holds no read on it', async () => {
  const { router, readOn } = await setUp({ replicas: 1 });
  const over = router.beginWrite();
  expect(await readOn()).toBe('primary');
  expect(await over({ reachedPrimary: false })).toBeNull();
  expect(router.status()[0]).toMatchObject({ name: 'primary', answers: false });
  expect(await readOn()).toBe('replica-1');
});

test('a read waiting on a database that is then set aside goes on to the next one', async () => {
  const { router, readOn, readHangingOnPrimary } = await setUp({ replicas: 1 });
  // A write holds reads on the primary; the primary then stops as a read waits on it, unanswered.
  const over = router.beginWrite();
  const { read: waiting, askedPrimary } = readHangingOnPrimary();
  await vi.waitFor(() => expect(askedPrimary()).toBe(true));
  // The write learns the primary is down, which sets it aside: the waiting read moves on.
  await over({ reachedPrimary: false });
  expect(await waiting).toBe('replica-1');
  expect(router.status()[0]).toMatchObject({ name: 'primary', answers: false, inFlight: 0 });
  expect(await readOn()).toBe('replica-1');
});

test('a read still waiting on a database after slowReadMs is logged, naming it and the candidates; a quick one is not', async () => {
  const { router, readOn, readHangingOnPrimary, warnings } = await setUp({ replicas: 1, slowReadMs: 50 });
  expect(await readOn()).toBe('replica-1');
  const over = router.beginWrite();
  const { read: waiting, askedPrimary } = readHangingOnPrimary();
  await vi.waitFor(() => expect(askedPrimary()).toBe(true));
  await vi.waitFor(() => expect(warnings.map((w) => w.message)).toContain('a read is still waiting on this database'));
  const slow = warnings.find((w) => w.message === 'a read is still waiting on this database')!;
  expect(slow.fields).toMatchObject({
    database: 'primary',
    waitedMs: 50,
    attempt: 1,
    writesPending: 1,
    candidates: [
      { name: 'primary', answers: true, inUse: true },
      { name: 'replica-1', answers: true, inUse: false },
    ],
  });
  await over({ reachedPrimary: false });
  expect(await waiting).toBe('replica-1');
  // One warning for the one slow attempt: the quick reads before and after log nothing.
  expect(await readOn()).toBe('replica-1');
  expect(warnings.filter((w) => w.message === 'a read is still waiting on this database')).toHaveLength(1);
});

test('without replicas, the primary serves every read and is counted', async () => {
  const { router, readOn } = await setUp({ replicas: 0 });
  expect(await readOn()).toBe('primary');
  expect(await readOn()).toBe('primary');
  expect(router.status()).toEqual([
    {
      name: 'primary',
      role: 'primary',
      answers: true,
      lagMs: null,
      inUse: true,
      operations: 2,
      inFlight: 0,
      poolSize: 10,
    },
  ]);
});

test('a replica lagging beyond the bound is passed over until it catches up', async () => {
  const { router, primary, fakes, readOn } = await setUp({ replicas: 1, maxLagMs: 1000 });
  // Last seen caught up at start; five seconds later it is behind, its last transaction 4 s old.
  const start = Date.now();
  const clock = vi.spyOn(Date, 'now').mockReturnValue(start + 5000);
  try {
    primary.position = 500n;
    fakes[0]!.state = { inRecovery: true, replayed: 400n, replayedAllReceived: false, lastReplayAgeMs: 4000 };
    await router.probe();
    expect(router.status()[1]).toMatchObject({ answers: true, lagMs: 4000, inUse: false });
    expect(await readOn()).toBe('primary');
    fakes[0]!.state = { inRecovery: true, replayed: 500n, replayedAllReceived: true, lastReplayAgeMs: 4000 };
    await router.probe();
    // Caught up with the primary's position: no lag, whatever the age of its last transaction.
    expect(router.status()[1]).toMatchObject({ lagMs: 0, inUse: true });
    expect(await readOn()).toBe('replica-1');
  } finally {
    clock.mockRestore();
  }
});

test('after an idle spell, a replica is as far behind as the time since it was caught up, not the age of its last transaction', async () => {
  const { router, primary, fakes } = await setUp({ replicas: 1, maxLagMs: 1000 });
  // The primary restarted and wrote a checkpoint; the replica's last transaction is an hour old.
  primary.position = 101n;
  fakes[0]!.state = { inRecovery: true, replayed: 100n, replayedAllReceived: true, lastReplayAgeMs: 3_600_000 };
  await router.probe();
  expect(router.status()[1]!.lagMs).toBeLessThan(1000);
  expect(router.status()[1]!.inUse).toBe(true);
});

test('with the primary down, reads keep going to replicas, even ones behind a write', async () => {
  const { router, primary, fakes, readOn } = await setUp({ replicas: 1 });
  primary.position = 200n;
  await router.beginWrite()();
  expect(await readOn()).toBe('primary');
  primary.down = true;
  expect(await readOn((name) => name === 'primary')).toBe('replica-1');
  await router.probe();
  expect(router.status()[0]).toMatchObject({ name: 'primary', answers: false });
  // The primary known down goes last: the replica is asked first.
  expect(await readOn()).toBe('replica-1');
  expect(fakes[0]!.state).toMatchObject({ replayed: 100n });
});

test('a promoted replica (no longer in recovery) serves no reads', async () => {
  const { router, fakes, readOn } = await setUp({ replicas: 1 });
  fakes[0]!.state = { inRecovery: false, replayed: null, replayedAllReceived: true, lastReplayAgeMs: null };
  await router.probe();
  expect(router.status()[1]).toMatchObject({ answers: false, inUse: false });
  expect(await readOn()).toBe('primary');
});

test('a read that fails for another reason is not retried', async () => {
  const { router } = await setUp();
  let attempts = 0;
  await expect(
    router.read(
      async () => {
        attempts += 1;
        throw new Error('a bug');
      },
      () => false,
    ),
  ).rejects.toThrow('a bug');
  expect(attempts).toBe(1);
});
