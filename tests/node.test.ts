// Relay global object identification (`node`, `nodes`) and the lookups by slug or code:
// refetching, unknown and malformed identifiers.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sharedReadOnlyApp, type GraphQLResponse, type TestApp } from './helpers/app.ts';

const US_ARTICLE = '2025-09-29-vietnam-us-deepen-cooperation-in-science-and-technology';

let app: TestApp;

beforeAll(async () => {
  app = await sharedReadOnlyApp();
});

afterAll(async () => {
  await app?.close();
});

const query = <T = any>(source: string, variables?: Record<string, unknown>): Promise<T> =>
  app.query<T>(source, variables);

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function expectClearError(response: GraphQLResponse, mention: RegExp): void {
  expect(response.status).toBeLessThan(500);
  expect(response.errors?.length, JSON.stringify(response)).toBeGreaterThan(0);
  const [error] = response.errors!;
  expect(error!.extensions?.code, error!.message).not.toBe('INTERNAL_SERVER_ERROR');
  expect(error!.message).not.toMatch(/^Unexpected error/);
  expect(error!.message).toMatch(mention);
}

function expectBadUserInput(response: GraphQLResponse, argument: string, value: string): void {
  expect(response.status).toBeLessThan(500);
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error!.extensions?.argument).toBe(argument);
  expect(error!.message).toContain(`"${argument}"`);
  expect(error!.message).toContain(value);
}

// One object of each Node type, looked up by its slug or code; the same fields refetched by ID.
const cases = [
  {
    type: 'Actor',
    lookup: `{ item: actor(slug: "vu-hai-quan") { id ...fields } } fragment fields on Actor { slug name kind aliases country { code } }`,
    fields: `... on Actor { slug name kind aliases country { code } }`,
    expected: { slug: 'vu-hai-quan', name: 'Vu Hai Quan', kind: 'PERSON' },
  },
  {
    type: 'Partnership',
    lookup: `{ item: partnership(slug: "nic-vis-mou") { id ...fields } } fragment fields on Partnership { slug title kind status startedOn parties { role actor { slug } } }`,
    fields: `... on Partnership { slug title kind status startedOn parties { role actor { slug } } }`,
    expected: { slug: 'nic-vis-mou', kind: 'MOU', status: 'SIGNED', startedOn: '2025-10-31' },
  },
  {
    type: 'Country',
    lookup: `{ item: country(code: "VN") { id ...fields } } fragment fields on Country { code name region partnerCountries { country { code } } }`,
    fields: `... on Country { code name region partnerCountries { country { code } } }`,
    expected: { code: 'VN', name: 'Vietnam' },
  },
  {
    type: 'Technology',
    lookup: `{ item: technology(slug: "satellite-applications") { id ...fields } } fragment fields on Technology { slug name parent { slug } children { slug } }`,
    fields: `... on Technology { slug name parent { slug } children { slug } }`,
    expected: { slug: 'satellite-applications', name: 'satellite applications', parent: { slug: 'space-technology' } },
  },
  {
    type: 'Article',
    lookup: `{ item: article(slug: "${US_ARTICLE}") { id ...fields } } fragment fields on Article { slug title publishedAt author tags }`,
    fields: `... on Article { slug title publishedAt author tags }`,
    expected: { slug: US_ARTICLE, author: 'Bich Thuy' },
  },
  {
    type: 'Event',
    lookup: `{ item: event(slug: "vietnam-us-sci-tech-working-session-2025-09-26") { id ...fields } } fragment fields on Event { slug title kind occurredOn city participants { role actor { slug } } }`,
    fields: `... on Event { slug title kind occurredOn city participants { role actor { slug } } }`,
    expected: { slug: 'vietnam-us-sci-tech-working-session-2025-09-26', occurredOn: '2025-09-26', city: 'Hanoi' },
  },
] as const;

async function idOf(lookup: string): Promise<{ id: string; [field: string]: unknown }> {
  const data = await query(lookup);
  expect(data.item).not.toBeNull();
  expect(data.item.id).toEqual(expect.any(String));
  return data.item;
}

describe('node refetch', () => {
  for (const { type, lookup, fields, expected } of cases) {
    test(
      `an ${type} fetched by its slug or code is refetched by node(id:) with the same fields`.replace(
        /^an ([^AEIOU])/,
        'a $1',
      ),
      async () => {
        const item = await idOf(lookup);
        expect(item).toMatchObject(expected);
        const data = await query(`query ($id: ID!) { node(id: $id) { __typename id ${fields} } }`, { id: item.id });
        expect(data.node).toEqual({ __typename: type, ...item });
      },
    );
  }

  test('global IDs of different types are distinct even where the rows share a number', async () => {
    const ids = await Promise.all(cases.map((c) => idOf(c.lookup).then((item) => item.id)));
    expect(new Set(ids).size).toBe(cases.length);
    const data = await query(`{ actors(first: 1) { nodes { id } } countries(first: 1) { nodes { id } } }`);
    expect(data.actors.nodes[0].id).not.toBe(data.countries.nodes[0].id);
  });

  test('nodes(ids:) returns one object of every type, in the order the IDs were given', async () => {
    const items = await Promise.all(cases.map((c) => idOf(c.lookup)));
    const ids = items.map((i) => i.id).reverse();
    const data = await query(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(data.nodes).toEqual([...cases].reverse().map((c, i) => ({ __typename: c.type, id: ids[i] })));
  });

  test('node(id:) for a well-formed ID that matches nothing returns null without an error', async () => {
    const response = await app.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: base64('Actor:999999') });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null });
  });

  test('nodes(ids:) returns the objects in order with null for a well-formed ID that matches nothing', async () => {
    const actor = await idOf(cases[0].lookup);
    const country = await idOf(cases[2].lookup);
    const unknown = base64('Partnership:999999');
    const response = await app.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: [country.id, unknown, actor.id],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual([
      { __typename: 'Country', id: country.id },
      null,
      { __typename: 'Actor', id: actor.id },
    ]);
  });
});

describe('malformed global IDs', () => {
  test("node(id: 'not-an-id') gives a clear error naming the ID, not a server error", async () => {
    const response = await app.graphql(`{ node(id: "not-an-id") { id } }`);
    expectClearError(response, /global ID/i);
    expect(response.errors![0]!.message).toContain('not-an-id');
    expect(response.data?.node ?? null).toBeNull();
  });

  test('node(id:) with the base64 of an unknown type "Nope:1" gives a clear error naming the type', async () => {
    const response = await app.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: base64('Nope:1') });
    expectClearError(response, /Nope/);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(response.data?.node ?? null).toBeNull();
  });

  test('node(id:) with a known type and a non-numeric key ("Actor:abc") gives a clear error, not a server error', async () => {
    const response = await app.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: base64('Actor:abc') });
    expectClearError(response, /abc/);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(response.data?.node ?? null).toBeNull();
  });

  test('node(id:) with the base64 of a type that is not a Node ("PageInfo:1") gives a clear error', async () => {
    const response = await app.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: base64('PageInfo:1') });
    expectClearError(response, /PageInfo/);
    expect(response.data?.node ?? null).toBeNull();
  });

  test('nodes(ids:) with a malformed ID among valid ones gives a clear error', async () => {
    const actor = await idOf(cases[0].lookup);
    const response = await app.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [actor.id, 'not-an-id'],
    });
    expectClearError(response, /not-an-id/);
  });
});

describe('lookups by slug or code', () => {
  test('unknown slugs and an unassigned country code return null without errors', async () => {
    const response = await app.graphql(`{
      actor(slug: "no-such-actor") { id }
      partnership(slug: "no-such-partnership") { id }
      event(slug: "no-such-event") { id }
      technology(slug: "no-such-technology") { id }
      article(slug: "no-such-article") { id }
      country(code: "ZZ") { id }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      actor: null,
      partnership: null,
      event: null,
      technology: null,
      article: null,
      country: null,
    });
  });

  test('country(code:) is case-insensitive', async () => {
    const data = await query(
      `{ lower: country(code: "vn") { id code } upper: country(code: "VN") { id code } mixed: country(code: "gB") { code } }`,
    );
    expect(data.lower).toEqual(data.upper);
    expect(data.lower.code).toBe('VN');
    expect(data.mixed.code).toBe('GB');
  });

  test.each(['actor', 'partnership', 'event', 'technology', 'article'])(
    '%s(slug: "Not A Slug!") gives a BAD_USER_INPUT error naming the slug argument',
    async (field) => {
      const response = await app.graphql(`{ ${field}(slug: "Not A Slug!") { id } }`);
      expectBadUserInput(response, 'slug', 'Not A Slug!');
      expect(response.errors![0]!.path).toEqual([field]);
      expect(response.data?.[field] ?? null).toBeNull();
    },
  );

  test('country(code: "VNM") gives a BAD_USER_INPUT error naming the code argument', async () => {
    const response = await app.graphql(`{ country(code: "VNM") { id } }`);
    expectBadUserInput(response, 'code', 'VNM');
    expect(response.errors![0]!.message).toMatch(/alpha-2/);
    expect(response.data?.country ?? null).toBeNull();
  });
});
