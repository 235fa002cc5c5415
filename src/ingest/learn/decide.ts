// The learned scorer's decision: rules and cues propose partnership and event candidates, each
// with its features (features.ts); the model (a logistic regression per kind of fact, trained by
// `npm run train:extraction` and committed as model.json) keeps those whose probability reaches
// its threshold. A kept candidate's confidence is that probability.
//
// A kept partnership's kind is then the kind model's choice: one logistic regression per kind,
// over the kind features of its sentence; the most probable kind wins. Rules and cues name the
// kind from the first cue word they meet, and the same sides' cooperation is often named by
// several ("signed a memorandum … on a joint research project"). Two kept candidates that end up
// the same kind between the same sides are one partnership: the more probable is kept.
import { readFileSync } from 'node:fs';
import type { PartnershipKind } from '../../../schema/tables.ts';
import { cueTitle } from '../extract/candidates.ts';
import type { ExtractedActor, ExtractedEvent, ExtractedPartnership, Extraction } from '../types.ts';
import { probability, type Features, type LogisticModel } from './logistic.ts';

export interface PartnershipCandidate {
  partnership: ExtractedPartnership;
  /** Whether the candidate is a real partnership (the keep model). */
  features: Features;
  /** Which kind it is (the kind model). */
  kindFeatures: Features;
  /** The sides' names when the title is made from the kind (a cue's candidate); null when it is the article's words. */
  sideNames: string[] | null;
  /** Countries acting as sides that no rule made a state actor for: added only if the candidate is kept. */
  pendingStates: string[];
}

export interface EventCandidate {
  /** `partnershipIndexes` index the candidate partnerships. */
  event: ExtractedEvent;
  features: Features;
}

/** Everything extraction found in one text before the scorer decides. */
export interface Candidates {
  /** Countries, technologies, actors and affiliations (decided by the rules); no partnerships or events. */
  base: Extraction;
  partnerships: PartnershipCandidate[];
  events: EventCandidate[];
  /** State actors a kept candidate may need, by country code. */
  states: Map<string, ExtractedActor>;
  /** Countries the headline or the lead paragraph names: what the story is about. */
  leadCountries: string[];
  /**
   * Countries the story names by name at least twice, or in any form three times: a country
   * named as context ("Chinese rivals", "away from China") takes no part on that alone.
   */
  repeatedCountries: string[];
}

export interface ExtractionModel {
  partnerships: LogisticModel;
  /** One model per partnership kind: how probable it is that a real partnership is of that kind. */
  kinds: Partial<Record<PartnershipKind, LogisticModel>>;
  /** Another kind replaces the proposed one only when it is this much more probable (0–1). */
  kindMargin: number;
  events: LogisticModel;
}

const MODEL_FILE = new URL('./model.json', import.meta.url);

/** The committed model, read once. */
const extractionModel: ExtractionModel = (() => {
  const file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ExtractionModel & { about?: unknown };
  return { partnerships: file.partnerships, kinds: file.kinds, kindMargin: file.kindMargin, events: file.events };
})();

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A trained model's probability for a candidate's features, remembered: the training's threshold
 * search decides the same candidates hundreds of times with the same weights. Keyed on the
 * weights object, which nothing changes once `train` has returned it.
 */
const remembered = new WeakMap<object, WeakMap<Features, number>>();
function probabilityOf(model: LogisticModel, features: Features): number {
  let byFeatures = remembered.get(model.weights);
  if (!byFeatures) {
    byFeatures = new WeakMap();
    remembered.set(model.weights, byFeatures);
  }
  let p = byFeatures.get(features);
  if (p === undefined) {
    p = probability(model, features);
    byFeatures.set(features, p);
  }
  return p;
}

/** The kind the kind model finds most probable for a candidate, if it beats the proposed kind by the model's margin. */
function chooseKind(model: ExtractionModel, c: PartnershipCandidate): PartnershipKind {
  const proposed = c.partnership.kind;
  const proposedModel = model.kinds[proposed];
  const proposedP = proposedModel ? probabilityOf(proposedModel, c.kindFeatures) : 0;
  let best = proposed;
  let bestP = proposedP;
  // for…in, not Object.entries: training calls this hundreds of thousands of times.
  for (const kind in model.kinds) {
    const p = probabilityOf(model.kinds[kind as PartnershipKind]!, c.kindFeatures);
    if (p > bestP) {
      bestP = p;
      best = kind as PartnershipKind;
    }
  }
  return bestP - proposedP > model.kindMargin ? best : proposed;
}

/**
 * What the scorer decides on each candidate, and all it decides: the confidence a partnership is
 * kept with (null: dropped) and its kind, and the confidence an event is kept with. The extraction
 * is a function of the candidates and these (`extractionOf`), which lets training tell two settings
 * that decide an article alike apart from ones that do not without building either extraction.
 */
export interface Decisions {
  /** A dropped partnership's kind is its proposed one. */
  partnerships: { confidence: number | null; kind: PartnershipKind }[];
  events: (number | null)[];
}

/** The model's decisions on the candidates: see `decide`. */
export function decisions(candidates: Candidates, model: ExtractionModel = extractionModel): Decisions {
  const { partnerships, events } = model;
  return {
    partnerships: candidates.partnerships.map((c) => {
      const p = probabilityOf(partnerships, c.features);
      const fromRules = c.features['src:rules'] === 1;
      const threshold = fromRules ? (partnerships.ruleThreshold ?? partnerships.threshold) : partnerships.threshold;
      // A dropped candidate's kind is never read: the kind model decides only kept ones.
      if (p < threshold) return { confidence: null, kind: c.partnership.kind };
      return { confidence: round(p), kind: chooseKind(model, c) };
    }),
    events: candidates.events.map((c) => {
      const p = probabilityOf(events, c.features);
      return p >= events.threshold ? round(p) : null;
    }),
  };
}

/** The extraction the model keeps from the candidates, each kept candidate's confidence its probability. */
export function decide(candidates: Candidates, model: ExtractionModel = extractionModel): Extraction {
  return extractionOf(candidates, decisions(candidates, model));
}

/** Every candidate kept: what the rules and cues propose, for training and for inspection. */
export function keepAll(candidates: Candidates): Extraction {
  return extractionOf(candidates, {
    partnerships: candidates.partnerships.map((c) => ({
      confidence: c.partnership.confidence,
      kind: c.partnership.kind,
    })),
    events: candidates.events.map((c) => c.event.confidence),
  });
}

/** The rules' candidates kept and the cues' dropped: extraction as it was before the scorer, for comparison. */
export function keepRulesOnly(candidates: Candidates): Extraction {
  return extractionOf(candidates, {
    partnerships: candidates.partnerships.map((c) => ({
      confidence: c.features['src:rules'] === 1 ? c.partnership.confidence : null,
      kind: c.partnership.kind,
    })),
    events: candidates.events.map((c) => c.event.confidence),
  });
}

/**
 * The extraction of the candidates the decisions keep, each of the kind they give: links from
 * events follow their partnerships, and the state actors kept sides need are added. Kept
 * candidates of one kind between the same sides are one partnership, the most confident.
 */
export function extractionOf(candidates: Candidates, decided: Decisions): Extraction {
  // Each kept candidate with its identity: its kind and its sides.
  const kept = candidates.partnerships
    .map((c, i) => {
      const { kind, confidence } = decided.partnerships[i]!;
      const sides = [...new Set(c.partnership.parties.map((p) => p.actorKey))].sort().join('|');
      return { c, i, kind, id: `${kind} ${sides}`, confidence };
    })
    .filter((x): x is typeof x & { confidence: number } => x.confidence !== null);
  const best = new Map<string, (typeof kept)[number]>();
  for (const x of kept) {
    const known = best.get(x.id);
    if (!known || x.confidence > known.confidence) best.set(x.id, x);
  }
  const position = new Map<string, number>();
  const partnerships: ExtractedPartnership[] = [];
  const neededStates = new Set<string>();
  for (const x of kept) {
    if (best.get(x.id) !== x) continue;
    position.set(x.id, partnerships.length);
    const { partnership, sideNames } = x.c;
    const title =
      sideNames && x.kind !== partnership.kind
        ? cueTitle(x.kind, sideNames, partnership.technologies)
        : partnership.title;
    partnerships.push({ ...partnership, kind: x.kind, title, confidence: x.confidence });
    for (const code of x.c.pendingStates) neededStates.add(code);
  }
  // Every kept candidate, the winner or not, points at its partnership.
  const keptAt = new Map(kept.map((x) => [x.i, position.get(x.id)!]));
  const events: ExtractedEvent[] = [];
  candidates.events.forEach((c, at) => {
    const confidence = decided.events[at]!;
    if (confidence === null) return;
    const partnershipIndexes = [
      ...new Set(c.event.partnershipIndexes.filter((i) => keptAt.has(i)).map((i) => keptAt.get(i)!)),
    ];
    events.push({ ...c.event, partnershipIndexes, confidence });
  });
  const states = [...neededStates].map((code) => candidates.states.get(code)!).filter(Boolean);
  const actors = [...candidates.base.actors, ...states];
  return {
    ...candidates.base,
    countries: countriesTakingPart(candidates, actors, partnerships, events),
    actors,
    partnerships,
    events,
  };
}

/**
 * The countries a story is about: named in its headline or lead, named again and again, or the country of
 * an actor it names (a consortium's members, a side of a partnership, a participant in an event) or
 * of an event's place. A country named once in passing ("a small share compared with Thailand")
 * takes no part.
 */
function countriesTakingPart(
  candidates: Candidates,
  actors: ExtractedActor[],
  partnerships: ExtractedPartnership[],
  events: ExtractedEvent[],
) {
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const involved = new Set<string>(candidates.leadCountries);
  for (const p of partnerships) for (const x of p.parties) involved.add(byKey.get(x.actorKey)?.country ?? '');
  for (const a of candidates.base.actors) if (a.kind !== 'state' && a.country) involved.add(a.country);
  for (const e of events) {
    if (e.country) involved.add(e.country);
    for (const x of e.participants) involved.add(byKey.get(x.actorKey)?.country ?? '');
  }
  return candidates.base.countries.filter((c) => candidates.repeatedCountries.includes(c.code) || involved.has(c.code));
}
