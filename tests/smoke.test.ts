import { afterAll, beforeAll, expect, test } from 'vitest';
import { exampleOperation } from '../src/example-operation.ts';
import { createTestApp, dataOf, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

test('smoke', async () => {
  const r = await app.graphql(exampleOperation);
  console.log(JSON.stringify(r, null, 1).slice(0, 4000));
  console.log(app.statements);
  expect(dataOf(r).actor).not.toBeNull();
});
