// The typed TypeScript client (clients/typescript): its generated types match the committed
// schema, its documents are valid against it, and its example program works against the real
// HTTP server (node:http over the yoga instance, on an ephemeral port).
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, parse, print, validate } from 'graphql';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient, graphql, GraphQLRequestError } from '../clients/typescript/client.ts';
import * as example from '../clients/typescript/example.ts';
import { generateIntrospectionTypes, outputFile, schemaFile } from '../clients/typescript/generate.ts';
import { sharedReadOnlyApp, type TestApp } from './helpers/app.ts';

let app: TestApp;
let http: HttpServer;
let url: string;

beforeAll(async () => {
  app = await sharedReadOnlyApp();
  http = createHttpServer(app.yoga);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
  await app?.close();
});

test('clients/typescript/graphql-env.d.ts is what schema/schema.graphql gives (run `npm run client:generate` when this fails)', () => {
  expect(readFileSync(outputFile, 'utf8')).toBe(generateIntrospectionTypes(readFileSync(schemaFile, 'utf8')));
});

test("the example's documents are valid against the schema (arguments and variables too, which the types do not check)", () => {
  const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
  const documents = Object.entries(example).filter(([name]) => name.endsWith('Query'));
  expect(documents.length).toBeGreaterThan(1);
  for (const [name, document] of documents) {
    const errors = validate(schema, parse(print(document as Parameters<typeof print>[0])));
    expect(errors.map((e) => `${name}: ${e.message}`)).toEqual([]);
  }
});

test('the example fetches nested data in one request and pages through all countries', async () => {
  const lines: string[] = [];
  const summary = await example.main({ url, log: (line) => lines.push(line) });

  const { actor } = summary;
  expect(actor.name).toBe('Vietnam');
  expect(actor.partnerships.totalCount).toBeGreaterThan(0);
  expect(summary.partnerships).toBe(actor.partnerships.edges.length);
  expect(summary.partnerships).toBeGreaterThan(0);
  for (const edge of actor.partnerships.edges) {
    expect(edge.role).toMatch(/\w/);
    expect(edge.node.parties.some((party) => party.actor.slug === 'vietnam')).toBe(true);
    expect(edge.node.parties.length).toBeGreaterThan(1);
  }
  // Every curated partnership points back to an article.
  expect(summary.sourcedPartnerships).toBe(summary.partnerships);
  const source = actor.partnerships.edges[0]!.node.sources[0]!;
  expect(source.article.title).toMatch(/\w/);
  expect(source.article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(summary.partnerCountries).toContain('VN');
  expect(summary.partnerCountries.length).toBeGreaterThan(1);
  expect(summary.technologies.length).toBeGreaterThan(0);

  // Pagination: 249 ISO 3166-1 countries, 50 a page, each once.
  expect(summary.countryTotal).toBe(249);
  expect(summary.countries).toHaveLength(249);
  expect(new Set(summary.countries.map((c) => c.code)).size).toBe(249);
  expect(summary.pages).toBe(5);
  expect(lines.join('\n')).toContain('countries: 249 in 5 pages');
});

test('request throws a GraphQLRequestError with the messages when the answer has GraphQL errors', async () => {
  const client = createClient({ url });
  const Query = graphql(`query Missing($code: String!) { country(code: $code) { code } }`);
  // A variable of the wrong type at run time (typed code cannot send it): the server refuses it.
  const error = await client.request(Query, { code: 1 as unknown as string }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLRequestError);
  expect((error as GraphQLRequestError).errors.length).toBeGreaterThan(0);
  expect((error as Error).message).toMatch(/^GraphQL errors: .*\$code/);
});

test('request throws a clear error when the server cannot be reached', async () => {
  const client = createClient({ url: 'http://127.0.0.1:1/graphql' });
  const Query = graphql(`query { countries(first: 1) { totalCount } }`);
  await expect(client.request(Query)).rejects.toThrow(/could not reach http:\/\/127\.0\.0\.1:1\/graphql/);
});
