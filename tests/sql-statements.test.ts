// No N+1: a nested traversal resolves in one SQL statement per root field, whatever its depth.
// These hold the resolvers to it (compiled reads off): they answer every operation the compiler
// leaves to them. tests/compiled-reads.test.ts counts the compiled path's statements.
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { exampleOperation } from '../src/example-operation.ts';
import { createTestApp, dataOf, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ compiledReads: false });
});
afterAll(() => app.close());
beforeEach(() => app.resetStatements());

test('a deep traversal from an actor to partnerships, parties, their countries, technologies and sources runs as one statement', async () => {
  const data = dataOf(
    await app.graphql(`{
      actor(slug: "national-innovation-centre-vietnam") {
        name
        country { code }
        parent { name }
        partnerships(first: 5) {
          totalCount
          edges {
            role
            node {
              title
              parties { role actor { name country { code name } partnerships(first: 3) { totalCount nodes { slug } } } }
              countries { code }
              technologies { name parent { name } }
              events { title participants { role actor { name } } }
              sources { excerpt article { title publishedAt } }
            }
          }
        }
      }
    }`),
  );
  expect(data.actor.partnerships.totalCount).toBeGreaterThan(0);
  const mou = data.actor.partnerships.edges[0].node;
  expect(mou.parties.map((p: any) => p.actor.country.code).sort()).toEqual(['GB', 'VN']);
  expect(mou.sources[0].article.title).toMatch(/UK/);
  expect(app.statements).toHaveLength(1);
});

test('the README traversal runs as one statement', async () => {
  dataOf(await app.graphql(exampleOperation));
  expect(app.statements).toHaveLength(1);
});

test('a root connection with totalCount and nested lists runs as one statement', async () => {
  const data = dataOf(
    await app.graphql(`{
      articles(first: 1, filter: { country: "VN" }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { title actors { name country { code } } countries { code } technologies { name } partnerships { title parties { actor { name } } } }
      }
    }`),
  );
  expect(data.articles.totalCount).toBe(2);
  expect(data.articles.nodes).toHaveLength(1);
  expect(app.statements).toHaveLength(1);
});

test('nested connections with totalCount under a country run in the same statement', async () => {
  const data = dataOf(
    await app.graphql(`{
      country(code: "vn") {
        name
        actors(first: 3) { totalCount nodes { name collaborators(first: 2) { totalCount edges { sharedCount node { name } } } } }
        partnerships(first: 2) { totalCount nodes { title technologies { name } } }
        articles(first: 2) { totalCount nodes { title } }
        partnerCountries { partnershipCount country { code } }
      }
    }`),
  );
  expect(data.country.actors.totalCount).toBeGreaterThan(3);
  expect(app.statements).toHaveLength(1);
});

test('each root field of an operation costs one statement', async () => {
  dataOf(
    await app.graphql(`{
      a: actor(slug: "vu-hai-quan") { name affiliations { title organization { name } sources { article { title } } } }
      b: partnership(slug: "nic-vis-mou") { title parties { actor { name } } }
      c: event(slug: "london-innovation-forum-2025-10-31") { title participants { actor { name } } }
    }`),
  );
  expect(app.statements).toHaveLength(3);
});

test('an empty page that asks for totalCount falls back to one count statement', async () => {
  const data = dataOf(
    await app.graphql(`{ articles(first: 5, filter: { country: "FR" }) { totalCount nodes { title } } }`),
  );
  expect(data.articles).toEqual({ totalCount: 0, nodes: [] });
  expect(app.statements).toHaveLength(2);
});

test('a root connection asked for its totalCount alone runs the count only, no page', async () => {
  const data = dataOf(await app.graphql(`{ articles(filter: { country: "VN" }) { totalCount } }`));
  expect(data.articles).toEqual({ totalCount: 2 });
  expect(app.statements).toHaveLength(1);
});

test("an actor's connections load their nodes in the same statement whether selected through nodes or edges", async () => {
  const data = dataOf(
    await app.graphql(`{
      actor(slug: "nguyen-chi-dung") {
        events(first: 5) { totalCount nodes { title } }
        collaborators(first: 5) { totalCount nodes { name } edges { sharedCount node { slug } } }
        mentions(first: 5) { totalCount nodes { title } edges { mentionCount } }
      }
    }`),
  );
  expect(data.actor.events.nodes.length).toBeGreaterThan(0);
  expect(data.actor.collaborators.nodes.length).toBe(data.actor.collaborators.edges.length);
  expect(data.actor.mentions.totalCount).toBe(1);
  expect(app.statements).toHaveLength(1);
});
