// How many rows of each kind a scale asks for. Scale 1 is about the size of a few years of a
// busy science-and-technology news desk: 100,000 articles over 20,000 actors. Counts grow
// linearly with the scale; small floors keep tiny scales a consistent graph (a partnership
// needs up to four distinct organisations, an affiliation a person and an organisation).
import type { ActorKind } from '../../schema/tables.ts';
import { intergovernmentalBodies } from './names.ts';

export const MAX_SCALE = 10;

/** The size of the technology taxonomy from scale 0.1 up: the curated entries plus synthetic sub-technologies. */
const FULL_TAXONOMY_SIZE = 400;

export interface Plan {
  scale: number;
  articles: number;
  actors: number;
  actorKinds: Record<ActorKind, number>;
  /** Total rows in `technologies`, the curated taxonomy included. */
  technologies: number;
  partnerships: number;
  events: number;
  affiliations: number;
}

const perScaleOne = { articles: 100_000, actors: 20_000, partnerships: 50_000, events: 30_000, affiliations: 4_000 };

/** Shares of the actors that are neither states nor intergovernmental organisations. */
const kindShares: [ActorKind, number][] = [
  ['person', 0.4],
  ['government_body', 0.11],
  ['company', 0.22],
  ['university', 0.09],
  ['research_institute', 0.1],
  ['association', 0.08],
];

export function planFor(scale: number, curatedTechnologies: number): Plan {
  if (!(scale > 0 && scale <= MAX_SCALE))
    throw new RangeError(`scale must be above 0 and at most ${MAX_SCALE} (got ${scale})`);
  const count = (perOne: number, floor: number) => Math.max(floor, Math.round(perOne * scale));
  const actors = count(perScaleOne.actors, 30);
  // One state actor per country for the most active countries (60 at scale 1).
  const states = Math.min(120, Math.max(2, Math.round(actors * 0.003)));
  // Intergovernmental organisations are a fixed list (see names.ts): there are no more to make.
  const intergovernmental = Math.min(intergovernmentalBodies.length, Math.max(1, Math.round(actors * 0.00075)));
  const rest = actors - states - intergovernmental;
  const actorKinds = {
    state: states,
    intergovernmental,
    person: 0,
    government_body: 0,
    company: 0,
    university: 0,
    research_institute: 0,
    association: 0,
  } satisfies Record<ActorKind, number>;
  let assigned = 0;
  for (const [kind, share] of kindShares) {
    actorKinds[kind] = Math.max(1, Math.floor(rest * share));
    assigned += actorKinds[kind];
  }
  // Rounding leftovers go to companies, the most numerous organisations.
  actorKinds.company += rest - assigned;
  // The taxonomy is reference data rather than news volume: full size from scale 0.1 up, and
  // thinned below that so a tiny graph still touches most of its technologies.
  const synthetic = FULL_TAXONOMY_SIZE - curatedTechnologies;
  const technologies = curatedTechnologies + Math.max(0, Math.round(synthetic * Math.min(1, scale / 0.1)));
  return {
    scale,
    articles: count(perScaleOne.articles, 40),
    actors,
    actorKinds,
    technologies,
    partnerships: count(perScaleOne.partnerships, 10),
    events: count(perScaleOne.events, 6),
    affiliations: count(perScaleOne.affiliations, 3),
  };
}
