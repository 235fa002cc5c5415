// The store step on hand-made extractions: what it creates, what it links to, the evidence it
// keeps, and that a failure leaves nothing behind.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseArticle } from '../src/ingest/parse.ts';
import { storeArticle } from '../src/ingest/store.ts';
import type { Extraction, Passage } from '../src/ingest/types.ts';
import { createTestApp, dataOf, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const article = (title: string, day: string) =>
  parseArticle(
    ` date ${day} Science\n\n${title}\n\nMarch 02, 2026 | 09:00\nThe Ministry of Science and Technology (MoST) and Kyoto Robotics Lab signed an MoU on robotics.\n\nBy A Writer\n`,
  );

function passageOf(body: string, excerpt: string): Passage {
  const start = body.indexOf(excerpt);
  if (start < 0) throw new Error(`"${excerpt}" is not in the body`);
  return { excerpt, start, end: start + excerpt.length };
}

function extractionFor(body: string): Extraction {
  const sentence = passageOf(
    body,
    'The Ministry of Science and Technology (MoST) and Kyoto Robotics Lab signed an MoU on robotics.',
  );
  return {
    countries: [{ code: 'JP', mentions: 1, passage: sentence }],
    technologies: [{ slug: 'robotics', mentions: 1, passage: sentence }],
    actors: [
      {
        key: 'ministry-of-science-and-technology',
        name: 'Ministry of Science and Technology',
        kind: 'government_body',
        country: 'VN',
        aliases: ['MoST'],
        parentKey: null,
        mentions: 1,
        passage: sentence,
        confidence: 0.9,
      },
      {
        key: 'kyoto-robotics-lab',
        name: 'Kyoto Robotics Lab',
        kind: 'research_institute',
        country: 'JP',
        aliases: ['KRL'],
        parentKey: null,
        mentions: 1,
        passage: sentence,
        confidence: 0.8,
      },
      {
        key: 'hana-sato',
        name: 'Hana Sato',
        kind: 'person',
        country: 'JP',
        aliases: ['Sato'],
        parentKey: null,
        mentions: 1,
        passage: sentence,
        confidence: 0.7,
      },
    ],
    affiliations: [
      {
        personKey: 'hana-sato',
        organizationKey: 'kyoto-robotics-lab',
        title: 'Director',
        tense: 'current',
        passage: sentence,
        confidence: 0.7,
      },
    ],
    partnerships: [
      {
        title: 'MoU between MoST and Kyoto Robotics Lab on robotics',
        kind: 'mou',
        status: 'signed',
        startedOn: '2026-03-01',
        parties: [
          { actorKey: 'ministry-of-science-and-technology', role: 'signatory' },
          { actorKey: 'kyoto-robotics-lab', role: 'signatory' },
        ],
        countries: ['VN', 'JP'],
        technologies: ['robotics'],
        passage: sentence,
        confidence: 0.85,
      },
    ],
    events: [
      {
        title: 'Signing of the MoST–Kyoto Robotics Lab MoU',
        kind: 'signing',
        occurredOn: '2026-03-01',
        city: 'Kyoto',
        country: 'JP',
        participants: [
          { actorKey: 'ministry-of-science-and-technology', role: 'signatory' },
          { actorKey: 'kyoto-robotics-lab', role: 'signatory' },
        ],
        partnershipIndexes: [0],
        passage: sentence,
        confidence: 0.8,
      },
    ],
  };
}

const count = async (table: string) => (await app.counts([table]))[table]!;

test('a new article links known actors by acronym, creates the unknown ones, and sources every fact with its span', async () => {
  const parsed = article('Vietnam and Japan sign robotics MoU', '2026-03-02');
  const summary = await app.db.transaction((tx) =>
    storeArticle(tx, parsed, extractionFor(parsed.body), { contentHash: 'hash-1', url: null, source: 'Test Wire' }),
  );
  expect(summary).not.toBeNull();
  expect(summary!.linked.actors.map((a) => a.slug)).toEqual(['vietnam-ministry-of-science-and-technology']);
  expect(summary!.created.actors.map((a) => a.slug)).toEqual(['kyoto-robotics-lab', 'hana-sato']);
  expect(summary!.created.partnerships).toHaveLength(1);
  expect(summary!.created.events).toHaveLength(1);
  expect(summary!.created.affiliations).toBe(1);

  const data = dataOf(
    await app.graphql(`{
      partnership(slug: "${summary!.created.partnerships[0]!.slug}") {
        kind status startedOn
        parties { role actor { slug } }
        countries { code }
        technologies { slug }
        events { title city partnerships { title } }
        sources { excerpt spanStart spanEnd confidence article { title source body: summary } }
      }
      sato: actor(slug: "hana-sato") { affiliations { title organization { slug } sources { confidence } } }
    }`),
  );
  const p = data.partnership;
  expect(p).toMatchObject({ kind: 'MOU', status: 'SIGNED', startedOn: '2026-03-01' });
  expect(p.parties.map((x: any) => x.actor.slug).sort()).toEqual([
    'kyoto-robotics-lab',
    'vietnam-ministry-of-science-and-technology',
  ]);
  expect(p.countries.map((c: any) => c.code)).toEqual(['JP', 'VN']);
  expect(p.technologies).toEqual([{ slug: 'robotics' }]);
  expect(p.events[0].city).toBe('Kyoto');
  const source = p.sources[0];
  expect(source.confidence).toBeCloseTo(0.85);
  expect(parsed.body.slice(source.spanStart, source.spanEnd)).toBe(source.excerpt);
  expect(source.article).toMatchObject({ title: 'Vietnam and Japan sign robotics MoU', source: 'Test Wire' });
  expect(data.sato.affiliations).toEqual([
    { title: 'Director', organization: { slug: 'kyoto-robotics-lab' }, sources: [{ confidence: 0.7 }] },
  ]);

  const most = dataOf(await app.graphql(`{ actor(slug: "vietnam-ministry-of-science-and-technology") { aliases } }`));
  expect(most.actor.aliases.filter((a: string) => a === 'MoST')).toHaveLength(1);
});

test('a second article about the same MoU adds a source to it instead of creating it again', async () => {
  const before = {
    actors: await count('actors'),
    partnerships: await count('partnerships'),
    events: await count('events'),
  };
  const parsed = article('Japan and Vietnam robotics pact follows up', '2026-03-05');
  const summary = await app.db.transaction((tx) =>
    storeArticle(tx, parsed, extractionFor(parsed.body), { contentHash: 'hash-2', url: null, source: null }),
  );
  expect(summary!.created.actors).toEqual([]);
  expect(summary!.created.partnerships).toEqual([]);
  expect(summary!.created.events).toEqual([]);
  expect(summary!.linked.partnerships).toHaveLength(1);
  expect({
    actors: await count('actors'),
    partnerships: await count('partnerships'),
    events: await count('events'),
  }).toEqual(before);
  const data = dataOf(
    await app.graphql(
      `{ partnership(slug: "${summary!.linked.partnerships[0]!.slug}") { sources { article { title } } } }`,
    ),
  );
  expect(data.partnership.sources).toHaveLength(2);
});

test('an actor of the same name in another country is a different actor', async () => {
  const parsed = article('Korea ministry robotics plan', '2026-03-06');
  const extraction = extractionFor(parsed.body);
  extraction.actors = [{ ...extraction.actors[0]!, country: 'KR', aliases: [] }];
  extraction.affiliations = [];
  extraction.partnerships = [];
  extraction.events = [];
  const summary = await app.db.transaction((tx) =>
    storeArticle(tx, parsed, extraction, { contentHash: 'hash-3', url: null, source: null }),
  );
  expect(summary!.created.actors).toHaveLength(1);
  expect(summary!.created.actors[0]!.slug).toBe('ministry-of-science-and-technology');
  expect(summary!.created.actors[0]!.name).toBe('Ministry of Science and Technology');
});

test('a person with a full name of three words is one actor across spellings and countries; two-word namesakes abroad are not', async () => {
  const onlyPeople = (parsed: ReturnType<typeof article>, people: { name: string; country: string }[]) => {
    const extraction = extractionFor(parsed.body);
    extraction.actors = people.map((p) => ({
      ...extraction.actors[2]!,
      key: p.name.toLowerCase().replace(/\s+/g, '-'),
      name: p.name,
      country: p.country,
      aliases: [],
    }));
    extraction.affiliations = [];
    extraction.partnerships = [];
    extraction.events = [];
    return extraction;
  };
  const first = article('Vietnam science official visits Seoul', '2026-03-07');
  const a = await app.db.transaction((tx) =>
    storeArticle(
      tx,
      first,
      onlyPeople(first, [
        { name: 'Nguyễn Văn Toàn', country: 'VN' },
        { name: 'Min Park', country: 'KR' },
      ]),
      { contentHash: 'hash-person-1', url: null, source: null },
    ),
  );
  expect(a!.created.actors.map((x) => x.name).sort()).toEqual(['Min Park', 'Nguyễn Văn Toàn']);
  // The second article spells him without diacritics and files him under the host country.
  const second = article('Korean robotics week opens', '2026-03-08');
  const b = await app.db.transaction((tx) =>
    storeArticle(
      tx,
      second,
      onlyPeople(second, [
        { name: 'Nguyen Van Toan', country: 'KR' },
        { name: 'Min Park', country: 'JP' },
      ]),
      { contentHash: 'hash-person-2', url: null, source: null },
    ),
  );
  expect(b!.linked.actors.map((x) => x.name)).toEqual(['Nguyễn Văn Toàn']);
  expect(b!.created.actors.map((x) => x.name)).toEqual(['Min Park']);
  const [toan] = await app.rows<{ aliases: string[] }>(`select aliases from actors where name = 'Nguyễn Văn Toàn'`);
  expect(toan!.aliases).toContain('Nguyen Van Toan');
});

test('the same text stored twice is refused the second time', async () => {
  const parsed = article('Vietnam and Japan sign robotics MoU', '2026-03-02');
  const again = await app.db.transaction((tx) =>
    storeArticle(tx, parsed, extractionFor(parsed.body), { contentHash: 'hash-1', url: null, source: null }),
  );
  expect(again).toBeNull();
});

test('a failure half-way through leaves nothing of the article behind', async () => {
  const before = {
    articles: await count('articles'),
    actors: await count('actors'),
    evidence: await count('evidence'),
  };
  const parsed = article('An article that fails', '2026-03-07');
  const extraction = extractionFor(parsed.body);
  extraction.actors[2] = { ...extraction.actors[2]!, key: 'mika-ito', name: 'Mika Ito' };
  // An event kind the database does not know makes the last insert fail.
  extraction.events[0] = { ...extraction.events[0]!, kind: 'party' as never };
  await expect(
    app.db.transaction((tx) =>
      storeArticle(tx, parsed, extraction, { contentHash: 'hash-4', url: null, source: null }),
    ),
  ).rejects.toThrow();
  expect({
    articles: await count('articles'),
    actors: await count('actors'),
    evidence: await count('evidence'),
  }).toEqual(before);
});

test('a new actor whose plain slug is taken by a namesake abroad gets a slug qualified by its country', async () => {
  const parsed = article('Thailand ministry robotics plan', '2026-03-08');
  const extraction = extractionFor(parsed.body);
  extraction.actors = [{ ...extraction.actors[0]!, country: 'TH', aliases: [] }];
  extraction.affiliations = [];
  extraction.partnerships = [];
  extraction.events = [];
  const summary = await app.db.transaction((tx) =>
    storeArticle(tx, parsed, extraction, { contentHash: 'hash-5', url: null, source: null }),
  );
  expect(summary!.created.actors.map((a) => a.slug)).toEqual(['thailand-ministry-of-science-and-technology']);
});

test('an actor merged away is found through its survivor, and its slug is never handed to a new actor', async () => {
  const { mergeActors } = await import('../src/knowledge/curation.ts');
  // Hana Sato was created by the first test; merge her into a second record of the same person.
  await app.db.execute(sql`insert into actors (slug, name, kind) values ('hana-sato-jp', 'Hana Sato', 'person')`);
  await mergeActors(app.db, { survivorSlug: 'hana-sato-jp', mergedSlug: 'hana-sato' });

  const parsed = article('Sato returns to Hanoi', '2026-03-09');
  const extraction = extractionFor(parsed.body);
  extraction.actors = [extraction.actors[2]!];
  extraction.affiliations = [];
  extraction.partnerships = [];
  extraction.events = [];
  const linked = await app.db.transaction((tx) =>
    storeArticle(tx, parsed, extraction, { contentHash: 'hash-6', url: null, source: null }),
  );
  expect(linked!.linked.actors.map((a) => a.slug)).toEqual(['hana-sato-jp']);

  // Someone else of that name, a company, cannot be the same actor: it gets a slug of its own.
  const other = article('Hana Sato, the design studio, opens in Da Nang', '2026-03-10');
  const company = extractionFor(other.body);
  company.actors = [{ ...extraction.actors[0]!, kind: 'company', aliases: [] }];
  company.affiliations = [];
  company.partnerships = [];
  company.events = [];
  const created = await app.db.transaction((tx) =>
    storeArticle(tx, other, company, { contentHash: 'hash-7', url: null, source: null }),
  );
  expect(created!.created.actors).toHaveLength(1);
  expect(created!.created.actors[0]!.slug).not.toBe('hana-sato');
});

test('two articles stored at the same time that introduce the same new actor create it once', async () => {
  const make = (title: string, hash: string) => {
    const parsed = article(title, '2026-03-11');
    const extraction = extractionFor(parsed.body);
    extraction.actors = [
      {
        ...extraction.actors[1]!,
        key: 'osaka-photonics-institute',
        name: 'Osaka Photonics Institute',
        aliases: ['OPI'],
      },
    ];
    extraction.affiliations = [];
    extraction.partnerships = [];
    extraction.events = [];
    return () =>
      app.db.transaction((tx) => storeArticle(tx, parsed, extraction, { contentHash: hash, url: null, source: null }));
  };
  const [a, b] = await Promise.all([
    make('Osaka institute opens lab', 'hash-8')(),
    make('Osaka institute hires', 'hash-9')(),
  ]);
  const ids = [...a!.created.actors, ...a!.linked.actors, ...b!.created.actors, ...b!.linked.actors].map((r) => r.id);
  expect(new Set(ids).size).toBe(1);
  const rows = await app.rows<{ n: number }>(
    `select count(*)::int as n from actors where name = 'Osaka Photonics Institute'`,
  );
  expect(Number(rows[0]!.n)).toBe(1);
});

test("an article's later actor that is one it created or renamed a moment ago is linked to it, not created again", async () => {
  // The article's actors are read in one statement before any is written: what the article
  // writes itself must still be found, as a look-up per actor would find it.
  const parsed = article('Kyoto Quantum Centre and KQC', '2026-03-12');
  const extraction = extractionFor(parsed.body);
  const base = extraction.actors[1]!;
  extraction.actors = [
    { ...base, key: 'kyoto-quantum-centre', name: 'Kyoto Quantum Centre', aliases: [] },
    { ...base, key: 'kqc', name: 'KQC', aliases: ['Kyoto Quantum Centre'] },
    // The first actor has gained the alias "KQC" by now, so this one finds it through that alias.
    { ...base, key: 'kqc-lab', name: 'kqc', aliases: [] },
  ];
  extraction.affiliations = [];
  extraction.partnerships = [];
  extraction.events = [];
  const summary = await app.db.transaction((tx) =>
    storeArticle(tx, parsed, extraction, { contentHash: 'hash-10', url: null, source: null }),
  );
  expect(summary!.created.actors.map((a) => a.slug)).toEqual(['kyoto-quantum-centre']);
  expect(summary!.linked.actors.map((a) => a.slug)).toEqual(['kyoto-quantum-centre', 'kyoto-quantum-centre']);
  const rows = await app.rows<{ aliases: string[] }>(`select aliases from actors where slug = 'kyoto-quantum-centre'`);
  expect(rows[0]!.aliases).toEqual(['KQC', 'kqc']);
});
