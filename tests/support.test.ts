// The weight of evidence: one signing reported by three outlets is one partnership with three
// sources; the support fields count articles and outlets, date the first and latest report and
// combine the evidence's confidence; lists filter and sort by them; the database keeps them in
// step when evidence or articles change. And the matching rules that make several reports one
// fact: a date window, technologies in common, and participants for events.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseArticle } from '../src/ingest/parse.ts';
import { storeArticle } from '../src/ingest/store.ts';
import type { ExtractedActor, Extraction, Passage } from '../src/ingest/types.ts';
import { createTestApp, dataOf, TEST_TOKEN, type TestApp } from './helpers/app.ts';

const REPORTS = join(import.meta.dirname, 'fixtures', 'reports');
const OUTLETS = ['Daily Chronicle', 'Wire Service', 'Trade Weekly'];

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status errors { code message } createdPartnerships { slug } linkedPartnerships { slug } }
}`;
const SUPPORT = 'articleCount sourceCount firstReportedAt latestReportedAt confidence';

/** 1 - the product over outlets of (1 - the best confidence of that outlet's evidence), four decimals. */
function combined(evidence: { confidence: number; outlet: string }[]): number {
  const best = new Map<string, number>();
  for (const e of evidence) best.set(e.outlet, Math.max(best.get(e.outlet) ?? 0, e.confidence));
  return Math.round((1 - [...best.values()].reduce((p, c) => p * (1 - c), 1)) * 1e4) / 1e4;
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe('three outlets report one signing', () => {
  let slug: string;

  beforeAll(async () => {
    const files = readdirSync(REPORTS).sort();
    expect(files).toHaveLength(3);
    for (const [i, file] of files.entries()) {
      const response = await app.graphql(
        INGEST,
        { input: { text: readFileSync(join(REPORTS, file), 'utf8'), source: OUTLETS[i] } },
        { token: TEST_TOKEN },
      );
      expect(dataOf(response).ingestArticle.status).toBe('CREATED');
    }
    const { partnerships } = await app.query(`{ partnerships(filter: { minSources: 2 }) { nodes { slug } } }`);
    expect(partnerships.nodes).toHaveLength(1);
    slug = partnerships.nodes[0].slug;
  });

  test('they are one partnership between the two universities, supported by three articles from three outlets', async () => {
    const { partnership } = await app.query(
      `query ($slug: String!) { partnership(slug: $slug) {
        kind parties { actor { name } } ${SUPPORT}
        sources { confidence article { source publishedAt } }
      } }`,
      { slug },
    );
    expect(partnership.kind).toBe('MOU');
    expect(partnership.parties.map((p: { actor: { name: string } }) => p.actor.name).sort()).toEqual([
      'Seoul National University',
      'Vietnam National University, Hanoi',
    ]);
    expect(partnership.articleCount).toBe(3);
    expect(partnership.sourceCount).toBe(3);
    expect(partnership.sources.map((s: { article: { source: string } }) => s.article.source).sort()).toEqual(
      [...OUTLETS].sort(),
    );
    // 09:05 on March 10 and 07:30 on March 11, Vietnam time (UTC+7).
    expect(partnership.firstReportedAt).toBe('2026-03-10T02:05:00.000Z');
    expect(partnership.latestReportedAt).toBe('2026-03-11T00:30:00.000Z');
    const evidence = partnership.sources.map((s: { confidence: number; article: { source: string } }) => ({
      confidence: s.confidence,
      outlet: s.article.source,
    }));
    expect(partnership.confidence).toBeCloseTo(combined(evidence), 4);
    // Three independent outlets make it surer than any one of them.
    expect(partnership.confidence).toBeGreaterThan(
      Math.max(...evidence.map((e: { confidence: number }) => e.confidence)),
    );
  });

  test('another article from an outlet already counted adds an article, not a source', async () => {
    const before = (await app.query(`{ partnership(slug: "${slug}") { ${SUPPORT} } }`)).partnership;
    const text = readFileSync(join(REPORTS, '2026-03-10-wire-korea-vietnam-chip-mou.txt'), 'utf8')
      .replace('Vietnam and South Korea sign semiconductor training pact', 'Correction: Vietnam, Korea chip pact')
      .replace('March 10, 2026 | 09:05', 'March 12, 2026 | 11:00')
      .replace(' date 2026-03-10', ' date 2026-03-12');
    const response = await app.graphql(
      INGEST,
      { input: { text, source: `  ${OUTLETS[1]!.toUpperCase()} ` } },
      { token: TEST_TOKEN },
    );
    expect(dataOf(response).ingestArticle.linkedPartnerships).toEqual([{ slug }]);
    const after = (await app.query(`{ partnership(slug: "${slug}") { ${SUPPORT} } }`)).partnership;
    expect(after.articleCount).toBe(before.articleCount + 1);
    // The same outlet, written in another case and with spaces around it.
    expect(after.sourceCount).toBe(before.sourceCount);
    expect(after.latestReportedAt).toBe('2026-03-12T04:00:00.000Z');
    expect(after.firstReportedAt).toBe(before.firstReportedAt);
  });

  test('lists filter by sources and confidence, and sort by support', async () => {
    const strong = await app.query(
      `{ partnerships(filter: { minSources: 3, minConfidence: 0.5 }) { totalCount nodes { slug sourceCount } } }`,
    );
    expect(strong.partnerships.nodes).toEqual([{ slug, sourceCount: 3 }]);
    expect(strong.partnerships.totalCount).toBe(1);
    const none = await app.query(`{ partnerships(filter: { minSources: 4 }) { totalCount } }`);
    expect(none.partnerships.totalCount).toBe(0);

    const sorted = await app.query(
      `{ partnerships(first: 50, orderBy: { field: SUPPORT, direction: DESC }) { nodes { slug sourceCount articleCount } } }`,
    );
    const nodes = sorted.partnerships.nodes as { slug: string; sourceCount: number; articleCount: number }[];
    expect(nodes[0]!.slug).toBe(slug);
    const keys = nodes.map((n) => [n.sourceCount, n.articleCount]);
    expect(keys).toEqual([...keys].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!));

    // Paging by support: the second page starts after the first.
    const first = await app.query(
      `{ partnerships(first: 1, orderBy: { field: SUPPORT, direction: DESC }) { pageInfo { endCursor } nodes { slug } } }`,
    );
    const next = await app.query(
      `query ($after: String) { partnerships(first: 1, after: $after, orderBy: { field: SUPPORT, direction: DESC }) { nodes { slug } } }`,
      { after: first.partnerships.pageInfo.endCursor },
    );
    expect(next.partnerships.nodes).toEqual([{ slug: nodes[1]!.slug }]);

    const events = await app.query(
      `{ events(first: 50, orderBy: { field: SUPPORT, direction: DESC }) { nodes { sourceCount articleCount } } }`,
    );
    const eventKeys = (events.events.nodes as { sourceCount: number; articleCount: number }[]).map((n) => [
      n.sourceCount,
      n.articleCount,
    ]);
    expect(eventKeys).toEqual([...eventKeys].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!));
  });

  test('a cursor of the list in another order, or a bound out of range, is refused with a clear error', async () => {
    const recorded = await app.query(`{ partnerships(first: 1) { pageInfo { endCursor } } }`);
    const wrong = await app.graphql(
      `query ($after: String) { partnerships(first: 1, after: $after, orderBy: { field: SUPPORT, direction: DESC }) { nodes { slug } } }`,
      { after: recorded.partnerships.pageInfo.endCursor },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toMatch(/not a cursor of this list/);

    const bad = await app.graphql(`{ partnerships(filter: { minConfidence: 1.5 }) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/filter\.minConfidence.*from 0 to 1/);
    const negative = await app.graphql(`{ events(filter: { minSources: -1 }) { totalCount } }`);
    expect(negative.errors?.[0]?.message).toMatch(/filter\.minSources/);
  });

  test('the database keeps the counts in step when an article changes outlet or goes away', async () => {
    const read = async () => (await app.query(`{ partnership(slug: "${slug}") { ${SUPPORT} } }`)).partnership;
    const before = await read();
    await app.rows(`update articles set source = 'Daily Chronicle' where source = 'Trade Weekly' returning id`);
    expect((await read()).sourceCount).toBe(before.sourceCount - 1);
    await app.rows(
      `delete from articles where id = (select max(e.article_id) from evidence e join partnerships p on p.id = e.partnership_id where p.slug = '${slug}') returning id`,
    );
    const after = await read();
    expect(after.articleCount).toBe(before.articleCount - 1);
  });
});

test('curated facts are certain: the sample knowledge says so with its one source', async () => {
  const { partnerships } = await app.query(
    `{ partnerships(first: 50, filter: { minConfidence: 1 }) { nodes { ${SUPPORT} sources { confidence } } } }`,
  );
  expect(partnerships.nodes.length).toBeGreaterThan(0);
  for (const p of partnerships.nodes) {
    expect(p.confidence).toBe(1);
    expect(p.articleCount).toBe(p.sources.length);
    expect(p.sourceCount).toBeGreaterThanOrEqual(1);
  }
});

describe('which reports are one fact', () => {
  const body = 'Alpha Institute and Beta University signed an MoU. Alpha Institute and Beta University met.';
  const text = (title: string, day: string) =>
    ` date ${day} Science\n\n${title}\n\nMarch 02, 2026 | 09:00\n${body}\n\nBy A Writer\n`;
  const passage: Passage = { excerpt: body.slice(0, 50), start: 0, end: 50 };
  const actor = (key: string, name: string): ExtractedActor => ({
    key,
    name,
    kind: 'university',
    country: null,
    aliases: [],
    parentKey: null,
    mentions: 1,
    passage,
    confidence: 0.9,
  });
  const parties = [
    { actorKey: 'alpha-institute', role: 'signatory' },
    { actorKey: 'beta-university', role: 'signatory' },
  ];
  let n = 0;
  /** Stores a report of an MoU (and of a meeting, when given) and says which partnership and event it went to. */
  async function report(
    mou: { startedOn: string | null; technologies: string[] },
    meeting?: { on: string; with: string[] },
  ) {
    n++;
    const extraction: Extraction = {
      countries: [],
      technologies: [],
      actors: [
        actor('alpha-institute', 'Alpha Institute'),
        actor('beta-university', 'Beta University'),
        actor('gamma-college', 'Gamma College'),
      ],
      affiliations: [],
      partnerships: [
        {
          title: 'Alpha–Beta MoU',
          kind: 'mou',
          status: 'signed',
          parties,
          countries: [],
          passage,
          confidence: 0.8,
          ...mou,
        },
      ],
      events: meeting
        ? [
            {
              title: 'Alpha–Beta meeting',
              kind: 'meeting',
              occurredOn: meeting.on,
              city: null,
              country: null,
              participants: meeting.with.map((actorKey) => ({ actorKey, role: 'participant' })),
              partnershipIndexes: [],
              passage,
              confidence: 0.7,
            },
          ]
        : [],
    };
    const summary = await app.db.transaction((tx) =>
      storeArticle(tx, parseArticle(text(`Report ${n}`, '2026-03-02')), extraction, {
        contentHash: `support-report-${n}`,
        url: null,
        source: `Outlet ${n}`,
      }),
    );
    const ref = (kind: 'partnerships' | 'events') =>
      [...summary!.created[kind], ...summary!.linked[kind]].map((r) => r.id)[0];
    return { partnership: ref('partnerships'), event: ref('events') };
  }

  test('an MoU dated within a month of one on record, or undated, is that one; two months apart, another', async () => {
    const first = await report({ startedOn: '2026-03-02', technologies: [] });
    expect((await report({ startedOn: '2026-03-20', technologies: [] })).partnership).toBe(first.partnership);
    expect((await report({ startedOn: null, technologies: [] })).partnership).toBe(first.partnership);
    expect((await report({ startedOn: '2026-05-10', technologies: [] })).partnership).not.toBe(first.partnership);
  });

  test('one naming other technologies than the one on record is another MoU; one naming none is the same', async () => {
    const chips = await report({ startedOn: '2027-01-10', technologies: ['semiconductors'] });
    expect((await report({ startedOn: '2027-01-10', technologies: ['vaccine-technology'] })).partnership).not.toBe(
      chips.partnership,
    );
    expect((await report({ startedOn: '2027-01-11', technologies: ['semiconductors', 'robotics'] })).partnership).toBe(
      chips.partnership,
    );
  });

  test('a meeting a day apart is the same one when it shares two participants, not when it shares one', async () => {
    const mou = { startedOn: '2028-01-01', technologies: [] };
    const first = await report(mou, { on: '2028-01-05', with: ['alpha-institute', 'beta-university'] });
    expect((await report(mou, { on: '2028-01-06', with: ['alpha-institute', 'beta-university'] })).event).toBe(
      first.event,
    );
    expect((await report(mou, { on: '2028-01-05', with: ['beta-university'] })).event).toBe(first.event);
    expect((await report(mou, { on: '2028-01-06', with: ['alpha-institute', 'gamma-college'] })).event).not.toBe(
      first.event,
    );
    expect((await report(mou, { on: '2028-01-08', with: ['alpha-institute', 'beta-university'] })).event).not.toBe(
      first.event,
    );
  });
});
