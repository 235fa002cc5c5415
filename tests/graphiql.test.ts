// GraphiQL teaches: it is served offline (bundled, no CDN), opens with one tab per example
// operation, every example runs on the sample knowledge, and the docs explain every type and field.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  parse,
  validate,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exampleOperations, exampleVariables } from '../src/graphiql/examples.ts';
import { schema } from '../src/graphql/index.ts';
import { sharedReadOnlyApp, type TestApp } from './helpers/app.ts';

let app: TestApp;
let html: string;
beforeAll(async () => {
  app = await sharedReadOnlyApp();
  const response = await app.yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  html = await response.text();
});
afterAll(() => app.close());

describe('the GraphiQL page', () => {
  test('loads nothing from another host: scripts, styles, fonts and icons are all inline', () => {
    expect(html).toContain('renderYogaGraphiQL');
    // No element, stylesheet rule or module import that points at a remote URL.
    expect(html).not.toMatch(/<(script|link|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/\bimport\s*\(\s*["'](https?:)?\/\//i);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs/i);
  });

  test('opens with one tab per example operation, in order', () => {
    const options = JSON.parse(
      html
        .slice(html.indexOf('{', html.lastIndexOf('renderYogaGraphiQL(')), html.lastIndexOf('}') + 1)
        .replace(/\)\s*;?\s*<\/script>[\s\S]*$/, ''),
    );
    expect(options.title).toBe('Cooperation knowledge API');
    const tabs = options.defaultTabs as { query: string; variables: string | null }[];
    expect(tabs.map((t) => t.query)).toEqual(exampleOperations.map((e) => e.document));
    expect(html).toContain('ActorTraversal');
  });

  test('the node refetch tab carries a global ID that exists in this database', async () => {
    const refetchTab = /query RefetchNode[\s\S]*?"variables":"((?:[^"\\]|\\.)*)"/.exec(html);
    expect(refetchTab).not.toBeNull();
    const variables = JSON.parse(JSON.parse(`"${refetchTab![1]}"`)) as { id: string };
    const expected = await app.graphql('{ actor(slug: "national-innovation-centre-vietnam") { id } }');
    expect(variables.id).toBe(expected.data.actor.id);
  });
});

const operations = exampleOperations.flatMap((example) => example.operationNames.map((name) => ({ example, name })));

test('there are examples of a traversal, a filtered paginated list, partner countries, a node refetch, the weight of evidence and history', () => {
  expect(operations.map((o) => o.name)).toEqual([
    'ActorTraversal',
    'FilteredArticles',
    'PartnerCountries',
    'FindNodeId',
    'RefetchNode',
    'WeightOfEvidence',
    'History',
  ]);
});

test.each(exampleOperations.map((e) => [e.file, e] as const))(
  'example %s is valid against the schema',
  (_file, example) => {
    expect(validate(schema, parse(example.document)).map((e) => e.message)).toEqual([]);
  },
);

test.each(operations.map((o) => [o.name, o] as const))(
  'example operation %s runs on the sample knowledge without errors and with data',
  async (name, { example }) => {
    const variables = (await exampleVariables(app.db))[name];
    const response = await app.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: example.document, operationName: name, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    // Every root field answers something: not null, not an empty list.
    const definition = parse(example.document).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name,
    )!;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== 'Field') continue;
      const value = body.data?.[selection.alias?.value ?? selection.name.value];
      expect(value, `${name}: ${selection.name.value}`).toBeTruthy();
    }
    const text = JSON.stringify(body.data);
    if (name === 'ActorTraversal') expect(text).toMatch(/"sources":\[\{/);
    if (name === 'FilteredArticles')
      expect(body.data).toMatchObject({ articles: { totalCount: 2, pageInfo: { hasNextPage: true } } });
    if (name === 'PartnerCountries') expect(text).toMatch(/"partnerCountries":\[\{/);
    if (name === 'History')
      expect(body.data).toMatchObject({
        actor: { members: [{ person: { name: 'Vu Hai Quan' } }, { person: { name: 'Pham Duc Long' } }] },
        partnerships: { totalCount: 8 },
      });
    if (name === 'WeightOfEvidence')
      expect(body.data).toMatchObject({
        partnerships: { nodes: [{ articleCount: 1, sourceCount: 1, confidence: 1 }, {}, {}] },
      });
    if (name === 'RefetchNode')
      expect(body.data).toMatchObject({ node: { __typename: 'Actor', slug: 'national-innovation-centre-vietnam' } });
  },
);

test('the docs explain every type, field, argument, input field and enum value', () => {
  const undocumented: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!type.description?.trim()) undocumented.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (!arg.description?.trim()) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (!field.description?.trim()) undocumented.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description?.trim()) undocumented.push(`${type.name}.${value.name}`);
    }
  }
  expect(undocumented).toEqual([]);
});
