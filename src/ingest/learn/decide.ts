// The learned scorer's decision: rules and cues propose partnership and event candidates, each
// with its features (features.ts); the model (a logistic regression per kind of fact, trained by
// `npm run train:extraction` and committed as model.json) keeps those whose probability reaches
// its threshold. A kept candidate's confidence is that probability.
import { readFileSync } from 'node:fs';
import type { ExtractedActor, ExtractedEvent, ExtractedPartnership, Extraction } from '../types.ts';
import { probability, type Features, type LogisticModel } from './logistic.ts';

export interface PartnershipCandidate {
  partnership: ExtractedPartnership;
  features: Features;
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
}

export interface ExtractionModel {
  partnerships: LogisticModel;
  events: LogisticModel;
}

const MODEL_FILE = new URL('./model.json', import.meta.url);

/** The committed model, read once. */
export const extractionModel: ExtractionModel = (() => {
  const file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ExtractionModel & { about?: unknown };
  return { partnerships: file.partnerships, events: file.events };
})();

const round = (x: number) => Math.round(x * 1000) / 1000;

export function decide(candidates: Candidates, model: ExtractionModel = extractionModel): Extraction {
  return select(
    candidates,
    (c) => {
      const p = probability(model.partnerships, c.features);
      const fromRules = c.features['src:rules'] === 1;
      return p >= (fromRules ? (model.partnerships.ruleThreshold ?? model.partnerships.threshold) : model.partnerships.threshold) ? round(p) : null;
    },
    (c) => {
      const p = probability(model.events, c.features);
      return p >= model.events.threshold ? round(p) : null;
    },
  );
}

/** Every candidate kept: what the rules and cues propose, for training and for inspection. */
export function keepAll(candidates: Candidates): Extraction {
  return select(candidates, (c) => c.partnership.confidence, (c) => c.event.confidence);
}

/** The rules' candidates kept and the cues' dropped: extraction as it was before the scorer, for comparison. */
export function keepRulesOnly(candidates: Candidates): Extraction {
  return select(candidates, (c) => (c.features['src:rules'] === 1 ? c.partnership.confidence : null), (c) => c.event.confidence);
}

/** The confidence a kept candidate gets, or null to drop it. */
type Keep<C> = (candidate: C) => number | null;

/** The extraction of the candidates `keep` keeps: links from events follow their partnerships, and the state actors kept sides need are added. */
function select(candidates: Candidates, keepPartnership: Keep<PartnershipCandidate>, keepEvent: Keep<EventCandidate>): Extraction {
  const keptAt = new Map<number, number>();
  const partnerships: ExtractedPartnership[] = [];
  const neededStates = new Set<string>();
  candidates.partnerships.forEach((c, i) => {
    const confidence = keepPartnership(c);
    if (confidence === null) return;
    keptAt.set(i, partnerships.length);
    partnerships.push({ ...c.partnership, confidence });
    for (const code of c.pendingStates) neededStates.add(code);
  });
  const events: ExtractedEvent[] = [];
  for (const c of candidates.events) {
    const confidence = keepEvent(c);
    if (confidence === null) continue;
    const partnershipIndexes = c.event.partnershipIndexes.filter((i) => keptAt.has(i)).map((i) => keptAt.get(i)!);
    events.push({ ...c.event, partnershipIndexes, confidence });
  }
  const states = [...neededStates].map((code) => candidates.states.get(code)!).filter(Boolean);
  const actors = [...candidates.base.actors, ...states];
  return { ...candidates.base, countries: countriesTakingPart(candidates, actors, partnerships, events), actors, partnerships, events };
}

/**
 * The countries a story is about: named in its headline or lead, named more than once, or the country of
 * a side of a partnership, of a participant in an event or of an event's place. A country named
 * once in passing ("a small share compared with Thailand") takes no part.
 */
function countriesTakingPart(candidates: Candidates, actors: ExtractedActor[], partnerships: ExtractedPartnership[], events: ExtractedEvent[]) {
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const involved = new Set<string>(candidates.leadCountries);
  for (const p of partnerships) for (const x of p.parties) involved.add(byKey.get(x.actorKey)?.country ?? '');
  for (const e of events) {
    if (e.country) involved.add(e.country);
    for (const x of e.participants) involved.add(byKey.get(x.actorKey)?.country ?? '');
  }
  return candidates.base.countries.filter((c) => c.mentions >= 2 || involved.has(c.code));
}
