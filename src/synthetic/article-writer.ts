// Writes each synthetic article from the facts it supports: a headline, a summary, and a body
// of 0.5–1.5 KB of plain English sentences from templates. Every sentence that names an actor,
// a country or a technology records it, so the mention rows are exactly what the text names,
// and each fact's key sentence becomes its evidence excerpt, with its offsets in the body.
import type { PartnershipKind } from '../../schema/tables.ts';
import { contentHash } from '../knowledge/content-hash.ts';
import { possessive, type ActorNode } from './actors.ts';
import { isoDate, isoTimestamp, type Fact } from './evidence.ts';
import type { ActorChooser } from './hubs.ts';
import { outlets, personName, sections } from './names.ts';
import type { PartnershipNode } from './partnerships.ts';
import type { Place, World } from './places.ts';
import { randomStream, type Random } from './random.ts';
import { joinNames, slugify, titleCase, UniqueSlugs } from './slugs.ts';
import type { TechnologyNode } from './taxonomy.ts';
import type { TechnologyChooser } from './technology-chooser.ts';

interface Mention {
  count: number;
  /** The first sentence naming the entity. */
  excerpt: string;
}

interface WrittenEvidence {
  fact: Fact;
  excerpt: string;
  spanStart: number;
  spanEnd: number;
  /** How sure an extractor would be, 0.6 to 1. */
  confidence: number;
}

export interface WrittenArticle {
  id: number;
  slug: string;
  url: string;
  title: string;
  source: string;
  section: string;
  author: string | null;
  publishedAt: string;
  summary: string;
  body: string;
  tags: string[];
  themes: string[];
  contentHash: string | null;
  evidence: WrittenEvidence[];
  actors: Map<ActorNode, Mention>;
  countries: Map<Place, Mention>;
  technologies: Map<TechnologyNode, Mention>;
}

const MIN_BODY = 500;
const MAX_BODY = 1500;

/** Collects what a sentence names while the sentence is written. */
class Namer {
  readonly actors: ActorNode[] = [];
  readonly places: Place[] = [];
  readonly technologies: TechnologyNode[] = [];
  actor = (a: ActorNode) => {
    this.actors.push(a);
    return a.display;
  };
  place = (p: Place) => {
    this.places.push(p);
    return p.name;
  };
  tech = (t: TechnologyNode) => {
    this.technologies.push(t);
    return t.name;
  };
  actorList = (list: ActorNode[]) => joinNames(list.map(this.actor));
  techList = (list: TechnologyNode[]) => joinNames(list.map(this.tech));
  placeList = (list: Place[]) => joinNames(list.map(this.place));
}

class Body {
  text = '';
  private atParagraphStart = true;
  readonly actors = new Map<ActorNode, Mention>();
  readonly countries = new Map<Place, Mention>();
  readonly technologies = new Map<TechnologyNode, Mention>();

  paragraph(): void {
    if (this.text !== '') this.atParagraphStart = true;
  }

  /**
   * Appends a sentence and returns its [start, end) offsets in the body; with a `limit`, only
   * when the body stays under that many characters (null otherwise).
   */
  say(write: (n: Namer) => string, limit = Infinity): { sentence: string; start: number; end: number } | null {
    const namer = new Namer();
    const sentence = write(namer);
    const separator = this.text === '' ? '' : this.atParagraphStart ? '\n\n' : ' ';
    if (this.text.length + separator.length + sentence.length > limit) return null;
    const start = this.text.length + separator.length;
    this.text += separator + sentence;
    this.atParagraphStart = false;
    const note = <K>(map: Map<K, Mention>, key: K) => {
      const m = map.get(key);
      if (m === undefined) map.set(key, { count: 1, excerpt: sentence });
      else m.count++;
    };
    for (const a of namer.actors) note(this.actors, a);
    for (const p of namer.places) note(this.countries, p);
    for (const t of namer.technologies) note(this.technologies, t);
    return { sentence, start, end: start + sentence.length };
  }
}

const partnershipLeads: Record<PartnershipKind, (parties: string, techs: string) => string> = {
  mou: (p, t) => `${p} signed a memorandum of understanding on cooperation in ${t}.`,
  agreement: (p, t) => `${p} signed an agreement to cooperate on ${t}.`,
  strategic_partnership: (p, t) => `${p} agreed to build a strategic partnership in ${t}.`,
  comprehensive_strategic_partnership: (p, t) =>
    `${p} upgraded their relations to a comprehensive strategic partnership that covers ${t}.`,
  bilateral_cooperation: (p, t) => `${p} agreed to step up bilateral cooperation in ${t}.`,
  project: (p, t) => `${p} launched a joint project on ${t}.`,
  joint_research: (p, t) => `${p} will carry out joint research on ${t}.`,
  network: (p, t) => `${p} formed a network for research and innovation in ${t}.`,
};

const partnershipFollowUps = [
  (_n: Namer, _p: PartnershipNode, r: Random) =>
    `Under the plan, the partners will exchange researchers, share data and co-fund pilot projects over the next ${r.int(2, 6)} years.`,
  (n: Namer, p: PartnershipNode) =>
    `The cooperation builds on earlier contacts between the two sides in ${n.tech(p.technologies[p.technologies.length - 1]!)}.`,
  () => `Both sides pledged to involve universities and start-ups in the work.`,
  (_n: Namer, _p: PartnershipNode, r: Random) =>
    `Funding of ${r.int(2, 90)} million US dollars has been set aside for the first phase.`,
  () => `A joint steering committee will review progress every year.`,
  (_n: Namer, p: PartnershipNode) =>
    `Officials said the first results were expected within two years, starting from ${p.startedOn!.slice(0, 4)}.`,
];

const padding = [
  (n: Namer, c: Context) =>
    `Analysts note that demand for ${n.tech(c.technology)} has grown quickly across the region.`,
  () => `Experts say skills shortages remain the main obstacle to faster progress.`,
  () => `Universities and companies have been invited to submit proposals by the end of the year.`,
  () => `The initiative is part of a wider push to strengthen science, technology and innovation.`,
  () => `Observers expect more agreements of this kind in the coming years.`,
  () => `Training for young researchers and engineers is a central part of the plan.`,
  () => `Officials stressed that results should reach businesses and the public quickly.`,
  () => `Several of the participants have worked together before on smaller projects.`,
  () => `Questions about intellectual property and data protection will be settled in separate agreements.`,
];

interface Context {
  technology: TechnologyNode;
}

export class ArticleWriter {
  private readonly slugs = new UniqueSlugs();
  private readonly hashes = new Set<string>();

  constructor(
    private readonly seed: number,
    private readonly times: Float64Array,
    private readonly facts: (Fact[] | undefined)[],
    private readonly actors: ActorChooser,
    private readonly technologies: TechnologyChooser,
    private readonly world: World,
    private readonly areaSlug: (technology: TechnologyNode) => string,
  ) {}

  /** Article `id`, written the same way whatever else was written before (its own random stream). */
  write(id: number): WrittenArticle {
    const random = randomStream(this.seed, 'article', id);
    const facts = this.facts[id] ?? [];
    const published = this.times[id]!;
    const body = new Body();
    const evidence: WrittenEvidence[] = [];
    const lead = facts[0];
    const context: Context = { technology: lead === undefined ? this.technologies.draw(random) : technologyOf(lead) };
    let headline: string;
    let dateline: string;
    if (lead === undefined) {
      const topic = this.background(random, body, context);
      headline = topic.headline;
      dateline = topic.place.cities[0]!;
    } else {
      dateline = cityOf(lead);
      // Later coverage of a fact gets a headline of its own, not the first report's again.
      headline = lead.node.articleIds[0] === id ? headlineOf(lead, random) : followUpHeadline(lead, random);
      facts.forEach((fact, i) => {
        if (i > 0) body.paragraph();
        const key = body.say((n) => keySentence(n, fact, published))!;
        evidence.push({
          fact,
          excerpt: key.sentence,
          spanStart: key.start,
          spanEnd: key.end,
          confidence: random.int(60, 100) / 100,
        });
        this.elaborate(random, body, fact, i === 0);
      });
    }
    const summary = evidence.length > 0 ? summaryOf(evidence) : body.text.split('\n\n')[0]!;
    // Extra mentions that no fact explains, as real articles compare with other countries.
    body.paragraph();
    if (random.chance(0.5))
      body.say((n) => `Similar programmes are under way in ${n.place(this.world.draw(random))}.`, MAX_BODY);
    if (random.chance(0.4))
      body.say(
        (n) =>
          `The move comes as governments compete to attract investment in ${n.tech(this.technologies.draw(random))}.`,
        MAX_BODY,
      );
    if (random.chance(0.15))
      body.say((n) => `${n.actor(this.actors.draw(random))} has pursued similar work in recent years.`, MAX_BODY);
    const target = random.int(MIN_BODY + 40, MAX_BODY - 100);
    for (const line of random.shuffle([...padding])) {
      if (body.text.length >= target) break;
      body.say((n) => line(n, context), MAX_BODY);
    }
    const text = `${dateline.toUpperCase()} — ${body.text}`;
    const shift = dateline.length + 3;
    for (const e of evidence) {
      e.spanStart += shift;
      e.spanEnd += shift;
    }
    const section =
      lead === undefined || random.chance(0.2)
        ? random.pick(sections)
        : (sectionsByArea[this.areaSlug(context.technology)] ?? 'Technology');
    const outlet = random.pick(outlets);
    const slug = this.slugs.take(headline);
    const date = isoDate(published);
    const hash = contentHash(text);
    const unique = !this.hashes.has(hash);
    this.hashes.add(hash);
    const tagTechnologies = [...body.technologies.keys()].slice(0, 3).map((t) => t.name);
    const tagCountries = [...body.countries.keys()].slice(0, 2).map((p) => p.name);
    return {
      id,
      slug,
      url: `https://${slugify(outlet)}.example/${slugify(section)}/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}`,
      title: headline,
      source: outlet,
      section,
      author: random.chance(0.85) ? personName(random, random.chance(0.6) ? 'english' : 'vietnamese') : null,
      publishedAt: isoTimestamp(published),
      summary,
      body: text,
      tags: [...new Set([...tagTechnologies, ...tagCountries])],
      themes: random.shuffle([...themes]).slice(0, random.int(1, 2)),
      contentHash: unique ? hash : null,
      evidence,
      actors: body.actors,
      countries: body.countries,
      technologies: body.technologies,
    };
  }

  /** An article that reports no fact: an outlook on a technology in a country, quoting one actor. */
  private background(random: Random, body: Body, context: Context): { headline: string; place: Place } {
    const actor = this.actors.draw(random);
    const place = actor.place ?? this.world.draw(random);
    const t = context.technology;
    body.say(
      (n) => `${n.place(place)} is preparing a national plan for ${n.tech(t)} as competition in the field grows.`,
    );
    body.say((n) => `${n.actor(actor)} is among those consulted on the draft.`);
    if (random.chance(0.6)) {
      const other = this.technologies.draw(random);
      if (other !== t) body.say((n) => `The plan also touches on ${n.tech(other)}.`);
    }
    const headline = random.weighted<() => string>([
      [() => `${place.name} sets out plans for ${t.name}`, 3],
      [() => `Why ${t.name} matters for ${place.name}`, 2],
      [() => `${headlineName(actor)} weighs in on ${place.name}'s ${t.name} strategy`, 2],
      [() => `Analysis: ${place.adjective} ambitions in ${t.name}`, 1],
    ])();
    return { headline, place };
  }

  /** The sentences after a fact's key sentence: countries and context for the lead, a line for the rest. */
  private elaborate(random: Random, body: Body, fact: Fact, isLead: boolean): void {
    if (fact.kind === 'partnership') {
      const places = placesOf(fact.node.parties.map((p) => p.actor));
      if (places.length > 1) body.say((n) => `The partnership links institutions in ${n.placeList(places)}.`, MAX_BODY);
      else if (places.length === 1) body.say((n) => `All partners are based in ${n.place(places[0]!)}.`, MAX_BODY);
      const lines = random.shuffle([...partnershipFollowUps]).slice(0, isLead ? 2 : 1);
      for (const line of lines) body.say((n) => line(n, fact.node, random), MAX_BODY);
    } else if (fact.kind === 'event') {
      const e = fact.node;
      body.say((n) => `Delegates discussed ${n.tech(e.technology)} and ways to turn research into products.`, MAX_BODY);
      if (isLead && e.partnerships.length > 1)
        body.say(() => `The event also marked the ${e.partnerships[1]!.title}.`, MAX_BODY);
    } else {
      const f = fact.node;
      if (isLead)
        body.say((n) => `${n.actor(f.person)} has worked on ${n.tech(f.person.focus)} for many years.`, MAX_BODY);
    }
  }
}

function keySentence(n: Namer, fact: Fact, published: number): string {
  switch (fact.kind) {
    case 'partnership': {
      const p = fact.node;
      if (p.kind === 'comprehensive_strategic_partnership') {
        const places = placesOf(p.parties.map((x) => x.actor));
        if (places.length === p.parties.length) {
          for (const x of p.parties) n.actors.push(x.actor);
          return partnershipLeads[p.kind](n.placeList(places), n.techList(p.technologies));
        }
      }
      return partnershipLeads[p.kind](n.actorList(p.parties.map((x) => x.actor)), n.techList(p.technologies));
    }
    case 'event': {
      const e = fact.node;
      const when = e.occurredOn === isoDate(published) ? 'today' : `on ${longDate(e.occurredOn!)}`;
      return `${e.title} was held in ${e.city}, ${n.place(e.place)}, ${when}, bringing together ${n.actorList(e.participants.map((p) => p.actor))}.`;
    }
    case 'affiliation': {
      const f = fact.node;
      const place = f.person.place;
      const where =
        f.organization === null ? (place === null ? '' : ` of ${n.place(place)}`) : ` of ${n.actor(f.organization)}`;
      return `${n.actor(f.person)}, ${f.title}${where}, said that cooperation in ${n.tech(f.person.focus)} was a priority.`;
    }
  }
}

function headlineOf(fact: Fact, random: Random): string {
  switch (fact.kind) {
    case 'partnership':
      return partnershipHeadline(fact.node);
    case 'event': {
      const e = fact.node;
      const [first, second] = e.participants.map((p) => headlineName(p.actor));
      if (e.kind === 'meeting' || e.kind === 'visit')
        return `${first} and ${second} meet in ${e.city} to discuss ${e.technology.name}`;
      return random.chance(0.5) ? `${e.title} opens in ${e.city}` : `${e.title}: ${e.technology.name} in focus`;
    }
    case 'affiliation':
      return `${titleCase(fact.node.title)} ${fact.node.person.name} calls for closer cooperation in ${fact.node.person.focus.name}`;
  }
}

function partnershipHeadline(p: PartnershipNode): string {
  const actors = p.parties.map((x) => x.actor);
  const names =
    actors.length > 2
      ? `${headlineName(actors[0]!)}, ${headlineName(actors[1]!)} and partners`
      : joinNames(actors.map(headlineName));
  const t = p.technologies[0]!.name;
  const countries = placesOf(actors).map((x) => x.name);
  switch (p.kind) {
    case 'mou':
      return `${names} sign MoU on ${t}`;
    case 'agreement':
      return `${names} agree to cooperate on ${t}`;
    case 'comprehensive_strategic_partnership':
    case 'bilateral_cooperation':
      return countries.length >= 2
        ? `${joinNames(countries.slice(0, 2))} deepen cooperation in ${t}`
        : `${names} step up cooperation in ${t}`;
    case 'strategic_partnership':
      return `${names} forge strategic partnership in ${t}`;
    case 'project':
      return `${headlineName(actors[0]!)} launches ${t} project with ${actors.length > 2 ? 'partners' : headlineName(actors[1]!)}`;
    case 'joint_research':
      return `${names} team up on ${t} research`;
    case 'network':
      return `New ${t} network brings together ${names}`;
  }
}

function followUpHeadline(fact: Fact, random: Random): string {
  let subject: string;
  if (fact.kind === 'partnership') {
    const [first, second] = fact.node.parties.map((p) => headlineName(p.actor));
    subject = `the ${fact.node.technologies[0]!.name} deal between ${first} and ${second}`;
  } else if (fact.kind === 'event') {
    subject = `the ${fact.node.kind === 'signing' ? 'signing ceremony' : fact.node.kind} in ${fact.node.city}`;
  } else {
    subject = `${possessive(fact.node.person.name)} appointment`;
  }
  return random.weighted<() => string>([
    [() => `What ${subject} means for the sector`, 2],
    [() => `After ${subject}: the next steps`, 2],
    [() => `Reactions to ${subject}`, 1],
    [() => `A closer look at ${subject}`, 1],
  ])();
}

function summaryOf(evidence: WrittenEvidence[]): string {
  const first = evidence[0]!.excerpt;
  const second = evidence[1]?.excerpt;
  return second !== undefined && first.length + second.length < 400 ? `${first} ${second}` : first;
}

const themes = [
  'international cooperation',
  'research and development',
  'innovation policy',
  'digital economy',
  'energy transition',
  'higher education',
  'industry',
];

const sectionsByArea: Record<string, string> = {
  energy: 'Energy',
  'climate-technology': 'Energy',
  'digital-transformation': 'Digital',
  'information-technology': 'Digital',
  telecommunications: 'Digital',
  biotechnology: 'Science',
  'quantum-technology': 'Science',
  'space-technology': 'Science',
  materials: 'Science',
};

function technologyOf(fact: Fact): TechnologyNode {
  switch (fact.kind) {
    case 'partnership':
      return fact.node.technologies[0]!;
    case 'event':
      return fact.node.technology;
    case 'affiliation':
      return fact.node.person.focus;
  }
}

function cityOf(fact: Fact): string {
  switch (fact.kind) {
    case 'event':
      return fact.node.city;
    case 'partnership':
      return fact.node.parties.find((p) => p.actor.place !== null)?.actor.place?.cities[0] ?? 'Geneva';
    case 'affiliation':
      return fact.node.person.place?.cities[0] ?? 'Geneva';
  }
}

function placesOf(actors: ActorNode[]): Place[] {
  return [...new Set(actors.map((a) => a.place).filter((p): p is Place => p !== null))];
}

/** A short name for headlines: an organisation's acronym or brand, or its full name. */
function headlineName(actor: ActorNode): string {
  if ((actor.kind === 'intergovernmental' || actor.kind === 'company') && actor.aliases[0] !== undefined)
    return actor.aliases[0];
  return actor.display;
}

/** "29 September 2025". */
function longDate(isoDay: string): string {
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
