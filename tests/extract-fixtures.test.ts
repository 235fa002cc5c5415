// Extraction on the project's own fixture articles (tests/fixtures/articles, written for the
// project, about other countries, people and technologies than the sample corpus) reaches the
// quality bar, and every fact is well formed: passages index the body, keys are kebab-case and
// every reference resolves to an extracted actor.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KINDS, microAverage, scoreExtraction, type GoldKey } from '../src/ingest/evaluate.ts';
import { extract } from '../src/ingest/extract/index.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import type { Extraction, ParsedArticle } from '../src/ingest/types.ts';
import { technologyTaxonomy } from '../src/knowledge/reference/technologies.ts';

const DIR = join(import.meta.dirname, 'fixtures', 'articles');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const cases = files.map((file) => {
  const article = parseArticle(readFileSync(join(DIR, file), 'utf8'));
  const gold = JSON.parse(readFileSync(join(DIR, 'gold', `${basename(file, '.txt')}.json`), 'utf8')) as GoldKey;
  return { file, article, gold, extraction: extract(article) };
});

describe('extraction on the fixture articles', () => {
  test('there are at least four fixtures, each with an answer key', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  test('micro-averaged F1 is at least 0.8 for every kind', () => {
    const totals = microAverage(cases.map((c) => scoreExtraction(c.extraction, c.gold)));
    for (const kind of KINDS) expect(totals[kind].f1, kind).toBeGreaterThanOrEqual(0.8);
  });

  test.each(cases.map((c) => [c.file, c] as const))('%s: facts are well formed', (_file, { article, extraction }) => {
    checkWellFormed(article, extraction);
  });
});

function checkWellFormed(article: ParsedArticle, x: Extraction): void {
  const passages = [
    ...x.countries.map((c) => c.passage),
    ...x.technologies.map((t) => t.passage),
    ...x.actors.map((a) => a.passage),
    ...x.affiliations.map((a) => a.passage),
    ...x.partnerships.map((p) => p.passage),
    ...x.events.map((e) => e.passage),
  ];
  for (const p of passages) {
    expect(article.body.slice(p.start, p.end)).toBe(p.excerpt);
    expect(p.excerpt.length).toBeGreaterThan(0);
  }
  const keys = new Set(x.actors.map((a) => a.key));
  expect(keys.size).toBe(x.actors.length);
  for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  const slugs = new Set(technologyTaxonomy.map((t) => t.slug));
  for (const t of x.technologies) expect(slugs.has(t.slug)).toBe(true);
  for (const a of x.actors) {
    if (a.parentKey) expect(keys.has(a.parentKey)).toBe(true);
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
    if (a.country) expect(a.country).toMatch(/^[A-Z]{2}$/);
  }
  for (const f of x.affiliations) {
    expect(keys.has(f.personKey)).toBe(true);
    if (f.organizationKey) expect(keys.has(f.organizationKey)).toBe(true);
  }
  for (const p of x.partnerships) {
    for (const party of p.parties) expect(keys.has(party.actorKey)).toBe(true);
    for (const t of p.technologies) expect(slugs.has(t)).toBe(true);
    if (p.startedOn) expect(p.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  for (const e of x.events) {
    for (const party of e.participants) expect(keys.has(party.actorKey)).toBe(true);
    for (const i of e.partnershipIndexes) expect(x.partnerships[i]).toBeDefined();
    if (e.occurredOn) expect(e.occurredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}
