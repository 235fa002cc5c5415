// The compiled path itself: which operations it takes, how many statements they cost, and what
// it leaves to the resolvers. tests/compiled-differential.test.ts checks that both paths answer
// alike; this file checks that the compiled one is taken where it should be.
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { CompiledOutcome } from '../src/graphql/compiled/plugin.ts';
import { createTestApp, dataOf, type TestApp } from './helpers/app.ts';

let app: TestApp;
const outcomes: CompiledOutcome[] = [];
beforeAll(async () => {
  app = await createTestApp({ compiledReads: { onOutcome: (outcome) => outcomes.push(outcome) } });
});
afterAll(() => app.close());
beforeEach(() => {
  outcomes.length = 0;
  app.resetStatements();
});

test('a deep traversal with two root fields, fragments and a page runs compiled, in one statement', async () => {
  const data = dataOf(
    await app.graphql(`
      query Deep {
        actor(slug: "national-innovation-centre-vietnam") {
          ...names
          country { code }
          partnerships(first: 2) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { role node { title parties { role actor { ...names } } technologies { slug } sources { article { title publishedAt } } } }
          }
        }
        countries(first: 3) { nodes { code } }
      }
      fragment names on Actor { slug name }`),
  );
  expect(data.actor.slug).toBe('national-innovation-centre-vietnam');
  expect(data.actor.partnerships.edges.length).toBeGreaterThan(0);
  expect(data.countries.nodes).toHaveLength(3);
  expect(outcomes).toEqual([{ operationName: 'Deep', compiled: true }]);
  expect(app.statements).toHaveLength(1);
});

test('a field the compiler does not know sends the whole operation to the resolvers, with the reason', async () => {
  dataOf(await app.graphql(`{ search(query: "innovation") { __typename } }`));
  expect(outcomes).toHaveLength(1);
  expect(outcomes[0]).toMatchObject({ compiled: false, reason: 'root field search' });
});

test('an argument the resolvers refuse is refused by them, with their error', async () => {
  const response = await app.graphql(`{ actor(slug: "Not A Slug") { name } }`);
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(outcomes).toEqual([{ operationName: null, compiled: false, reason: 'arguments the resolvers refuse' }]);
});

test("a root list with everything under it skipped is the resolvers', who still check its arguments", async () => {
  const response = await app.graphql(
    `query ($v: Boolean = false) { articles(filter: { country: "V1" }, first: 4) { edges @include(if: $v) { cursor } } }`,
  );
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(outcomes[0]).toMatchObject({ compiled: false, reason: 'a root list with nothing selected' });
});

test("a page larger than the maximum is the resolvers' to refuse", async () => {
  const response = await app.graphql(`{ partnerships(first: 500) { totalCount } }`);
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(outcomes[0]).toMatchObject({ compiled: false, reason: 'a page size out of range' });
});

test('mutations never run compiled, and are not counted', async () => {
  await app.graphql(
    `mutation { mergeActors(input: { survivor: "nobody-1", merged: "nobody-2" }) { errors { code } } }`,
  );
  expect(outcomes).toEqual([]);
});

test('@skip with a variable: one plan per value, each compiled', async () => {
  const query = `query Skip($skip: Boolean!) { country(code: "VN") { code name @skip(if: $skip) } }`;
  expect(dataOf(await app.graphql(query, { skip: true }))).toEqual({ country: { code: 'VN' } });
  expect(dataOf(await app.graphql(query, { skip: false }))).toEqual({ country: { code: 'VN', name: 'Vietnam' } });
  expect(outcomes.map((o) => o.compiled)).toEqual([true, true]);
});

test('only the root __typename: answered without reading the database', async () => {
  expect(dataOf(await app.graphql(`{ __typename t: __typename }`))).toEqual({ __typename: 'Query', t: 'Query' });
  expect(outcomes[0]).toMatchObject({ compiled: true });
  expect(app.statements).toHaveLength(0);
});

test('with compiled reads off, every operation goes through the resolvers', async () => {
  const off = await createTestApp({ compiledReads: false });
  try {
    const data = dataOf(await off.graphql(`{ country(code: "VN") { code partnerships(first: 1) { totalCount } } }`));
    expect(data.country.code).toBe('VN');
  } finally {
    await off.close();
  }
  expect(outcomes).toEqual([]);
});
