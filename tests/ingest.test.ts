// Ingestion end to end through the API: ingestArticle creates a sourced, traversable graph from
// a raw article, does nothing the second time, and refuses bad input without writing anything.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ingestArticle } from '../src/ingest/ingest.ts';
import { createTestApp, dataOf, type TestApp } from './helpers/app.ts';

const ARTICLE = readFileSync(new URL('./fixtures/ingest/korea-vietnam-ai-centre.txt', import.meta.url), 'utf8');

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status
    errors { code message field }
    article { slug title publishedAt source url author countries { code } technologies { slug } }
    createdActors { slug name kind country { code } }
    linkedActors { slug }
    createdPartnerships { slug kind parties { role actor { slug } } sources { excerpt spanStart spanEnd confidence } }
    createdEvents { slug kind occurredOn city country { code } participants { actor { slug } } }
  }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: false });
  const { seedReferenceData } = await import('../src/db/seed.ts');
  await seedReferenceData(app.db);
});
afterAll(() => app.close());

const tables = [
  'articles',
  'actors',
  'affiliations',
  'partnerships',
  'partnership_parties',
  'events',
  'event_participants',
  'evidence',
  'actor_mentions',
  'country_mentions',
  'technology_mentions',
];

const counts = () => app.counts(tables);

test('an article in the scraped layout becomes a sourced graph that a client can traverse', async () => {
  const response = dataOf(
    await app.graphql(INGEST, {
      input: { text: ARTICLE, url: 'https://example.org/vn-kr-ai-centre', source: 'Test Wire' },
    }),
  );
  const payload = response.ingestArticle;
  expect(payload.status).toBe('CREATED');
  expect(payload.errors).toEqual([]);
  expect(payload.article).toMatchObject({
    title: 'Vietnam, Korea open joint AI research centre in Da Nang',
    publishedAt: '2026-02-12T08:40:00.000Z',
    source: 'Test Wire',
    url: 'https://example.org/vn-kr-ai-centre',
    author: 'Tran Minh',
  });
  expect(payload.article.countries.map((c: any) => c.code)).toEqual(expect.arrayContaining(['KR', 'VN']));
  expect(payload.article.technologies.map((t: any) => t.slug)).toEqual(
    expect.arrayContaining(['artificial-intelligence', 'semiconductors']),
  );
  // Nothing from the teaser about Seoul's meeting of digital ministers.
  expect(payload.article.technologies.map((t: any) => t.slug)).not.toContain('cloud-computing');
  const names = payload.createdActors.map((a: any) => a.name);
  expect(names).toEqual(expect.arrayContaining(['Le Thi Hoa', 'Park Min-jun']));
  for (const partnership of payload.createdPartnerships) {
    expect(partnership.sources.length).toBeGreaterThan(0);
    for (const source of partnership.sources) expect(source.confidence).toBeGreaterThan(0);
  }
  expect(payload.createdEvents.some((e: any) => e.occurredOn === '2026-02-10')).toBe(true);

  // Traverse from a created person to the partnerships, their parties and the sources.
  const person = payload.createdActors.find((a: any) => a.name === 'Le Thi Hoa');
  const graph = dataOf(
    await app.graphql(
      `{ actor(slug: "${person.slug}") { kind country { code } affiliations { title organization { name } sources { excerpt article { slug } } } events(first: 5) { nodes { title sources { article { slug } } } } } }`,
    ),
  );
  expect(graph.actor).toMatchObject({ kind: 'PERSON', country: { code: 'VN' } });
  expect(graph.actor.events.nodes.length).toBeGreaterThan(0);
});

test('ingesting the same text again changes nothing', async () => {
  const before = await counts();
  const response = dataOf(await app.graphql(INGEST, { input: { text: ARTICLE } }));
  expect(response.ingestArticle.status).toBe('UNCHANGED');
  expect(response.ingestArticle.article.title).toBe('Vietnam, Korea open joint AI research centre in Da Nang');
  expect(await counts()).toEqual(before);
});

test('the same text with Windows line endings is recognised as the same article', async () => {
  const before = await counts();
  const response = dataOf(await app.graphql(INGEST, { input: { text: ARTICLE.replace(/\n/g, '\r\n') } }));
  expect(response.ingestArticle.status).toBe('UNCHANGED');
  expect(await counts()).toEqual(before);
});

const badInputs: [string, Record<string, unknown>, string, string | null][] = [
  ['empty text', { text: '   \n ' }, 'EMPTY_TEXT', 'text'],
  ['no title', { text: ' date 2026-01-05 Tech\n\n' }, 'NO_TITLE', 'text'],
  ['no date', { text: 'A title without any date\n\nSome text about cooperation.\n' }, 'UNPARSEABLE_DATE', 'text'],
  ['over 1 MiB', { text: ` date 2026-01-05 Tech\n\nBig\n\n${'x'.repeat(1024 * 1024)}` }, 'TOO_LARGE', 'text'],
  ['binary', { text: ' date 2026-01-05 Tech\n\nTitle\n\n\u0000\u0001\u0002' }, 'NOT_TEXT', 'text'],
  ['a malformed URL', { text: ARTICLE.replace('Da Nang,', 'Da Nang city,'), url: 'not a url' }, 'INVALID_INPUT', 'url'],
];

for (const [what, input, code, field] of badInputs) {
  test(`${what} is rejected with ${code} and nothing is written`, async () => {
    const before = await counts();
    const response = await app.graphql(INGEST, { input });
    const payload = dataOf(response).ingestArticle;
    expect(payload.status).toBe('REJECTED');
    expect(payload.article).toBeNull();
    expect(payload.errors).toHaveLength(1);
    expect(payload.errors[0]).toMatchObject({ code, field });
    expect(payload.errors[0].message.length).toBeGreaterThan(10);
    expect(await counts()).toEqual(before);
  });
}

test('a dry run reports what it would create and writes nothing', async () => {
  const before = await counts();
  const text = ARTICLE.replace(
    'Vietnam, Korea open joint AI research centre in Da Nang',
    'Korea, Vietnam centre hires first researchers',
  ).replaceAll(
    'Vietnam, Korea open joint AI research centre in Da Nang',
    'Korea, Vietnam centre hires first researchers',
  );
  const result = await ingestArticle(app.db, { text }, { dryRun: true });
  expect(result.status).toBe('created');
  expect(result.dryRun).toBe(true);
  expect(await counts()).toEqual(before);
});

test('the same text ingested by two requests at once is stored once', async () => {
  const text = ARTICLE.replaceAll(
    'Vietnam, Korea open joint AI research centre in Da Nang',
    'Da Nang centre welcomes its first students',
  );
  const [a, b] = await Promise.all([ingestArticle(app.db, { text }), ingestArticle(app.db, { text })]);
  expect([a.status, b.status].sort()).toEqual(['created', 'unchanged']);
  expect(a.article.id).toBe(b.article.id);
});

test('every bad field is reported at once, each with its own message, and nothing is written', async () => {
  const before = await counts();
  const response = dataOf(
    await app.graphql(INGEST, { input: { text: '   ', url: 'ftp://example.org/a', source: 'x'.repeat(300) } }),
  );
  const payload = response.ingestArticle;
  expect(payload.status).toBe('REJECTED');
  expect(payload.errors.map((e: any) => [e.field, e.code])).toEqual([
    ['url', 'INVALID_INPUT'],
    ['source', 'INVALID_INPUT'],
    ['text', 'EMPTY_TEXT'],
  ]);
  expect(payload.errors[0].message).toMatch(/http and https/);
  expect(await counts()).toEqual(before);
});
