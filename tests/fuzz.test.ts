// Fuzzing: a bounded, reproducible stream of random operations generated from the schema —
// valid selections with random arguments, wrong argument types, unknown fields, malformed
// syntax, huge and negative numbers, odd strings, random variables — sent through the server.
// Whatever arrives, the answer is never an HTTP 5xx, never an error showing SQL, a stack or a
// file path, and the server answers /health and a known-good query afterwards.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { exampleOperation } from '../src/example-operation.ts';
import { schema } from '../src/graphql/index.ts';
import { sharedReadOnlyApp, dataOf, type TestApp } from './helpers/app.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 300);
const MAX_DEPTH = 3;

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with FUZZ_SEED. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof prng>;

const WEIRD_STRINGS = [
  '',
  ' ',
  'vietnam',
  'VN',
  'x'.repeat(2000),
  "'; drop table actor; --",
  '%_%',
  '\\',
  '"quoted"',
  '\u0000nul',
  '😀🇻🇳',
  'Việt Nam',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\n\t\r',
  '{"a":1}',
  'QWN0b3I6MQ==',
  'Actor:999999999',
  '2026-13-45',
  '1e308',
];
const WEIRD_INTS = [0, 1, -1, 2, 5, 10, 100, 101, 1000, -2147483648, 2147483647, 2147483648, 2 ** 53, 1e21];

function literalString(value: string): string {
  return JSON.stringify(value);
}

/** A value literal for `type`: usually of the right type, sometimes not (`wrong`). */
function valueLiteral(type: GraphQLInputType, random: Random, depth = 0): string {
  if (random.chance(0.08))
    return random.pick(['null', '"wrong"', '42', '3.14', 'true', '[1,2]', '{ nope: 1 }', 'SOME_ENUM']);
  if (isNonNullType(type)) return valueLiteral(type.ofType, random, depth);
  if (isListType(type)) {
    const n = random.int(3);
    return `[${Array.from({ length: n }, () => valueLiteral(type.ofType, random, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return random.chance(0.9) ? random.pick(type.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(type)) {
    if (depth > 2) return '{}';
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || random.chance(0.4));
    const parts = fields.map((f) => `${f.name}: ${valueLiteral(f.type, random, depth + 1)}`);
    if (random.chance(0.1)) parts.push('unknownField: 1');
    return `{ ${parts.join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(random.chance(0.7) ? random.pick([1, 2, 3, 5, 10]) : random.pick(WEIRD_INTS));
      case 'Float':
        return String(random.pick([0, -1.5, 1e308, 3.14, 100]));
      case 'Boolean':
        return random.pick(['true', 'false']);
      case 'ID':
        return literalString(random.pick(WEIRD_STRINGS));
      default:
        // String and custom scalars (dates, URLs, …): strings, sometimes odd ones.
        return literalString(random.pick(WEIRD_STRINGS));
    }
  }
  return 'null';
}

/** A JSON value for a variable of `type` (sometimes wrong). */
function variableValue(type: GraphQLInputType, random: Random): unknown {
  if (random.chance(0.15)) return random.pick([null, 'wrong', 42, -1, 1e21, true, [], {}, { a: [1] }]);
  if (isNonNullType(type)) return variableValue(type.ofType, random);
  if (isListType(type)) return [variableValue(type.ofType, random)];
  if (isEnumType(type)) return random.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) || random.chance(0.4))
        .map((f) => [f.name, variableValue(f.type, random)]),
    );
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return random.pick(WEIRD_INTS);
    if (type.name === 'Float') return random.pick([0, 1.5, -3]);
    if (type.name === 'Boolean') return random.chance(0.5);
    return random.pick(WEIRD_STRINGS);
  }
  return null;
}

interface Built {
  text: string;
  variables: Record<string, unknown>;
  definitions: string[];
}

function argumentsFor(args: readonly GraphQLArgument[], random: Random, built: Built): string {
  const chosen = args.filter((a) => (isNonNullType(a.type) ? random.chance(0.95) : random.chance(0.5)));
  const parts = chosen.map((a) => {
    if (random.chance(0.25)) {
      const name = `v${built.definitions.length}`;
      // Declared with its own type (or, now and then, a wrong one).
      const declared = random.chance(0.9) ? String(a.type) : random.pick(['Int', 'String!', 'Boolean', '[ID!]']);
      built.definitions.push(`$${name}: ${declared}`);
      built.variables[name] = variableValue(a.type, random);
      return `${a.name}: $${name}`;
    }
    return `${a.name}: ${valueLiteral(a.type, random)}`;
  });
  if (random.chance(0.05)) parts.push(`bogusArgument: ${random.pick(['1', '"x"', 'null'])}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selectionFor(type: GraphQLOutputType, random: Random, depth: number, built: Built): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (depth >= MAX_DEPTH) {
    return isObjectType(named) || isInterfaceType(named) ? '{ __typename }' : '{ __typename }';
  }
  if (isUnionType(named)) {
    const member = random.pick(named.getTypes());
    return `{ __typename ... on ${member.name} ${selectionFor(member, random, depth + 1, built) || '{ __typename }'} }`;
  }
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const fields = Object.values(named.getFields());
  const count = 1 + random.int(Math.min(4, fields.length));
  const picked = new Set<GraphQLField<unknown, unknown>>();
  while (picked.size < count) picked.add(random.pick(fields));
  const parts = [...picked].map((field) => fieldText(field, random, depth + 1, built));
  if (random.chance(0.05)) parts.push(random.pick(['notAField', 'password', '__schema { types { name } }']));
  if (isInterfaceType(named) && random.chance(0.3)) {
    const implementation = random.pick(schema.getPossibleTypes(named));
    parts.push(
      `... on ${implementation.name} ${selectionFor(implementation, random, depth, built) || '{ __typename }'}`,
    );
  }
  return `{ ${parts.join(' ')} }`;
}

function fieldText(field: GraphQLField<unknown, unknown>, random: Random, depth: number, built: Built): string {
  const alias = random.chance(0.05) ? `a${random.int(100)}: ` : '';
  return `${alias}${field.name}${argumentsFor(field.args, random, built)} ${selectionFor(field.type, random, depth, built)}`.trim();
}

function operationFor(
  root: GraphQLObjectType,
  keyword: 'query' | 'mutation',
  random: Random,
): { query: string; variables: Record<string, unknown> } {
  const built: Built = { text: '', variables: {}, definitions: [] };
  const fields = Object.values(root.getFields());
  const count = 1 + random.int(2);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const field = random.pick(fields);
    let text = fieldText(field, random, 0, built);
    // Mutations are only sent with an argument that does not exist, so validation refuses them
    // before anything runs and the data stays as it is.
    if (keyword === 'mutation')
      text = text.replace(field.name, `${field.name}(fuzzNotAnArgument: 1)`).replace(/\)\(/, ', ');
    parts.push(i > 0 ? `f${i}: ${text}` : text);
  }
  const header = built.definitions.length ? `${keyword} Fuzz(${built.definitions.join(', ')})` : keyword;
  if (random.chance(0.1)) {
    // Stray variables nobody declared.
    built.variables[`stray${random.int(9)}`] = variableValue(
      random.pick(fields).args[0]?.type ?? (schema.getType('String')! as GraphQLInputType),
      random,
    );
  }
  return { query: `${header} { ${parts.join(' ')} }`, variables: built.variables };
}

/** Breaks a document: truncation, unbalanced braces, stray characters, nonsense. */
function malformed(query: string, random: Random): string {
  switch (random.int(6)) {
    case 0:
      return query.slice(0, random.int(query.length));
    case 1:
      return query + '}'.repeat(1 + random.int(3));
    case 2:
      return query.replace('{', '{{');
    case 3: {
      const at = random.int(query.length);
      return query.slice(0, at) + random.pick(['"', '$', '@', '!', '#', '\\u0000', '...', ')']) + query.slice(at);
    }
    case 4:
      return random.pick([
        '',
        ' ',
        'query',
        '{',
        '}',
        'subscription { x }',
        'fragment F on Query { x }',
        '{ __typename } { __typename }',
        '{'.repeat(500),
      ]);
    default:
      return query.split('').reverse().join('');
  }
}

const LEAK =
  /select |insert |update |delete from|from "|\bat \/|\.ts:|\.js:|postgres|pglite|drizzle|stack|node_modules|syntax error at or near/i;

let app: TestApp;
beforeAll(async () => {
  app = await sharedReadOnlyApp();
});
afterAll(() => app.close());

test(`${OPERATIONS} random operations (seed ${SEED}): no 5xx, no unmasked error, still healthy`, {
  timeout: 60_000,
}, async () => {
  const random = prng(SEED);
  const queryRoot = schema.getQueryType()!;
  const mutationRoot = schema.getMutationType();
  const statuses = new Map<number, number>();
  let withErrors = 0;
  for (let i = 0; i < OPERATIONS; i++) {
    const kind = random.next();
    let body: string;
    let contentType = 'application/json';
    if (kind < 0.6) {
      body = JSON.stringify(operationFor(queryRoot, 'query', random));
    } else if (kind < 0.7 && mutationRoot) {
      body = JSON.stringify(operationFor(mutationRoot, 'mutation', random));
    } else if (kind < 0.9) {
      const { query, variables } = operationFor(queryRoot, 'query', random);
      body = JSON.stringify({ query: malformed(query, random), variables });
    } else {
      // Bodies that are not a GraphQL request at all.
      const variant = random.int(5);
      body = [
        '{"query": ',
        JSON.stringify({ query: 42, variables: 'nope' }),
        JSON.stringify({ query: '{ __typename }', variables: [1, 2], operationName: { x: 1 } }),
        JSON.stringify([{ query: '{ __typename }' }]),
        'not json at all',
      ][variant]!;
      if (random.chance(0.3))
        contentType = random.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/graphql']);
    }
    const response = await app.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': contentType, accept: 'application/graphql-response+json, application/json' },
      body,
    });
    const text = await response.text();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    expect(response.status, `operation ${i}: ${body}\n→ ${text.slice(0, 2000)}`).toBeLessThan(500);
    let parsed: { errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    for (const error of parsed?.errors ?? []) {
      withErrors++;
      expect(error.message, `operation ${i}: ${body}`).not.toMatch(LEAK);
      expect(JSON.stringify(error.extensions ?? {}), `operation ${i}: ${body}`).not.toMatch(LEAK);
    }
  }
  console.log(
    `fuzz: seed ${SEED}, ${OPERATIONS} operations, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${withErrors} errors (all clean)`,
  );

  expect((await app.yoga.fetch('http://yoga/health')).status).toBe(200);
  expect((await app.yoga.fetch('http://yoga/ready')).status).toBe(200);
  const known = dataOf(await app.graphql(exampleOperation));
  expect(known.actor.name).toBeTruthy();
});
