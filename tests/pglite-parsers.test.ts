// PGlite takes the type parsers drizzle brings to every query once (src/db/pglite-parsers.ts):
// values parse as they did when each query brought them, in and out of transactions, and a query
// that brings parsers of its own still gets them.
import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { shareQueryParsers } from '../src/db/pglite-parsers.ts';
import { migratedPgliteImage } from './helpers/app.ts';

let client: PGlite;
beforeAll(async () => {
  // On a PostgreSQL run there is no image, and PGlite makes a data directory of its own.
  const image = await migratedPgliteImage();
  client = await PGlite.create(image ? { loadDataDir: image } : {});
  shareQueryParsers(client);
});
afterAll(() => client.close());

const asText = { [types.TIMESTAMPTZ]: (value: string) => `text:${value}` };
const at = `select '2026-12-04 10:00:00+00'::timestamptz as t, 7::int4 as n`;

test('the first parsers brought are kept, and later queries bringing them parse alike', async () => {
  const first = await client.query<{ t: string; n: number }>(at, [], { parsers: asText });
  const again = await client.query<{ t: string; n: number }>(at, [], { parsers: asText });
  expect(first.rows).toEqual([{ t: 'text:2026-12-04 10:00:00+00', n: 7 }]);
  expect(again.rows).toEqual(first.rows);
  // They are the instance's own now: a query bringing none parses the same way.
  expect((await client.query(at)).rows).toEqual(first.rows);
});

test('inside a transaction the same, and other parsers brought still apply', async () => {
  const other = { [types.INT4]: (value: string) => `int:${value}` };
  const rows = await client.transaction(async (tx) => [
    (await tx.query(at, [], { parsers: asText })).rows[0],
    (await tx.query(at, [], { parsers: other })).rows[0],
  ]);
  expect(rows).toEqual([
    { t: 'text:2026-12-04 10:00:00+00', n: 7 },
    { t: 'text:2026-12-04 10:00:00+00', n: 'int:7' },
  ]);
});
