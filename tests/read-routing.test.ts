// Read routing through HTTP (src/http/read-routing.ts): query operations go where the read
// router says, a mutation's response carries the primary's WAL position, a reader that sends it
// back is served by a database that has replayed it, and a replica that refuses connections
// costs no read an error. The "replica" here is the test database itself, with a position the
// test sets, or a real connection to a closed port; .ci/replicas runs a real streaming replica.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openReplica, type ReplicaHandle, type ReplicaPosition } from '../src/db/database.ts';
import { ReadRouter } from '../src/db/read-router.ts';
import { createServer, type Server } from '../src/server.ts';
import { sharedReadOnlyApp, TEST_API_TOKEN, TEST_TOKEN, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await sharedReadOnlyApp();
});
afterAll(() => app.close());

const QUERY = '{ country(code: "VN") { name } }';
const MUTATION =
  'mutation { mergeActors(input: { survivor: "no-such-actor", merged: "nor-this-one" }) { survivor { slug } } }';

interface Cluster {
  yoga: Server;
  router: ReadRouter;
  primary: { position: bigint };
  replica: ReplicaHandle & { state: ReplicaPosition };
}

/** A server over the test database as primary, with one replica standing in (the same database, or `replicaDb` of a handle given). */
async function cluster(replicaHandle?: ReplicaHandle): Promise<Cluster> {
  const primary = { position: 0x1_0000_0010n };
  const state: ReplicaPosition = {
    inRecovery: true,
    replayed: 0x1_0000_0010n,
    replayedAllReceived: true,
    lastReplayAgeMs: 3,
  };
  const replica = {
    db: replicaHandle?.db ?? app.db,
    state,
    position: async () => replica.state,
    close: async () => {},
  };
  const router = new ReadRouter({
    primary: { db: app.db, ping: async () => {}, walPosition: async () => primary.position },
    replicas: [replica],
    maxLagMs: 10_000,
    probeIntervalMs: 60_000,
  });
  await router.start();
  const yoga = createServer({ db: app.db, ping: async () => {}, tokens: [TEST_API_TOKEN], readRouter: router });
  return { yoga, router, primary, replica };
}

async function post(yoga: Server, query: string, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

const operationsOn = (router: ReadRouter) =>
  Object.fromEntries(router.status().map(({ name, operations }) => [name, operations]));

test('query operations are read from the replica; the answer is the same', async () => {
  const { yoga, router } = await cluster();
  try {
    for (let i = 0; i < 3; i += 1)
      expect((await post(yoga, QUERY)).body).toEqual({ data: { country: { name: 'Vietnam' } } });
    expect(operationsOn(router)).toEqual({ primary: 0, 'replica-1': 3 });
  } finally {
    router.stop();
  }
});

test('a mutation runs on the primary and answers the WAL position after it; a read sending it back waits for a replica that has replayed it', async () => {
  const { yoga, router, primary, replica } = await cluster();
  try {
    primary.position = 0x1_0000_0200n;
    const written = await post(yoga, MUTATION, { authorization: `Bearer ${TEST_TOKEN}` });
    expect(written.headers.get('x-knowledge-lsn')).toBe('1/200');
    // The mutation was not a read: no read counted anywhere.
    expect(operationsOn(router)).toEqual({ primary: 0, 'replica-1': 0 });

    // The replica is at 1/10: reads go to the primary, with or without the header.
    expect((await post(yoga, QUERY, { 'x-knowledge-lsn': '1/200' })).status).toBe(200);
    expect((await post(yoga, QUERY)).status).toBe(200);
    expect(operationsOn(router)).toEqual({ primary: 2, 'replica-1': 0 });

    replica.state = { ...replica.state, replayed: 0x1_0000_0200n };
    await router.probe();
    expect((await post(yoga, QUERY, { 'x-knowledge-lsn': '1/200' })).body).toEqual({
      data: { country: { name: 'Vietnam' } },
    });
    expect(operationsOn(router)).toEqual({ primary: 2, 'replica-1': 1 });
    // A position further on than the replica's sends the read to the primary again.
    await post(yoga, QUERY, { 'x-knowledge-lsn': '1/201' });
    expect(operationsOn(router)).toEqual({ primary: 3, 'replica-1': 1 });
  } finally {
    router.stop();
  }
});

test('a malformed x-knowledge-lsn header is a 400 that says what is expected', async () => {
  const { yoga, router } = await cluster();
  try {
    const response = await post(yoga, QUERY, { 'x-knowledge-lsn': 'yesterday' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toBe(
      'The x-knowledge-lsn header must be a WAL position such as 0/16B3748, as a mutation\'s response gives it (got "yesterday").',
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  } finally {
    router.stop();
  }
});

test('a replica that refuses connections costs no read an error: the read is run again on the primary', async () => {
  // A real postgres.js pool to a port nobody listens on; its probe is the stand-in's, so the
  // router believes it fit until a read fails.
  const refusing = openReplica('postgres://postgres@127.0.0.1:1/nothing');
  const { yoga, router } = await cluster(refusing);
  try {
    for (const query of [QUERY, '{ actors(first: 2) { totalCount nodes { name } } }']) {
      const response = await post(yoga, query);
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    }
    const [primary, replica] = router.status();
    expect(replica).toMatchObject({ name: 'replica-1', answers: false, inUse: false });
    // The first read tried the replica, then the primary; the second went to the primary directly.
    expect(primary!.operations).toBe(2);
    expect(replica!.operations).toBe(1);
  } finally {
    router.stop();
    await refusing.close();
  }
});

test('/ready lists every database and stays 200 while any answers', async () => {
  const { yoga, router, replica } = await cluster();
  try {
    let response = await yoga.fetch('http://yoga/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      databases: [
        { name: 'primary', role: 'primary', answers: true, lagMs: null, inUse: true },
        { name: 'replica-1', role: 'replica', answers: true, lagMs: 0, inUse: true },
      ],
    });
    replica.position = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    };
    // One failed probe: reported, but reads still go there (a slow probe on a busy machine proves little).
    response = await yoga.fetch('http://yoga/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'degraded',
      databases: [{ answers: true }, { name: 'replica-1', answers: false, inUse: true }],
    });
    // The second sets it aside.
    response = await yoga.fetch('http://yoga/ready');
    expect(await response.json()).toMatchObject({
      status: 'degraded',
      databases: [{ answers: true }, { name: 'replica-1', answers: false, lagMs: null, inUse: false }],
    });
  } finally {
    router.stop();
  }
});

test('/ready without replicas reports the one database', async () => {
  const response = await app.yoga.fetch('http://yoga/ready');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({
    status: 'ready',
    databases: [{ name: 'primary', role: 'primary', answers: true, lagMs: null, inUse: true }],
  });
});
