// The whole synthetic graph, built in memory before anything is written, so that every foreign
// key is known up front and rows can be inserted with explicit ids. Each step draws from its
// own named random stream (see random.ts).
import { generateActors, type ActorNode } from './actors.ts';
import { generateAffiliations, type AffiliationNode } from './affiliations.ts';
import { ArticleWriter } from './article-writer.ts';
import { generateEvents, nameEvents, type EventNode } from './events.ts';
import { assignEvidence, publicationTimes } from './evidence.ts';
import { ActorChooser } from './hubs.ts';
import { generatePartnerships, type PartnershipNode } from './partnerships.ts';
import { World } from './places.ts';
import type { Plan } from './plan.ts';
import { randomStream } from './random.ts';
import { buildTaxonomy, type TechnologyNode } from './taxonomy.ts';
import { TechnologyChooser } from './technology-chooser.ts';

export interface Graph {
  technologies: TechnologyNode[];
  actors: ActorNode[];
  partnerships: PartnershipNode[];
  events: EventNode[];
  affiliations: AffiliationNode[];
  /** Writes the articles, one at a time, in id order. */
  writer: ArticleWriter;
}

/**
 * Builds the graph for a seed and plan. `countryIds` and `technologyIds` map ISO codes and
 * curated technology slugs to the row ids the database gave them.
 */
export function buildGraph(
  seed: number,
  plan: Plan,
  countryIds: Map<string, number>,
  technologyIds: Map<string, number>,
): Graph {
  const stream = (name: string) => randomStream(seed, name);
  const world = new World(countryIds);
  const technologies = buildTaxonomy(technologyIds, plan.technologies);
  const areaSlugs = new Map(technologies.filter((t) => t.parentId === null).map((t) => [t.id, t.slug]));
  const areaSlug = (t: TechnologyNode) => areaSlugs.get(t.areaId) ?? '';
  const topics = new TechnologyChooser(stream('technology-popularity'), technologies);

  const actors = generateActors(stream('actors'), plan, world, (random) => topics.draw(random), areaSlug);
  // Partnerships are between organisations; people take part in events and hold positions.
  const organisations = new ActorChooser(
    stream('partnership-ranking'),
    actors.filter((a) => a.kind !== 'person'),
    1,
    2,
  );
  const participants = new ActorChooser(stream('event-ranking'), actors, 0.9, 3);
  const states = actors.filter((a) => a.kind === 'state');

  const partnerships = generatePartnerships(stream('partnerships'), plan.partnerships, organisations, states, topics);
  const events = generateEvents(stream('events'), plan.events, partnerships, participants, topics, world);
  const affiliations = generateAffiliations(stream('affiliations'), plan.affiliations, actors);
  const times = publicationTimes(stream('publication-times'), plan.articles);
  const facts = assignEvidence(stream('evidence'), times, partnerships, events, affiliations);
  nameEvents(stream('event-names'), events);
  const writer = new ArticleWriter(seed, times, facts, participants, topics, world, areaSlug);
  return { technologies, actors, partnerships, events, affiliations, writer };
}
