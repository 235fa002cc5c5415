// The relation passes one by one, each on a tiny article of its own: the shared RelationContext
// (per-sentence lookups, date context, states), the partnership ledger, the signing, framework and
// cooperation passes, and the events.
import { describe, expect, test } from 'vitest';
import { checkActors } from '../src/ingest/extract/actor-checks.ts';
import { extractActors } from '../src/ingest/extract/actors.ts';
import { datelineDay, findDates, type DateMention } from '../src/ingest/extract/dates.ts';
import {
  findCityMentions,
  findCountryMentions,
  type CityMention,
  type CountryMention,
} from '../src/ingest/extract/gazetteer.ts';
import type { RelationInput } from '../src/ingest/extract/relations.ts';
import { happeningDates, RelationContext, type Span } from '../src/ingest/extract/relations/context.ts';
import { agreedCooperation } from '../src/ingest/extract/relations/cooperation.ts';
import { findEvents } from '../src/ingest/extract/relations/events.ts';
import { namedFrameworks } from '../src/ingest/extract/relations/frameworks.ts';
import {
  PartnershipLedger,
  type NewPartnership,
  type SentenceReading,
} from '../src/ingest/extract/relations/ledger.ts';
import { findPartnerships } from '../src/ingest/extract/relations/partnerships.ts';
import { signings } from '../src/ingest/extract/relations/signings.ts';
import { extractTechnologies } from '../src/ingest/extract/technologies.ts';
import { splitSentences, type Sentence } from '../src/ingest/extract/text.ts';
import { parseArticle } from '../src/ingest/parse.ts';

/**
 * The relation input of an article made of the given paragraphs (the first is the lead), built as
 * src/ingest/extract/index.ts builds it. Published Thursday 16 April 2026; sentence 0 is the title.
 */
function inputOf(...paragraphs: string[]): RelationInput {
  const article = parseArticle(
    [
      ' date 2026-04-16 Science',
      '',
      'A test story',
      '',
      'April 16, 2026 | 10:00',
      ...paragraphs.flatMap((p) => [p, '']),
    ].join('\n'),
  );
  const sentences = splitSentences(article);
  const countryMentions: CountryMention[] = [];
  const cities: CityMention[] = [];
  const dates: DateMention[] = [];
  const lead = article.blocks.find((b) => b.kind === 'lead' || b.kind === 'body');
  const today = (lead && datelineDay(lead.text, article.publishedOn)) ?? article.publishedOn;
  for (const s of sentences) {
    countryMentions.push(...findCountryMentions(s.text, s.start));
    cities.push(...findCityMentions(s.text, s.start));
    for (const d of findDates(s.text, article.publishedOn, today))
      dates.push({ ...d, start: d.start + s.start, end: d.end + s.start });
  }
  const countries = countryMentions.filter(
    (c) => !cities.some((m) => m.start <= c.start && m.end >= c.end && m.end - m.start > c.end - c.start),
  );
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const titleCountries = [
    ...new Set(
      countries
        .filter((c) => sentences.some((s) => s.blockKind === 'title' && c.start >= s.start && c.end <= s.end))
        .map((c) => c.code),
    ),
  ];
  const actors = checkActors(extractActors(sentences, article.body, counts, titleCountries), sentences);
  const { mentions: techs } = extractTechnologies(sentences, actors.orgSpans);
  const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const pair =
    titleCountries.length >= 2
      ? titleCountries.slice(0, 2)
      : byCount.length >= 2
        ? titleCountries.length === 1
          ? [titleCountries[0]!, byCount.find((c) => c !== titleCountries[0])!]
          : byCount.slice(0, 2)
        : [];
  return {
    sentences,
    body: article.body,
    index: actors.index,
    mentions: actors.mentions,
    countries,
    techs,
    dates,
    cities,
    orgSpans: actors.orgSpans,
    pair,
    homeCountry: actors.homeCountry,
  };
}

const contextOf = (...paragraphs: string[]) => new RelationContext(inputOf(...paragraphs));

/** Sentence `si` as findPartnerships hands it to each pass (and made the current sentence). */
function readingOf(ctx: RelationContext, si: number): SentenceReading {
  const s = ctx.sentences[si]!;
  ctx.currentSentence = s;
  return { s, si, text: s.text, setting: ctx.dateContext(s), techs: [...new Set(ctx.techsIn(s).map((t) => t.slug))] };
}

const inside = <T extends Span>(items: readonly T[], s: Span) =>
  items.filter((x) => x.start >= s.start && x.end <= s.end);
const keysOf = (ps: { actorKey: string }[]) => ps.map((p) => p.actorKey);

describe('RelationContext', () => {
  test('per-sentence lookups give exactly the mentions, countries, technologies and dates inside each sentence', () => {
    const ctx = contextOf(
      'Vietnam and Finland held talks in Hanoi on April 14, focusing on quantum computing.',
      'The University of Danang will host engineers from Finland. Artificial intelligence was also discussed.',
    );
    const { input } = ctx;
    expect(ctx.sentences.map((s) => s.blockKind)).toEqual(['title', 'lead', 'body', 'body']);
    for (const s of ctx.sentences) {
      expect(ctx.mentionsIn(s)).toEqual(inside(input.mentions, s));
      expect(ctx.countriesIn(s)).toEqual(inside(input.countries, s));
      expect(ctx.techsIn(s)).toEqual(inside(input.techs, s));
      expect(ctx.datesIn(s)).toEqual(inside(input.dates, s));
    }
    const [title, lead, host, ai] = [0, 1, 2, 3].map((i) => ctx.sentences[i]!) as [
      Sentence,
      Sentence,
      Sentence,
      Sentence,
    ];
    expect(ctx.countriesIn(title)).toEqual([]);
    expect(ctx.countriesIn(lead).map((c) => c.code)).toEqual(['VN', 'FI']);
    expect(ctx.techsIn(lead).map((t) => t.slug)).toEqual(['quantum-computing']);
    expect(ctx.datesIn(lead).map((d) => d.date)).toEqual(['2026-04-14']);
    expect(ctx.citiesIn(lead).map((c) => c.city)).toEqual(['Hanoi']);
    expect(ctx.mentionsIn(lead)).toEqual([]);

    expect(ctx.mentionsIn(host).map((m) => ctx.index.get(m.key)!.name)).toEqual(['University of Danang']);
    expect(ctx.countriesIn(host).map((c) => c.code)).toEqual(['FI']);
    expect(ctx.techsIn(host)).toEqual([]);
    expect(ctx.datesIn(host)).toEqual([]);
    // The city inside the university's name is found, but places nothing.
    expect(inside(input.cities, host).map((c) => c.city)).toEqual(['Da Nang']);
    expect(ctx.citiesIn(host)).toEqual([]);

    expect(ctx.techsIn(ai).map((t) => t.slug)).toEqual(['artificial-intelligence']);
    expect(ctx.countriesIn(ai)).toEqual([]);
    expect(ctx.mentionsIn(ai)).toEqual([]);

    // A sentence that is not one of the context's own objects is looked up by its span.
    expect(ctx.countriesIn({ ...lead }).map((c) => c.code)).toEqual(['VN', 'FI']);
  });

  test('a sentence without a date takes the date and city of the last dated body sentence before it', () => {
    const ctx = contextOf(
      'The Nordvik Institute opened a laboratory in Hanoi on April 10.',
      'Engineers from Finland arrived in Da Nang on April 13. They tested quantum sensors.',
    );
    expect(ctx.mainDate).toBe('2026-04-10');
    expect(ctx.mainCity?.city).toBe('Hanoi');
    const [, lead, arrived, tested] = ctx.sentences;
    expect(ctx.dateContext(lead!)).toMatchObject({ date: '2026-04-10', month: '2026-04', city: { city: 'Hanoi' } });
    expect(ctx.dateContext(arrived!)).toMatchObject({ date: '2026-04-13', city: { city: 'Da Nang' } });
    // Not the story's date (April 10): the previous body sentence's.
    expect(tested!.text).toBe('They tested quantum sensors.');
    expect(ctx.dateContext(tested!)).toMatchObject({ date: '2026-04-13', month: '2026-04', city: { city: 'Da Nang' } });
  });

  test("a body sentence without a date takes the lead's day when no body sentence before it has one", () => {
    const ctx = contextOf(
      'Four deals were signed at a Finnish–Vietnamese technology forum in Da Nang on Tuesday, the organisers said.',
      'Under the biggest deal, the Nordvik Institute signed a memorandum with Sao Mai Technology Company.',
    );
    const body = ctx.sentences.find((s) => s.text.startsWith('Under the biggest deal'))!;
    expect(body.blockKind).toBe('body');
    expect(ctx.dateContext(body).date).toBe('2026-04-14');
  });

  test('a span of days dates its own sentence but not the sentences after it', () => {
    const ctx = contextOf(
      'The Nordvik Institute opened a laboratory in Hanoi on April 10.',
      'Engineers from Finland will stay in Hanoi from 19 to 22 October. They will test quantum sensors.',
    );
    const [, , span, after] = ctx.sentences;
    expect(ctx.datesIn(span!)).toMatchObject([{ date: '2026-10-19', endDate: '2026-10-22' }]);
    expect(ctx.explicit[span!.index]?.date).toBe('2026-10-19');
    expect(ctx.pointDates[span!.index]).toBeNull();
    expect(ctx.dateContext(span!).date).toBe('2026-10-19');
    // The sentence after the span falls back to the story's date, not to the span's first day.
    expect(ctx.dateContext(after!)).toMatchObject({ date: '2026-04-10', month: '2026-04' });
  });

  test('state() makes one state actor per country, passaged at the sentence where it first acts', () => {
    const ctx = contextOf(
      'The University of Danang hosted engineers from Finland on Tuesday.',
      'Vietnam welcomed the visit. Vietnam and Finland will expand ties.',
    );
    expect(ctx.index.all().filter((a) => a.kind === 'state')).toEqual([]);
    ctx.currentSentence = ctx.sentences[2]!;
    const vn = ctx.state('VN')!;
    expect(vn).toMatchObject({
      key: 'vietnam',
      name: 'Vietnam',
      kind: 'state',
      country: 'VN',
      confidence: 0.8,
      firstStart: ctx.sentences[2]!.start,
    });
    expect(vn.passage.excerpt).toBe('Vietnam welcomed the visit.');
    ctx.currentSentence = ctx.sentences[3]!;
    expect(ctx.state('VN')).toBe(vn);
    // partiesIn reads the countries of a sentence through state() too: no second Vietnam.
    const parties = ctx.partiesIn(ctx.sentences[3]!, ctx.sentences[3]!, 'state');
    expect(parties.map((a) => a.name)).toEqual(['Vietnam', 'Finland']);
    expect(parties[0]).toBe(vn);
    expect(
      ctx.index
        .all()
        .filter((a) => a.kind === 'state')
        .map((a) => a.country),
    ).toEqual(['VN', 'FI']);
    expect(ctx.index.get('finland')!.passage.excerpt).toBe('Vietnam and Finland will expand ties.');
    expect(ctx.state('XX')).toBeNull();
  });
});

describe('PartnershipLedger', () => {
  test('the same kind between the same parties is merged: technologies joined, the higher confidence kept', () => {
    const ctx = contextOf(
      'The Nordvik Institute and the University of Danang work on quantum computing.',
      'They also study artificial intelligence.',
    );
    const nordvik = ctx.index.find('Nordvik Institute')!;
    const danang = ctx.index.find('University of Danang')!;
    const [, first, second] = ctx.sentences;
    const base: NewPartnership = {
      title: 'First title',
      kind: 'joint_research',
      status: 'proposed',
      startedOn: null,
      parties: [nordvik, danang],
      role: 'partner',
      technologies: ['quantum-computing'],
      sentence: first!,
      confidence: 0.6,
    };
    const ledger = new PartnershipLedger();
    expect(ledger.add(base)).toBe(0);
    // Same kind, same parties (in the other order, one named twice): merged into the first.
    const merged = ledger.add({
      ...base,
      title: 'Second title',
      status: 'active',
      startedOn: '2026-04-10',
      parties: [danang, nordvik, danang],
      technologies: ['artificial-intelligence', 'quantum-computing'],
      sentence: second!,
      confidence: 0.75,
    });
    expect(merged).toBe(0);
    expect(ledger.partnerships).toHaveLength(1);
    expect(ledger.partnerships[0]).toMatchObject({
      title: 'First title',
      technologies: ['quantum-computing', 'artificial-intelligence'],
      confidence: 0.75,
      startedOn: '2026-04-10',
      status: 'active',
      partyKeys: [danang.key, nordvik.key].sort(),
      sentence: first!.index,
    });
    expect(keysOf(ledger.partnerships[0]!.parties)).toEqual([nordvik.key, danang.key]);
    // A lower confidence does not lower it.
    ledger.add({ ...base, confidence: 0.4 });
    expect(ledger.partnerships[0]!.confidence).toBe(0.75);

    // Another kind between the same parties is another partnership.
    expect(ledger.add({ ...base, kind: 'mou' })).toBe(1);
    // Too few parties: an MoU needs two, a project one.
    expect(ledger.add({ ...base, kind: 'agreement', parties: [nordvik, nordvik] })).toBeNull();
    expect(ledger.add({ ...base, kind: 'project', parties: [nordvik] })).toBe(2);
    expect(ledger.partnerships.map((p) => p.kind)).toEqual(['joint_research', 'mou', 'project']);
  });
});

describe('partnership passes', () => {
  test('signings: "A and B signed a memorandum of understanding on X"', () => {
    const ctx = contextOf(
      'The Nordvik Institute and Sao Mai Technology Company signed a memorandum of understanding on quantum computing in Hanoi on Tuesday.',
      'Under the MoU, the two will train engineers in artificial intelligence.',
    );
    const ledger = new PartnershipLedger();
    signings(ctx, ledger, readingOf(ctx, 1));
    expect(ledger.partnerships).toHaveLength(1);
    const mou = ledger.partnerships[0]!;
    expect(mou).toMatchObject({
      title: 'MoU between Nordvik Institute and Sao Mai Technology Company',
      kind: 'mou',
      status: 'signed',
      startedOn: '2026-04-14',
      confidence: 0.8,
      sentence: 1,
    });
    expect(mou.parties).toEqual([
      { actorKey: 'nordvik-institute', role: 'signatory' },
      { actorKey: 'sao-mai-technology-company', role: 'signatory' },
    ]);
    // The document's object, and what the next sentence adds "Under the MoU".
    expect(mou.technologies).toEqual(['quantum-computing', 'artificial-intelligence']);
    expect(ledger.signingSentences.has(1)).toBe(true);
    expect(ledger.signingClauses.get(1)).toEqual([
      { text: ctx.sentences[1]!.text, start: ctx.sentences[1]!.start, end: ctx.sentences[1]!.end },
    ]);

    // The next sentence signs nothing.
    signings(ctx, ledger, readingOf(ctx, 2));
    expect(ledger.partnerships).toHaveLength(1);
    expect(ledger.signingSentences.has(2)).toBe(false);
  });

  test('signings: a memorandum to be signed is agreed, with no start date', () => {
    const ctx = contextOf(
      'The Nordvik Institute and Sao Mai Technology Company will sign a memorandum of understanding on quantum computing on Tuesday.',
    );
    const ledger = new PartnershipLedger();
    signings(ctx, ledger, readingOf(ctx, 1));
    expect(ledger.partnerships).toHaveLength(1);
    expect(ledger.partnerships[0]).toMatchObject({
      kind: 'mou',
      status: 'agreed',
      startedOn: null,
      partyKeys: ['nordvik-institute', 'sao-mai-technology-company'],
    });
  });

  test('frameworks: a comprehensive strategic partnership between two countries', () => {
    const ctx = contextOf(
      'Vietnam and Finland marked ten years of ties on Monday.',
      'Leaders reaffirmed the comprehensive strategic partnership between Vietnam and Finland.',
    );
    const ledger = new PartnershipLedger();
    const match = namedFrameworks(ctx, ledger, readingOf(ctx, 2));
    expect(match?.[1]).toBe('comprehensive strategic partnership');
    expect(ledger.partnerships).toHaveLength(1);
    expect(ledger.partnerships[0]).toMatchObject({
      title: 'Vietnam–Finland comprehensive strategic partnership',
      kind: 'comprehensive_strategic_partnership',
      status: 'active',
      startedOn: null,
      countries: ['VN', 'FI'],
      technologies: [],
      confidence: 0.75,
    });
    expect(ledger.partnerships[0]!.parties).toEqual([
      { actorKey: 'vietnam', role: 'partner' },
      { actorKey: 'finland', role: 'partner' },
    ]);
    expect(ctx.index.get('vietnam')).toMatchObject({ kind: 'state', country: 'VN' });

    // A sentence naming no framework adds nothing.
    expect(namedFrameworks(ctx, ledger, readingOf(ctx, 1))).toBeNull();
    expect(ledger.partnerships).toHaveLength(1);
  });

  test('frameworks: a strategic partnership of two countries joined by a dash', () => {
    const ctx = contextOf('The Vietnam–Finland strategic partnership turned five on Monday.');
    const ledger = new PartnershipLedger();
    namedFrameworks(ctx, ledger, readingOf(ctx, 1));
    expect(ledger.partnerships).toHaveLength(1);
    expect(ledger.partnerships[0]).toMatchObject({
      title: 'Vietnam–Finland strategic partnership',
      kind: 'strategic_partnership',
      partyKeys: ['finland', 'vietnam'],
    });
  });

  test('cooperation: "the two sides agreed to cooperate in …" is the story\'s two countries', () => {
    const ctx = contextOf(
      'Vietnam and Finland held talks in Hanoi on Tuesday.',
      'The two sides agreed to cooperate in quantum computing.',
    );
    expect(ctx.input.pair).toEqual(['VN', 'FI']);
    const ledger = new PartnershipLedger();
    agreedCooperation(ctx, ledger, readingOf(ctx, 2), null);
    expect(ledger.partnerships).toHaveLength(1);
    expect(ledger.partnerships[0]).toMatchObject({
      title: 'Vietnam–Finland cooperation in quantum computing',
      kind: 'bilateral_cooperation',
      status: 'agreed',
      startedOn: null,
      countries: ['VN', 'FI'],
      technologies: ['quantum-computing'],
      confidence: 0.75,
      sentence: 2,
    });
    expect(keysOf(ledger.partnerships[0]!.parties)).toEqual(['vietnam', 'finland']);
    // Talks with no area of cooperation are no cooperation.
    agreedCooperation(ctx, ledger, readingOf(ctx, 1), null);
    expect(ledger.partnerships).toHaveLength(1);
  });

  test('cooperation: the words of a signing clause are left to the signing', () => {
    const ctx = contextOf('Vietnam and Finland signed an agreement on cooperation in quantum computing on Tuesday.');
    const ledger = new PartnershipLedger();
    const r = readingOf(ctx, 1);
    signings(ctx, ledger, r);
    agreedCooperation(ctx, ledger, r, namedFrameworks(ctx, ledger, r));
    expect(ledger.partnerships.map((p) => p.kind)).toEqual(['agreement']);
    expect(ledger.partnerships[0]).toMatchObject({
      title: 'Agreement between Vietnam and Finland',
      status: 'signed',
      startedOn: '2026-04-14',
      technologies: ['quantum-computing'],
    });
  });
});

describe('findEvents', () => {
  test('a meeting "on Tuesday": its day, its participants and its city', () => {
    const ctx = contextOf(
      'Deputy Minister of Science and Technology Tran Van Binh met Finnish Ambassador Aino Virtanen in Hanoi on Tuesday.',
      'They discussed quantum computing.',
    );
    const events = findEvents(ctx, findPartnerships(ctx));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      title: 'Meeting between Tran Van Binh and Aino Virtanen',
      kind: 'meeting',
      occurredOn: '2026-04-14',
      city: 'Hanoi',
      country: 'VN',
      partnershipIndexes: [],
      confidence: 0.8,
    });
    // The people, not the ministry one of them speaks for.
    expect(keysOf(events[0]!.participants)).toEqual(['tran-van-binh', 'aino-virtanen']);
    expect(events[0]!.passage.excerpt).toBe(ctx.sentences[1]!.text);
  });

  test('an event takes the day nearest to its word, and never the day the news was reported', () => {
    const ctx = contextOf(
      'On April 13, Deputy Minister Tran Van Binh received Aino Virtanen, who is on a working visit to Vietnam from April 12 to 16.',
      'In a filing with the exchange on Wednesday, Sao Mai Technology Company said it had signed an agreement with the Nordvik Institute on Tuesday.',
    );
    const events = findEvents(ctx, findPartnerships(ctx));
    expect(events.map((e) => [e.kind, e.occurredOn])).toEqual([
      ['meeting', '2026-04-13'],
      ['visit', '2026-04-12'],
      ['signing', '2026-04-14'],
    ]);
    expect(happeningDates(ctx.sentences[2]!, ctx.datesIn(ctx.sentences[2]!)).map((d) => d.text)).toEqual([
      'on Tuesday',
    ]);
  });

  test("a meeting in a sentence whose only date is a visit's span of days keeps the day before it", () => {
    const ctx = contextOf(
      'The Nordvik Institute opened a laboratory in Hanoi on Tuesday.',
      'The ceremony was co-chaired by Tran Van Binh and Aino Virtanen, who met in Hanoi during a visit from April 13 to 17.',
    );
    const meeting = findEvents(ctx, findPartnerships(ctx)).find((e) => e.kind === 'meeting');
    expect(meeting?.occurredOn).toBe('2026-04-14');
  });

  test("the lead's dated summary and the body's account of who met are one meeting; talks between two people are a meeting", () => {
    const ctx = contextOf(
      'Finland and Vietnam agreed to work together on quantum sensors, officials said after talks in Hanoi on Tuesday.',
      'Deputy Minister Tran Van Binh received a Finnish delegation led by Aino Virtanen, the second this April.',
      'The Nordvik Institute signed an agreement with Sao Mai Technology Company after talks between Tran Van Binh and Aino Virtanen on Wednesday.',
    );
    const events = findEvents(ctx, findPartnerships(ctx));
    const meetings = events.filter((e) => e.kind === 'meeting');
    expect(meetings.map((e) => e.occurredOn)).toEqual(['2026-04-14', '2026-04-15']);
    for (const m of meetings)
      expect(keysOf(m.participants)).toEqual(expect.arrayContaining(['tran-van-binh', 'aino-virtanen']));
  });

  test('a visit told by its length and last day, or by the day it began, starts on its first day', () => {
    const ctx = contextOf(
      'The forum was the centrepiece of a three-day visit by Minister Park Jin-woo, which ends on Friday.',
      'Professor Rachel Whitfield travelled to Vietnam from 10 to 15 April to launch the project.',
      'A four-day visit by Aino Virtanen began on Monday.',
    );
    const visits = findEvents(ctx, findPartnerships(ctx)).filter((e) => e.kind === 'visit');
    expect(visits.map((e) => e.occurredOn)).toEqual(['2026-04-15', '2026-04-10', '2026-04-13']);
  });

  test("a day told of another event after this one's word is that event's; an event this one happens at shares its day", () => {
    const ctx = contextOf(
      'The Nordvik Institute and Sao Mai Technology Company signed an agreement in Hanoi on Tuesday.',
      'The agreement was signed by Deputy Minister Tran Van Binh and Professor Aino Virtanen, who is leading a delegation on a five-day visit to Vietnam that began on Monday.',
      'Three more agreements were signed at a technology forum in Da Nang on Wednesday.',
    );
    const events = findEvents(ctx, findPartnerships(ctx));
    expect(events.filter((e) => e.kind === 'signing').map((e) => e.occurredOn)).toEqual(['2026-04-14', '2026-04-15']);
    expect(events.find((e) => e.kind === 'visit')?.occurredOn).toBe('2026-04-13');
    const tuesday = events.find((e) => e.kind === 'signing' && e.occurredOn === '2026-04-14')!;
    expect(keysOf(tuesday.participants)).toEqual(expect.arrayContaining(['tran-van-binh', 'aino-virtanen']));
  });

  test('an opening attribution dates the report; a gathering a signing took place at shares its day; a delegation arriving starts its visit', () => {
    const ctx = contextOf(
      'The Nordvik Institute and Sao Mai Technology Company signed an agreement on quantum sensing on Tuesday.',
      'According to the Ministry of Science and Technology on Wednesday, Deputy Minister Tran Van Binh and Professor Aino Virtanen signed a memorandum at the Nordic–Vietnam Innovation Forum in Hanoi.',
      'The memorandum was signed by Aino Virtanen during a visit to Vietnam by a Finnish delegation led by Professor Mikko Laine.',
      'The delegation arrived on Sunday and will stay until Friday.',
      'The signing took place at the opening of the Vietnam–Finland Quantum Workshop, which brought together Hanoi University and Tohoku University.',
    );
    const events = findEvents(ctx, findPartnerships(ctx));
    const day = (kind: string) => events.filter((e) => e.kind === kind).map((e) => e.occurredOn);
    expect(day('signing')).not.toContain('2026-04-15');
    expect(day('forum')).toEqual(['2026-04-14']);
    expect(day('visit')).toEqual(['2026-04-12']);
    expect(day('workshop')).toEqual(['2026-04-14']);
  });

  test('a meeting of a joint committee is a meeting; a visit "for five days through Friday" began five days before its end, by "the Finnish minister"', () => {
    const ctx = contextOf(
      'Deputy Minister Tran Van Binh and Finnish Minister of Education Aino Virtanen agreed on it at a meeting of the Vietnam–Finland Joint Committee on Science and Technology in Hanoi on Monday.',
      'The Finnish minister is visiting Vietnam for five days through Friday.',
    );
    const events = findEvents(ctx, findPartnerships(ctx));
    expect(events.filter((e) => e.kind === 'meeting').map((e) => e.occurredOn)).toEqual(['2026-04-13']);
    const visits = events.filter((e) => e.kind === 'visit');
    expect(visits.map((e) => e.occurredOn)).toEqual(['2026-04-13']);
    // "The Finnish minister": the one Finnish person titled minister.
    expect(keysOf(visits[0]!.participants)).toEqual(['aino-virtanen']);
  });

  test('"after a two-hour meeting" is a meeting; "the Finnish delegation, which arrived on Monday" is a visit by the story\'s Finnish people', () => {
    const ctx = contextOf(
      'Deputy Minister Tran Van Binh and Finnish Deputy Minister Aino Virtanen exchanged the documents after a two-hour meeting in Hanoi on Tuesday.',
      'The Finnish delegation, which arrived on Monday, will tour a laboratory on Thursday.',
    );
    const events = findEvents(ctx, findPartnerships(ctx));
    const meeting = events.find((e) => e.kind === 'meeting');
    expect(meeting?.occurredOn).toBe('2026-04-14');
    const visit = events.find((e) => e.kind === 'visit');
    expect(visit?.occurredOn).toBe('2026-04-13');
    expect(keysOf(visit!.participants)).toEqual(['aino-virtanen']);
  });

  test('"spent three days in Finland from Sunday to Tuesday" is a visit from its first day; a declaration of intent signed is a signing', () => {
    const ctx = contextOf(
      'Deputy Minister Tran Van Binh spent three days in Finland from Sunday to Tuesday.',
      'On Monday, the Nordvik Institute and Sao Mai Technology Company signed a joint declaration of intent on quantum sensing.',
    );
    const events = findEvents(ctx, findPartnerships(ctx));
    expect(events.filter((e) => e.kind === 'visit').map((e) => [e.occurredOn, keysOf(e.participants)])).toEqual([
      ['2026-04-12', ['tran-van-binh']],
    ]);
    expect(events.filter((e) => e.kind === 'signing').map((e) => e.occurredOn)).toEqual(['2026-04-13']);
  });

  test('a minister "leading a trade mission" visits; "Following the meeting, … signed" takes the meeting\'s day, not the visit\'s', () => {
    const ctx = contextOf(
      'Deputy Minister Tran Van Binh on Tuesday received Finnish Minister of Trade Aino Virtanen, who is paying an official visit to Vietnam from Sunday to Wednesday.',
      'Following the meeting, the Nordvik Institute and Sao Mai Technology Company signed a memorandum of understanding on quantum sensing.',
      'Virtanen is leading a trade mission of 20 Finnish companies.',
    );
    const events = findEvents(ctx, findPartnerships(ctx));
    expect(events.filter((e) => e.kind === 'meeting').map((e) => e.occurredOn)).toEqual(['2026-04-14']);
    expect(events.filter((e) => e.kind === 'signing').map((e) => e.occurredOn)).toEqual(['2026-04-14']);
    expect(events.filter((e) => e.kind === 'visit').map((e) => e.occurredOn)).toContain('2026-04-12');
    const alone = contextOf(
      'Finnish Minister of Trade Aino Virtanen began leading a trade mission of 20 Finnish companies in Hanoi on Monday.',
    );
    expect(findEvents(alone, findPartnerships(alone)).map((e) => [e.kind, e.occurredOn])).toEqual([
      ['visit', '2026-04-13'],
    ]);
  });

  test('a signing is an event linked to the document signed', () => {
    const ctx = contextOf(
      'The Nordvik Institute and Sao Mai Technology Company signed a memorandum of understanding on quantum computing in Hanoi on Tuesday.',
    );
    const ledger = findPartnerships(ctx);
    expect(ledger.partnerships.map((p) => p.kind)).toEqual(['mou']);
    const events = findEvents(ctx, ledger);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      title: 'Signing of the MoU between Nordvik Institute and Sao Mai Technology Company',
      kind: 'signing',
      occurredOn: '2026-04-14',
      city: 'Hanoi',
      country: 'VN',
      partnershipIndexes: [0],
    });
    expect(keysOf(events[0]!.participants)).toEqual(['nordvik-institute', 'sao-mai-technology-company']);
  });
});
