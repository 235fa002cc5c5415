// One thing, one node: after every fixture article the project has (its own fixtures, the blind
// batches and the training articles) is ingested into one graph, no country is two actors, no
// country's name is an organisation, and no person is two actors under spellings that differ
// only in diacritics or case.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { countryOfWord } from '../src/ingest/extract/gazetteer.ts';
import { ingestArticle } from '../src/ingest/ingest.ts';
import { nameKey } from '../src/knowledge/text.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Every article .txt under the fixture folders that hold articles with answer keys. */
function articleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gold' ? [] : articleFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}
const files = ['articles', 'blind', 'training'].flatMap((d) => articleFiles(join(FIXTURES, d))).sort();

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  for (const file of files) await ingestArticle(app.db, { text: readFileSync(file, 'utf8') });
}, 300_000);
afterAll(() => app.close());

test('the fixtures are many articles from several folders', () => {
  expect(files.length).toBeGreaterThanOrEqual(30);
});

test('no country is two actors', async () => {
  const rows = await app.rows<{ code: string; names: string }>(
    `select c.code, string_agg(a.name, ', ') as names from actors a join countries c on c.id = a.country_id
     where a.kind = 'state' group by c.code having count(*) > 1`,
  );
  expect(rows).toEqual([]);
});

test("no country's name, in any spelling, is an organisation or a person", async () => {
  const rows = await app.rows<{ name: string; kind: string }>(
    `select name, kind::text from actors where kind <> 'state'`,
  );
  expect(rows.filter((r) => countryOfWord(r.name) !== null)).toEqual([]);
});

test('no person is two actors', async () => {
  const rows = await app.rows<{ slug: string; name: string }>(`select slug, name from actors where kind = 'person'`);
  const byName = new Map<string, string[]>();
  for (const r of rows) byName.set(nameKey(r.name), [...(byName.get(nameKey(r.name)) ?? []), r.slug]);
  expect([...byName.entries()].filter(([, slugs]) => slugs.length > 1)).toEqual([]);
});
