// History: positions are time-scoped by the articles that report them. Three articles written for
// this test (tests/fixtures/history/, with an answer key written before the code first read
// them) tell of a rector succeeded and a deputy director promoted; ingested through the API in
// either order, they give each position its start and end, Actor.titleHistory lists the
// succession with its sources, and `asOf` answers what held on a day. The rules themselves
// (src/knowledge/positions.ts, src/ingest/extract/actors/title-tense.ts) are checked on their own
// below.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { titleTense } from '../src/ingest/extract/actors/title-tense.ts';
import { type PositionReport, positionDates } from '../src/knowledge/positions.ts';
import { createTestApp, dataOf, TEST_TOKEN, type TestApp } from './helpers/app.ts';

const HISTORY = join(import.meta.dirname, 'fixtures', 'history');
const KEY = JSON.parse(readFileSync(join(HISTORY, 'answer-key.json'), 'utf8')) as {
  articles: Record<string, { person: string; title: string; organization: string; tense: string }[]>;
  history: { person: string; title: string; organization: string; startedOn: string | null; endedOn: string | null }[];
};
const FILES = readdirSync(HISTORY)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status errors { code message } } }`;

const HISTORY_QUERY = `query ($name: String!) {
  actors(filter: { name: $name, kinds: [PERSON] }) { nodes {
    name
    titleHistory { title organization { name } startedOn endedOn sources { titleTense article { title } } }
  } }
}`;

type Position = {
  title: string;
  organization: { name: string } | null;
  startedOn: string | null;
  endedOn: string | null;
  sources: { titleTense: string; article: { title: string } }[];
};

async function ingestAll(app: TestApp, files: string[]): Promise<void> {
  for (const file of files) {
    const response = await app.graphql(
      INGEST,
      { input: { text: readFileSync(join(HISTORY, file), 'utf8') } },
      { token: TEST_TOKEN },
    );
    expect(dataOf(response).ingestArticle).toEqual({ status: 'CREATED', errors: [] });
  }
}

async function historyOf(app: TestApp, person: string): Promise<Position[]> {
  const { actors } = await app.query(HISTORY_QUERY, { name: person });
  expect(actors.nodes).toHaveLength(1);
  return actors.nodes[0].titleHistory;
}

/** The titles of the fixtures' articles, by file: the headline is the article's second non-empty line. */
const headline = (file: string) =>
  readFileSync(join(HISTORY, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)[1]!;

describe.each([
  ['in the order they were published', FILES],
  ['newest first', [...FILES].reverse()],
])('three articles ingested %s', (_, order) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await ingestAll(app, order);
  });
  afterAll(() => app?.close());

  test('each position has the dates the answer key gives', async () => {
    for (const expected of KEY.history) {
      const history = await historyOf(app, expected.person);
      const position = history.find(
        (p) => p.title === expected.title && p.organization?.name === expected.organization,
      );
      expect(position, `${expected.person}: ${expected.title}`).toBeDefined();
      expect({ startedOn: position!.startedOn, endedOn: position!.endedOn }).toEqual({
        startedOn: expected.startedOn,
        endedOn: expected.endedOn,
      });
    }
  });

  test("each article's report states the title as the answer key says", async () => {
    for (const [file, positions] of Object.entries(KEY.articles)) {
      for (const expected of positions) {
        const history = await historyOf(app, expected.person);
        const position = history.find(
          (p) => p.title === expected.title && p.organization?.name === expected.organization,
        )!;
        const source = position.sources.find((s) => s.article.title === headline(file));
        expect(source?.titleTense, `${file}: ${expected.person}`).toBe(expected.tense);
      }
    }
  });

  test('titleHistory lists a succession in order: the deputy director, then the director', async () => {
    const history = await historyOf(app, 'Pham Van Long');
    expect(history.map((p) => [p.title, p.endedOn])).toEqual([
      ['Deputy Director', '2026-09-20'],
      ['Director', null],
    ]);
    const { actors } = await app.query(
      `{ actors(filter: { name: "Pham Van Long" }) { nodes { titleHistory(organization: "hue-university-of-science") { title } } } }`,
    );
    expect(actors.nodes[0].titleHistory).toEqual([]);
  });

  test("asOf: an organisation's members and a person's positions on a day", async () => {
    const members = async (asOf: string) => {
      const { actors } = await app.query(
        `query ($asOf: Date) { actors(filter: { name: "Hue University of Science", kinds: [UNIVERSITY] }) {
          nodes { members(asOf: $asOf) { title person { name } } } } }`,
        { asOf },
      );
      return actors.nodes[0].members.map(
        (m: { title: string; person: { name: string } }) => `${m.title} ${m.person.name}`,
      );
    };
    // Before the first article nothing was known; then Tran Quoc Hung; from June 2, Le Thi Mai.
    expect(await members('2026-01-01')).toEqual([]);
    expect(await members('2026-03-01')).toEqual(['Rector Tran Quoc Hung']);
    expect(await members('2026-06-01')).toEqual(['Rector Tran Quoc Hung']);
    expect(await members('2026-06-02')).toEqual(['Rector Le Thi Mai']);
    expect(await members('2026-12-31')).toEqual(['Rector Le Thi Mai']);

    const positions = async (asOf: string) => {
      const { actors } = await app.query(
        `query ($asOf: Date) { actors(filter: { name: "Pham Van Long" }) { nodes { affiliations(asOf: $asOf) { title } } } }`,
        { asOf },
      );
      return actors.nodes[0].affiliations.map((a: { title: string }) => a.title);
    };
    expect(await positions('2026-08-01')).toEqual(['Deputy Director']);
    expect(await positions('2026-09-20')).toEqual(['Director']);
  });

  test('asOf: the actors and partnerships known on a day', async () => {
    const known = async (asOf: string) => {
      const { actors } = await app.query(
        `query ($asOf: Date) { actors(first: 100, filter: { asOf: $asOf, kinds: [PERSON] }) { nodes { name } } }`,
        { asOf },
      );
      return actors.nodes.map((a: { name: string }) => a.name).sort();
    };
    const people = ['Le Thi Mai', 'Pham Van Long', 'Tran Quoc Hung'];
    const fixturePeople = (names: string[]) => names.filter((n) => people.includes(n));
    expect(fixturePeople(await known('2026-01-14'))).toEqual([]);
    expect(fixturePeople(await known('2026-01-15'))).toEqual(['Pham Van Long', 'Tran Quoc Hung']);
    expect(fixturePeople(await known('2026-06-02'))).toEqual(people);

    // Every partnership is known from its start (or, undated, its first report) on, not the day before.
    const known_ = async (asOf: string) => {
      const { partnerships } = await app.query(
        `query ($asOf: Date) { partnerships(first: 100, filter: { asOf: $asOf }) { nodes { slug } } }`,
        { asOf },
      );
      return partnerships.nodes.map((p: { slug: string }) => p.slug);
    };
    const { partnerships } = await app.query(
      `{ partnerships(first: 100) { nodes { slug startedOn firstReportedAt } } }`,
    );
    // Among them the memorandum of January 14, between the university and Kyoto University.
    const hue = await app.query(
      `{ actors(filter: { name: "Hue University of Science" }) { nodes { partnerships { nodes { startedOn } } } } }`,
    );
    expect(hue.actors.nodes[0].partnerships.nodes).toContainEqual({ startedOn: '2026-01-14' });
    for (const p of partnerships.nodes) {
      const day: string = p.startedOn ?? p.firstReportedAt.slice(0, 10);
      const dayBefore = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
      expect(await known_(day), day).toContain(p.slug);
      expect(await known_(dayBefore), dayBefore).not.toContain(p.slug);
    }
  });
});

describe('asOf on the sample knowledge', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  test('a malformed day is refused with the argument named', async () => {
    const response = await app.graphql(
      `query ($day: Date) { partnerships(filter: { asOf: $day }) { nodes { slug } } }`,
      {
        day: '2026-13-01',
      },
    );
    expect(response.errors?.[0]?.message).toMatch(/\$day.*Date/s);
  });

  test('the partnerships known on a day are those started (or first reported) by then, on both paths alike', async () => {
    const { partnerships } = await app.query(
      `{ partnerships(first: 100) { nodes { slug startedOn firstReportedAt } } }`,
    );
    const day = '2025-06-30';
    const expected = partnerships.nodes
      .filter(
        (p: { startedOn: string | null; firstReportedAt: string | null }) =>
          (p.startedOn ?? p.firstReportedAt?.slice(0, 10) ?? '9999') <= day,
      )
      .map((p: { slug: string }) => p.slug);
    const known = await app.query(`{ partnerships(first: 100, filter: { asOf: "${day}" }) { nodes { slug } } }`);
    expect(known.partnerships.nodes.map((p: { slug: string }) => p.slug)).toEqual(expected);
  });
});

describe('dating positions from their reports', () => {
  const report = (
    affiliationId: number,
    tense: PositionReport['tense'],
    reportedOn: string,
    organizationId: number | null = 1,
  ): PositionReport => ({ affiliationId, organizationId, tense, reportedOn });

  test('a new title starts on its day; a former one ends by its day', () => {
    const dates = positionDates([report(1, 'new', '2026-02-01'), report(1, 'former', '2026-05-01')]);
    expect(dates.get(1)).toEqual({ startedOn: '2026-02-01', endedOn: '2026-05-01' });
  });

  test('a later title at the same organisation closes the earlier one; at another, it does not', () => {
    const dates = positionDates([
      report(1, 'current', '2026-01-10'),
      report(2, 'current', '2026-04-01'),
      report(3, 'current', '2026-03-01', 9),
    ]);
    expect(dates.get(1)).toEqual({ startedOn: null, endedOn: '2026-04-01' });
    expect(dates.get(2)).toEqual({ startedOn: null, endedOn: null });
    expect(dates.get(3)).toEqual({ startedOn: null, endedOn: null });
  });

  test('the successor is dated by its start when one is reported', () => {
    const dates = positionDates([
      report(1, 'current', '2026-01-10'),
      report(2, 'current', '2026-04-01'),
      report(2, 'new', '2026-03-15'),
    ]);
    expect(dates.get(1)?.endedOn).toBe('2026-03-15');
  });

  test('titles held side by side, or a title held again, are not closed', () => {
    const sideBySide = positionDates([
      report(1, 'current', '2026-01-10'),
      report(2, 'current', '2026-02-01'),
      report(1, 'current', '2026-03-01'),
    ]);
    expect(sideBySide.get(1)?.endedOn).toBeNull();
    const again = positionDates([report(1, 'former', '2026-01-10'), report(1, 'new', '2026-06-01')]);
    expect(again.get(1)).toEqual({ startedOn: '2026-06-01', endedOn: null });
  });

  test('titles without an organisation close nothing, and positions reported without a tense are left alone', () => {
    const dates = positionDates([
      report(1, 'current', '2026-01-10', null),
      report(2, 'current', '2026-04-01', null),
      report(3, null, '2026-01-10'),
    ]);
    expect(dates.get(1)?.endedOn).toBeNull();
    expect(dates.has(3)).toBe(false);
  });
});

describe("how a sentence states a person's title", () => {
  test.each([
    ['The newly appointed Director of the agency, Anna Berg, spoke first.', 'Director', 'Anna Berg', 'new'],
    ['Anna Berg was named Chief Executive in March.', 'Chief Executive', 'Anna Berg', 'new'],
    ['Anna Berg, who took office as President last week, spoke first.', 'President', 'Anna Berg', 'new'],
    ['Former Minister of Health Anna Berg attended.', 'Minister', 'Anna Berg', 'former'],
    ['Anna Berg, the ex-President of the society, attended.', 'President', 'Anna Berg', 'former'],
    ['Outgoing President Anna Berg opened the forum.', 'President', 'Anna Berg', 'current'],
    ['President Anna Berg opened the new lab.', 'President', 'Anna Berg', 'current'],
    // The cue belongs to the title nearest the person: here, Berg's own title is held.
    ['Director Anna Berg thanked former Director Tom Lind.', 'Director', 'Anna Berg', 'current'],
    ['Director Anna Berg thanked former Director Tom Lind.', 'Director', 'Tom Lind', 'former'],
  ])('%s (%s, %s): %s', (sentence, title, person, tense) => {
    expect(titleTense(sentence, title, person)).toBe(tense);
  });

  test('a long sentence is read in linear time', () => {
    const sentence = `${'former new appointed '.repeat(20_000)}Director Anna Berg spoke.`;
    const started = performance.now();
    expect(titleTense(sentence, 'Director', 'Anna Berg')).toBe('current');
    // Generous: a backtracking pattern would take seconds here.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
