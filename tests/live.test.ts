// Live updates: a client subscribes to `knowledgeAdded` over server-sent events, an article is
// ingested, and the new partnership arrives, and only what matches the filter. The follower
// underneath (src/knowledge/live.ts) delivers each new fact once, late commits below the highest
// id included, and nothing that existed before it started.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { AddedFacts } from '../src/knowledge/live.ts';
import { createTestApp, dataOf, TEST_TOKEN, type TestApp } from './helpers/app.ts';

const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }';
const KOREAN_REPORT = readFileSync(
  join(import.meta.dirname, 'fixtures', 'reports', '2026-03-10-wire-korea-vietnam-chip-mou.txt'),
  'utf8',
);
/** A report that names no Korean party: written for this test. */
const FRENCH_REPORT = ` date 2026-04-02 Science

France and Vietnam agree on earth observation training

April 02, 2026 | 10:00
(0) user say
The Vietnam National Space Center and the Centre National d'Etudes Spatiales of France signed a memorandum of understanding on earth observation training in Hanoi on April 1.

By Minh Anh

TagTag:
space France Vietnam

ptbv2020
`;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ liveUpdates: true });
});
afterAll(() => app?.close());

/** A subscription over server-sent events: its `next` payloads as they come, and a way to end it. */
function subscribe(query: string) {
  const payloads: any[] = [];
  let reader: ReadableStreamDefaultReader<string> | undefined;
  const done = (async () => {
    const response = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) return;
      buffer += value;
      // One message per blank-line-separated block: `event: next` and a `data:` line.
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message.split('\n').find((line) => line.startsWith('data:'));
        if (message.includes('event: next') && data) payloads.push(JSON.parse(data.slice(5)));
        end = buffer.indexOf('\n\n');
      }
    }
  })();
  // The client goes away: its reading stops, as a closed connection stops it.
  const close = async () => {
    await reader?.cancel();
    await done;
  };
  return { payloads, close };
}

describe('knowledgeAdded over server-sent events', () => {
  test('a subscriber to Korea hears of the Korean partnership as it is ingested, and not of the French one', async () => {
    const live = subscribe(
      `subscription { knowledgeAdded(filter: { country: "KR" }) { kind partnership { title countries { code } } event { title } } }`,
    );
    // Subscribed once the server follows the feed.
    await vi.waitFor(() => expect(app.knowledgeChanges!.listeners).toBe(1));

    for (const text of [FRENCH_REPORT, KOREAN_REPORT]) {
      const response = await app.graphql(INGEST, { input: { text, source: 'Live Wire' } }, { token: TEST_TOKEN });
      expect(dataOf(response).ingestArticle.status).toBe('CREATED');
    }
    await vi.waitFor(() => expect(live.payloads.length).toBeGreaterThan(0), { timeout: 10_000 });
    const first = live.payloads[0].data.knowledgeAdded;
    expect(first.kind).toBe('PARTNERSHIP');
    expect(first.event).toBeNull();
    expect(first.partnership.countries.map((c: { code: string }) => c.code)).toContain('KR');
    for (const { data } of live.payloads) {
      const fact = data.knowledgeAdded.partnership ?? data.knowledgeAdded.event;
      expect(fact.title).not.toMatch(/earth observation|France/i);
    }

    // The client goes: the server stops following.
    await live.close();
    await vi.waitFor(() => expect(app.knowledgeChanges!.listeners).toBe(0));
  });

  test('a malformed filter is refused before anything is followed', async () => {
    const response = await app.graphql(`subscription { knowledgeAdded(filter: { country: "Korea" }) { kind } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/filter\.country/);
    expect(app.knowledgeChanges!.listeners).toBe(0);
  });
});

describe('the follower', () => {
  const insert = (id: number | null, title: string) =>
    app.rows(
      `insert into partnerships (${id === null ? '' : 'id, '}slug, title, kind) values (${id === null ? '' : `${id}, `}'live-${title}', '${title}', 'mou') returning id`,
    );

  test('delivers each fact added since it started once, a late commit below the highest id included', async () => {
    // A gap below the newest partnership, as a transaction still open leaves one.
    const [gap] = await insert(null, 'gap');
    await app.rows(`delete from partnerships where slug = 'live-gap' returning id`);
    await insert(null, 'existing');
    const facts = new AddedFacts(app.db, {});
    await facts.start();
    expect(await facts.added()).toEqual([]);

    const [added] = await insert(null, 'added');
    expect(await facts.added()).toEqual([{ kind: 'partnership', id: (added as { id: number }).id }]);
    expect(await facts.added()).toEqual([]);
    // The open transaction commits its lower id now.
    const gapId = (gap as { id: number }).id;
    await insert(gapId, 'late');
    expect(await facts.added()).toEqual([{ kind: 'partnership', id: gapId }]);
    expect(await facts.added()).toEqual([]);
  });
});
