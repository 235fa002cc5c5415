// The scorer: optional items are neutral, unmatched predictions are false positives, names match
// through aliases and without diacritics, technologies through the vocabulary, partnerships and
// events by the documented rules, and state actors are not scored as actors.
import { describe, expect, test } from 'vitest';
import { microAverage, scoreExtraction, type GoldKey } from '../src/ingest/evaluate.ts';
import type { ExtractedActor, Extraction } from '../src/ingest/types.ts';

const passage = { excerpt: 'x', start: 0, end: 1 };
function actor(
  key: string,
  name: string,
  kind: ExtractedActor['kind'],
  aliases: string[] = [],
  country: string | null = null,
): ExtractedActor {
  return { key, name, kind, country, aliases, parentKey: null, mentions: 1, passage, confidence: 0.9 };
}
function extraction(partial: Partial<Extraction>): Extraction {
  return { countries: [], technologies: [], actors: [], affiliations: [], partnerships: [], events: [], ...partial };
}
function gold(partial: Partial<GoldKey>): GoldKey {
  return { countries: [], technologies: [], actors: [], partnerships: [], events: [], ...partial };
}

describe('scoreExtraction', () => {
  test('countries: matches are true positives, extra codes false positives, missing codes false negatives', () => {
    const s = scoreExtraction(
      extraction({ countries: ['VN', 'US', 'CN'].map((code) => ({ code, mentions: 1, passage })) }),
      gold({ countries: ['VN', 'US', 'GB'] }),
    );
    expect(s.countries).toMatchObject({ tp: 2, fp: 1, fn: 1, falsePositives: ['CN'], missed: ['GB'] });
  });

  test('optional items count neither for nor against', () => {
    const s = scoreExtraction(
      extraction({
        technologies: [
          { slug: 'digital-transformation', mentions: 1, passage },
          { slug: 'robotics', mentions: 1, passage },
        ],
      }),
      gold({ technologies: ['robotics', 'automation'], _optional: { technologies: ['digital transformation'] } }),
    );
    expect(s.technologies).toMatchObject({ tp: 1, fp: 0, fn: 1, neutral: 1 });
    // An optional item that is not predicted is not missed either.
    const none = scoreExtraction(extraction({}), gold({ _optional: { technologies: ['robotics'] } }));
    expect(none.technologies).toMatchObject({ tp: 0, fp: 0, fn: 0, neutral: 0 });
  });

  test('technologies map through the vocabulary and the taxonomy aliases', () => {
    const s = scoreExtraction(
      extraction({
        technologies: ['artificial-intelligence', 'critical-minerals', '6g'].map((slug) => ({
          slug,
          mentions: 1,
          passage,
        })),
      }),
      gold({ technologies: ['AI', 'essential minerals', '6g'] }),
      { vocabulary: { 'critical minerals': ['essential minerals'] } },
    );
    expect(s.technologies).toMatchObject({ tp: 3, fp: 0, fn: 0 });
  });

  test('a predicted technology goes through the vocabulary too: keys that count machine learning as AI', () => {
    const predicted = extraction({ technologies: [{ slug: 'machine-learning', mentions: 1, passage }] });
    const key = gold({ technologies: ['artificial intelligence'] });
    const vocabulary = { 'artificial intelligence': ['AI', 'machine learning'] };
    expect(scoreExtraction(predicted, key, { vocabulary }).technologies).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(
      scoreExtraction(predicted, key, { vocabulary, predictionsThroughVocabulary: false }).technologies,
    ).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    // Without a vocabulary, machine learning is its own technology.
    expect(scoreExtraction(predicted, key).technologies).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  test('actor names match case- and diacritic-insensitively and through aliases; people only match people', () => {
    const s = scoreExtraction(
      extraction({
        actors: [
          actor('nguyen-duc-thang', 'NGUYEN DUC THANG', 'person'),
          actor('most', 'MoIT', 'government_body'),
          actor('smith', 'Smith', 'person', ['John F. Smith']),
          actor('quantum', 'Quantum Dynamics', 'person'),
          actor('other', 'Some Other Body', 'association'),
        ],
      }),
      gold({
        actors: [
          { name: 'Nguyễn Đức Thắng', kind: 'person' },
          { name: 'Ministry of Industry and Trade', kind: 'government_body', aliases: ['MoIT'] },
          { name: 'John F. Smith', kind: 'person' },
          { name: 'Quantum Dynamics', kind: 'company' },
        ],
      }),
    );
    expect(s.actors).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(s.actors.falsePositives).toEqual(['Quantum Dynamics (person)', 'Some Other Body (association)']);
    expect(s.actors.missed).toEqual(['Quantum Dynamics (company)']);
  });

  test('a second prediction of the same actor is a false positive', () => {
    const s = scoreExtraction(
      extraction({
        actors: [actor('a', 'Korea–Vietnam AI Centre', 'government_body'), actor('b', 'KVAC', 'government_body')],
      }),
      gold({ actors: [{ name: 'Korea–Vietnam AI Centre', kind: 'government_body', aliases: ['KVAC'] }] }),
    );
    expect(s.actors).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  test('state actors are not scored as actors, but stand for their country as parties', () => {
    const x = extraction({
      actors: [
        actor('vietnam', 'Vietnam', 'state', [], 'VN'),
        actor('united-states', 'United States', 'state', [], 'US'),
      ],
      partnerships: [
        {
          title: 't',
          kind: 'strategic_partnership',
          status: null,
          startedOn: null,
          parties: [
            { actorKey: 'vietnam', role: 'partner' },
            { actorKey: 'united-states', role: 'partner' },
          ],
          countries: ['VN', 'US'],
          technologies: [],
          passage,
          confidence: 0.8,
        },
      ],
    });
    const s = scoreExtraction(
      x,
      gold({
        partnerships: [
          {
            kind: 'comprehensive_strategic_partnership',
            kind_alt: 'strategic_partnership',
            parties: ['Vietnam', 'US'],
          },
        ],
      }),
    );
    expect(s.actors).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(s.partnerships).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  test('partnerships need the kind and a party overlap of at least one half', () => {
    const actors = [
      actor('kvac', 'KVAC', 'government_body'),
      actor('aibc', 'Australia-Indonesia Business Council', 'association'),
      actor('other', 'Other Org', 'company'),
      actor('third', 'Third Org', 'company'),
    ];
    const p = (kind: Extraction['partnerships'][number]['kind'], keys: string[]) => ({
      title: 't',
      kind,
      status: null,
      startedOn: null,
      parties: keys.map((actorKey) => ({ actorKey, role: 'signatory' })),
      countries: [],
      technologies: [],
      passage,
      confidence: 0.8,
    });
    const key = gold({
      actors: [
        { name: 'Korea–Vietnam AI Centre', kind: 'government_body', aliases: ['KVAC'] },
        {
          name: 'Australia-Indonesia Business Council in Jakarta',
          kind: 'association',
          aliases: ['Australia-Indonesia Business Council'],
        },
      ],
      partnerships: [
        { kind: 'mou', parties: ['Korea–Vietnam AI Centre', 'Australia-Indonesia Business Council in Jakarta'] },
      ],
    });
    expect(
      scoreExtraction(extraction({ actors, partnerships: [p('mou', ['kvac', 'aibc'])] }), key).partnerships,
    ).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // 2 of 3 parties shared: Jaccard 2/3.
    expect(
      scoreExtraction(extraction({ actors, partnerships: [p('mou', ['kvac', 'aibc', 'other'])] }), key).partnerships,
    ).toMatchObject({ tp: 1 });
    // 1 of 4: not a match.
    expect(
      scoreExtraction(extraction({ actors, partnerships: [p('mou', ['kvac', 'other', 'third'])] }), key).partnerships,
    ).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    // Wrong kind.
    expect(
      scoreExtraction(extraction({ actors, partnerships: [p('agreement', ['kvac', 'aibc'])] }), key).partnerships,
    ).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    // Every key item with the same sides, of any kind, taken or not: what the kind model learns from.
    const twoKinds = gold({
      ...key,
      partnerships: [
        ...key.partnerships,
        { kind: 'project', parties: ['KVAC', 'Australia-Indonesia Business Council'] },
        { kind: 'mou', parties: ['Other Org', 'Third Org'] },
      ],
    });
    const both = scoreExtraction(
      extraction({
        actors,
        partnerships: [p('mou', ['kvac', 'aibc']), p('agreement', ['aibc', 'kvac']), p('mou', ['kvac', 'third'])],
      }),
      twoKinds,
    );
    expect(both.partnerships.sameSides).toEqual([[0, 1], [0, 1], []]);
  });

  test("a key's state actor is its country: optional as an actor, the country as a party", () => {
    const actors = [
      actor('gov-jp', 'Government of Japan', 'government_body'),
      actor('philippines', 'Philippines', 'state', [], 'PH'),
    ];
    const p = {
      title: 't',
      kind: 'agreement' as const,
      status: null,
      startedOn: null,
      parties: ['gov-jp', 'philippines'].map((actorKey) => ({ actorKey, role: 'signatory' })),
      countries: [],
      technologies: [],
      passage,
      confidence: 0.8,
    };
    const key = gold({
      actors: [
        { name: 'Government of Japan', kind: 'state', country: 'JP' },
        { name: 'Government of the Philippines', kind: 'state', country: 'PH' },
      ],
      partnerships: [{ kind: 'agreement', parties: ['Japan', 'Government of the Philippines'] }],
    });
    const s = scoreExtraction(extraction({ actors, partnerships: [p] }), key);
    expect(s.actors).toMatchObject({ tp: 0, fp: 0, fn: 0, neutral: 1 });
    expect(s.partnerships).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // Scoring relations only gives the same partnerships and leaves the rest empty.
    const relations = scoreExtraction(extraction({ actors, partnerships: [p] }), key, { relationsOnly: true });
    expect(relations.partnerships).toEqual(s.partnerships);
    expect(relations.actors).toMatchObject({ tp: 0, fp: 0, fn: 0, neutral: 0 });
  });

  test('events match on kind and date, or on participants when a date is missing', () => {
    const actors = [actor('hai', 'Le Thanh Hai', 'person', ['Hai']), actor('smith', 'John F. Smith', 'person')];
    const e = (kind: Extraction['events'][number]['kind'], occurredOn: string | null, keys: string[]) => ({
      title: 't',
      kind,
      occurredOn,
      city: null,
      country: null,
      participants: keys.map((actorKey) => ({ actorKey, role: 'participant' })),
      partnershipIndexes: [],
      passage,
      confidence: 0.8,
    });
    const key = gold({
      events: [{ kind: 'meeting', date: '2025-06-10', participants: ['Le Thanh Hai', 'John F. Smith'] }],
    });
    expect(scoreExtraction(extraction({ actors, events: [e('meeting', '2025-06-10', [])] }), key).events).toMatchObject(
      { tp: 1 },
    );
    expect(
      scoreExtraction(extraction({ actors, events: [e('meeting', '2025-06-11', ['hai', 'smith'])] }), key).events,
    ).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(
      scoreExtraction(extraction({ actors, events: [e('meeting', null, ['hai', 'smith'])] }), key).events,
    ).toMatchObject({ tp: 1 });
    expect(scoreExtraction(extraction({ actors, events: [e('meeting', null, ['hai'])] }), key).events).toMatchObject({
      tp: 1,
    });
    expect(
      scoreExtraction(extraction({ actors, events: [e('forum', '2025-06-10', ['hai', 'smith'])] }), key).events,
    ).toMatchObject({ tp: 0, fp: 1 });
    // Two predictions of one event: the second is a false positive.
    expect(
      scoreExtraction(
        extraction({ actors, events: [e('meeting', '2025-06-10', []), e('meeting', '2025-06-10', ['hai'])] }),
        key,
      ).events,
    ).toMatchObject({ tp: 1, fp: 1 });
  });

  test('micro-averaging adds the counts over files', () => {
    const a = scoreExtraction(
      extraction({ countries: [{ code: 'VN', mentions: 1, passage }] }),
      gold({ countries: ['VN', 'US'] }),
    );
    const b = scoreExtraction(
      extraction({ countries: [{ code: 'FR', mentions: 1, passage }] }),
      gold({ countries: ['FR'] }),
    );
    const t = microAverage([a, b]).countries;
    expect(t).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(t.precision).toBe(1);
    expect(t.recall).toBeCloseTo(2 / 3);
    expect(t.f1).toBeCloseTo(0.8);
  });
});
