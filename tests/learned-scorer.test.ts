// The learned scorer: a deterministic logistic regression over named features, the decision it
// makes on candidates (rule candidates kept down to a lower probability than cue candidates;
// links from events to dropped partnerships removed; the kind model; one partnership per kind and
// sides), and the committed model matches what
// `npm run train:extraction` gives on the committed training data.
import { describe, expect, test } from 'vitest';
import { trainExtraction } from '../src/cli/train-extraction.ts';
import { decide, type Candidates, type ExtractionModel } from '../src/ingest/learn/decide.ts';
import { probability, train, type Example } from '../src/ingest/learn/logistic.ts';
import type { ExtractedEvent, ExtractedPartnership } from '../src/ingest/types.ts';

describe('logistic regression', () => {
  // Real when "signed" holds, whatever the noise feature says.
  const examples: Example[] = Array.from({ length: 200 }, (_, i) => ({
    features: { signed: i % 2, [`noise:${i % 7}`]: 1 },
    label: (i % 2) as 0 | 1,
    group: 'g',
  }));

  test('learns a separable rule and is deterministic for a seed', () => {
    const model = train(examples, { seed: 7 });
    expect(probability(model, { signed: 1 })).toBeGreaterThan(0.8);
    expect(probability(model, {})).toBeLessThan(0.2);
    expect(train(examples, { seed: 7 })).toEqual(model);
    expect(Math.abs(model.weights.signed!)).toBeGreaterThan(Math.abs(model.weights['noise:3'] ?? 0));
  });
});

describe('decide', () => {
  const passage = { excerpt: 'x', start: 0, end: 1 };
  const partnership = (title: string, other = 'b'): ExtractedPartnership => ({
    title,
    kind: 'mou',
    status: null,
    startedOn: null,
    parties: [
      { actorKey: 'a', role: 'party' },
      { actorKey: other, role: 'party' },
    ],
    countries: [],
    technologies: [],
    passage,
    confidence: 0.5,
  });
  const event: ExtractedEvent = {
    title: 'Signing',
    kind: 'signing',
    occurredOn: null,
    city: null,
    country: null,
    participants: [],
    partnershipIndexes: [0, 1],
    passage,
    confidence: 0.5,
  };
  const candidates: Candidates = {
    base: { countries: [], technologies: [], actors: [], affiliations: [], partnerships: [], events: [] },
    partnerships: [
      {
        partnership: partnership('from the rules'),
        features: { 'src:rules': 1, weak: 1 },
        kindFeatures: {},
        sideNames: null,
        pendingStates: [],
      },
      {
        partnership: partnership('from a cue', 'norway'),
        features: { 'src:cue': 1, weak: 1 },
        kindFeatures: {},
        sideNames: ['A', 'Norway'],
        pendingStates: ['NO'],
      },
    ],
    events: [{ event, features: {} }],
    states: new Map([
      [
        'NO',
        {
          key: 'norway',
          name: 'Norway',
          kind: 'state',
          country: 'NO',
          aliases: [],
          parentKey: null,
          mentions: 1,
          passage,
          confidence: 0.8,
        },
      ],
    ]),
    leadCountries: [],
    repeatedCountries: [],
  };
  // p(weak) = 1/(1+e^0) = 0.5 for both partnerships; the event is sure.
  const model = (threshold: number, ruleThreshold: number): ExtractionModel => ({
    partnerships: { bias: -1, weights: { weak: 1 }, threshold, ruleThreshold },
    kinds: {},
    kindMargin: 1,
    events: { bias: 5, weights: {}, threshold: 0.5 },
  });

  test('rule candidates are kept down to the rule threshold, cue candidates only above theirs; links and states follow', () => {
    const x = decide(candidates, model(0.7, 0.3));
    expect(x.partnerships.map((p) => p.title)).toEqual(['from the rules']);
    expect(x.partnerships[0]!.confidence).toBe(0.5);
    expect(x.events[0]!.partnershipIndexes).toEqual([0]);
    expect(x.actors).toEqual([]);
  });

  test('a kept cue candidate brings the state actor it needs', () => {
    const x = decide(candidates, model(0.4, 0.4));
    expect(x.partnerships.map((p) => p.title)).toEqual(['from the rules', 'from a cue']);
    expect(x.events[0]!.partnershipIndexes).toEqual([0, 1]);
    expect(x.actors.map((a) => a.name)).toEqual(['Norway']);
  });

  // The kind model: "joint" makes joint research very probable, and the proposed MoU unlikely.
  const kinds: ExtractionModel['kinds'] = {
    mou: { bias: 0, weights: { joint: -2 }, threshold: 0.5 },
    joint_research: { bias: 0, weights: { joint: 2 }, threshold: 0.5 },
  };
  const withKind = (c: Candidates['partnerships'][number], kindFeatures: Record<string, number>) => ({
    ...c,
    kindFeatures,
  });

  test("another kind replaces the proposed one only beyond the margin, and a cue's title follows its kind", () => {
    const relabelled = { ...candidates, partnerships: candidates.partnerships.map((c) => withKind(c, { joint: 1 })) };
    const sure = decide(relabelled, { ...model(0.4, 0.4), kinds, kindMargin: 0.5 });
    expect(sure.partnerships.map((p) => [p.kind, p.title])).toEqual([
      ['joint_research', 'from the rules'],
      ['joint_research', 'A–Norway joint research'],
    ]);
    const unsure = decide(relabelled, { ...model(0.4, 0.4), kinds, kindMargin: 0.9 });
    expect(unsure.partnerships.map((p) => p.kind)).toEqual(['mou', 'mou']);
  });

  test('candidates of one kind between the same sides are one partnership, the most confident; links follow it', () => {
    const twice: Candidates = {
      ...candidates,
      partnerships: [
        { ...candidates.partnerships[0]!, features: { 'src:rules': 1 } },
        {
          ...candidates.partnerships[0]!,
          partnership: partnership('said again'),
          features: { 'src:rules': 1, strong: 1 },
        },
      ],
    };
    const x = decide(twice, {
      ...model(0.4, 0.3),
      partnerships: { bias: -1, weights: { strong: 3 }, threshold: 0.4, ruleThreshold: 0.2 },
    });
    expect(x.partnerships.map((p) => p.title)).toEqual(['said again']);
    expect(x.events[0]!.partnershipIndexes).toEqual([0]);
  });
});

describe('countries taking part', () => {
  const passage = { excerpt: 'x', start: 0, end: 1 };
  const keepEverything: ExtractionModel = {
    partnerships: { bias: 5, weights: {}, threshold: 0.5 },
    kinds: {},
    kindMargin: 1,
    events: { bias: 5, weights: {}, threshold: 0.5 },
  };
  test('a country named once in passing is dropped; the headline, a repeat, a side or a place keeps one', () => {
    const x = decide(
      {
        base: {
          countries: ['VN', 'NO', 'TH', 'MY', 'DK', 'SE'].map((code) => ({
            code,
            mentions: code === 'MY' ? 2 : 1,
            passage,
          })),
          technologies: [],
          actors: [
            {
              key: 'nordic-lab',
              name: 'Nordic Lab',
              kind: 'research_institute',
              country: 'DK',
              aliases: [],
              parentKey: null,
              mentions: 1,
              passage,
              confidence: 0.8,
            },
          ],
          affiliations: [],
          partnerships: [],
          events: [],
        },
        partnerships: [
          {
            partnership: {
              title: 't',
              kind: 'mou',
              status: null,
              startedOn: null,
              parties: [{ actorKey: 'nordic-lab', role: 'party' }],
              countries: [],
              technologies: [],
              passage,
              confidence: 0.5,
            },
            features: { 'src:rules': 1 },
            kindFeatures: {},
            sideNames: null,
            pendingStates: [],
          },
        ],
        events: [
          {
            event: {
              title: 'Visit',
              kind: 'visit',
              occurredOn: null,
              city: 'Stockholm',
              country: 'SE',
              participants: [],
              partnershipIndexes: [],
              passage,
              confidence: 0.5,
            },
            features: {},
          },
        ],
        states: new Map(),
        leadCountries: ['VN', 'NO'],
        repeatedCountries: ['MY'],
      },
      keepEverything,
    );
    // VN, NO: headline or lead; MY: named again and again; DK: a side's country; SE: an event's place; TH: in passing.
    expect(x.countries.map((c) => c.code)).toEqual(['VN', 'NO', 'MY', 'DK', 'SE']);
  });
});

test('src/ingest/learn/model.json is what `npm run train:extraction` gives (retrain and commit when this fails)', async () => {
  // The command's own function, in this process: spawning it would prove nothing more.
  const lines: string[] = [];
  await trainExtraction({ check: true, log: (line) => void lines.push(line) });
  const out = lines.join('\n');
  expect(out).toMatch(/leave-one-batch-out F1/);
  expect(out).toMatch(/model\.json is up to date/);
  // Training over 30 sets takes about half a minute alone, more when the machine is busy.
}, 300_000);
