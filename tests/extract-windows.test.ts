// Linear reading of long and odd text: sentences are cut at MAX_SENTENCE_CHARS, a text longer
// than one window is read in windows led by the title, and the windows' facts merge into one
// extraction whose references all hold.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract, splitSentences } from '../src/ingest/extract/index.ts';
import { MAX_SENTENCE_CHARS } from '../src/ingest/extract/text.ts';
import { readingWindows, WINDOW_CHARS } from '../src/ingest/extract/windows.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { oddArticle } from '../bench/odd-articles.ts';

const STORY = readFileSync(new URL('./fixtures/ingest/korea-vietnam-ai-centre.txt', import.meta.url), 'utf8');

describe('sentences', () => {
  test('a run-on text is cut into pieces of at most MAX_SENTENCE_CHARS, at spaces, covering the text', () => {
    const article = parseArticle(oddArticle('capitalised-words', 20_000));
    const sentences = splitSentences(article).filter((s) => s.blockKind !== 'title');
    expect(sentences.length).toBeGreaterThan(20_000 / MAX_SENTENCE_CHARS);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(article.body.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toMatch(/^\S.*\S$/s);
    }
    const covered = sentences.reduce((n, s) => n + s.text.length + 1, -1);
    expect(covered).toBe(article.blocks.filter((b) => b.kind !== 'title').reduce((n, b) => n + b.text.length, 0));
  });

  test('text without spaces is cut at the limit', () => {
    const sentences = splitSentences(parseArticle(oddArticle('one-letter', 5_000))).filter(
      (s) => s.blockKind !== 'title',
    );
    expect(sentences.slice(0, -1).map((s) => s.text.length)).toEqual(
      sentences.slice(0, -1).map(() => MAX_SENTENCE_CHARS),
    );
  });
});

describe('windows', () => {
  test('a news story is one window: read exactly as a whole', () => {
    const sentences = splitSentences(parseArticle(STORY));
    expect(readingWindows(sentences)).toEqual([sentences]);
  });

  test('a long text is read in windows of at most WINDOW_CHARS of story, each led by the title and numbered from 0', () => {
    const article = parseArticle(oddArticle('ordinary', 100_000));
    const windows = readingWindows(splitSentences(article));
    expect(windows.length).toBeGreaterThanOrEqual(100_000 / WINDOW_CHARS);
    for (const w of windows) {
      expect(w[0]!.blockKind).toBe('title');
      expect(w.map((s) => s.index)).toEqual(w.map((_, i) => i));
      expect(w.filter((s) => s.blockKind !== 'title').reduce((n, s) => n + s.end - s.start, 0)).toBeLessThanOrEqual(
        WINDOW_CHARS,
      );
    }
    const story = windows.flatMap((w) => w.filter((s) => s.blockKind !== 'title').map((s) => s.start));
    expect(new Set(story).size).toBe(story.length);
  });

  test("the windows' facts merge: each actor, country and technology once, every reference resolves", () => {
    const article = parseArticle(oddArticle('ordinary', 100_000));
    const x = extract(article);
    const keys = x.actors.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(x.countries.map((c) => c.code)).size).toBe(x.countries.length);
    expect(new Set(x.technologies.map((t) => t.slug)).size).toBe(x.technologies.length);
    expect(x.countries.map((c) => c.code).sort()).toEqual(expect.arrayContaining(['KR', 'VN']));
    // The same sentences repeat, so the same actors are found in every window and merged.
    expect(x.actors.find((a) => /Tran Van Binh/.test(a.name))?.mentions).toBeGreaterThan(10);
    for (const p of x.partnerships) for (const party of p.parties) expect(keys).toContain(party.actorKey);
    for (const e of x.events) {
      for (const party of e.participants) expect(keys).toContain(party.actorKey);
      for (const i of e.partnershipIndexes) expect(x.partnerships[i]).toBeDefined();
    }
    for (const f of x.affiliations) expect(keys).toContain(f.personKey);
    // Found again in every window, kept once.
    const partnershipKeys = x.partnerships.map(
      (p) =>
        `${p.kind}|${p.startedOn}|${p.parties
          .map((q) => q.actorKey)
          .sort()
          .join(',')}`,
    );
    expect(new Set(partnershipKeys).size).toBe(partnershipKeys.length);
    expect(x.partnerships.length).toBeLessThan(10);
  });
});
