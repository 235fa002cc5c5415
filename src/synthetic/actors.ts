// Synthetic actors of every kind, with countries skewed as in places.ts, organisations under
// their parents (a department under its ministry, an institute under its academy), and a flag
// on the national bodies that become the graph's hubs.
import type { ActorKind } from '../../schema/tables.ts';
import {
  brandName,
  intergovernmentalBodies,
  ministryDomains,
  personName,
  professions,
  researchFields,
  universityFields,
} from './names.ts';
import type { Place, World } from './places.ts';
import type { Plan } from './plan.ts';
import type { Random } from './random.ts';
import { acronym, titleCase, UniqueSlugs } from './slugs.ts';
import type { TechnologyNode } from './taxonomy.ts';

export interface ActorNode {
  id: number;
  slug: string;
  name: string;
  kind: ActorKind;
  place: Place | null;
  parentId: number | null;
  description: string | null;
  aliases: string[];
  /** The technology the actor is best known for; partnerships lean towards it. */
  focus: TechnologyNode;
  /** A national body likely to sign far more than its share of agreements. */
  hub: boolean;
  /** How articles and titles name the actor: a ministry with its country, since every country has one. */
  display: string;
}

interface Draft extends Omit<ActorNode, 'id' | 'slug' | 'parentId' | 'display'> {
  parent: number | null;
  slugText: string;
}

/** Words for a company's line of business, by top-level technology area. */
const sectors: Record<string, string> = {
  'artificial-intelligence': 'AI',
  semiconductors: 'Semiconductor',
  'quantum-technology': 'Quantum',
  energy: 'Energy',
  telecommunications: 'Telecom',
  'space-technology': 'Space Systems',
  biotechnology: 'Biotech',
  materials: 'Materials',
  'digital-transformation': 'Digital',
  'information-technology': 'Software',
  electronics: 'Electronics',
  robotics: 'Robotics',
  'advanced-manufacturing': 'Manufacturing',
  'climate-technology': 'Cleantech',
  'agricultural-technology': 'AgriTech',
};

/** How many hub-worthy bodies of each country: those of the busiest countries only. */
const HUB_COUNTRIES = 12;

export function generateActors(
  random: Random,
  plan: Plan,
  world: World,
  drawTechnology: (random: Random) => TechnologyNode,
  areaSlug: (technology: TechnologyNode) => string,
): ActorNode[] {
  const drafts: Draft[] = [];
  const hubCountries = new Set(world.leading(HUB_COUNTRIES).map((p) => p.code));
  const perCountry = new Map<string, number>();
  /** How many actors of this kind the country has so far (counted per kind and country). */
  const nth = (kind: ActorKind, place: Place) => {
    const key = `${kind}:${place.code}`;
    const n = perCountry.get(key) ?? 0;
    perCountry.set(key, n + 1);
    return n;
  };
  const ministries = new Map<string, number>();
  const academies = new Map<string, number>();
  const universities = new Map<string, number[]>();
  const add = (draft: Omit<Draft, 'focus' | 'hub'> & { focus?: TechnologyNode; hub?: boolean }) => {
    drafts.push({ ...draft, focus: draft.focus ?? drawTechnology(random), hub: draft.hub ?? false });
    return drafts.length - 1;
  };
  const city = (place: Place) => random.pick(place.cities);
  const tech = () => drawTechnology(random);
  const k = plan.actorKinds;

  for (const place of world.leading(k.state)) {
    add({
      name: place.name,
      slugText: place.name,
      kind: 'state',
      place,
      parent: null,
      description: `The state of ${place.name} as a party to intergovernmental agreements.`,
      aliases: [],
      hub: hubCountries.has(place.code),
    });
  }
  for (const body of intergovernmentalBodies.slice(0, k.intergovernmental)) {
    add({
      name: body.name,
      slugText: body.name,
      kind: 'intergovernmental',
      place: null,
      parent: null,
      description: body.description,
      aliases: [body.acronym],
      hub: true,
    });
  }

  for (let i = 0; i < k.government_body; i++) {
    const place = world.draw(random);
    const n = nth('government_body', place);
    const focus = tech();
    let name: string;
    let parent: number | null = null;
    let description: string;
    const ministryDomain = ministryDomains[n];
    if (ministryDomain !== undefined) {
      name = `Ministry of ${ministryDomain}`;
      description = `Government ministry of ${place.name} responsible for ${ministryDomain.toLowerCase()}.`;
    } else {
      const pattern = random.next();
      if (pattern < 0.5) {
        const domain = random.pick(ministryDomains.slice(0, 8));
        const where = city(place);
        name = `${where} Department of ${domain}`;
        parent = ministries.get(`${place.code}:${domain}`) ?? null;
        description = `Provincial department in ${where}, ${place.name}, for ${domain.toLowerCase()}.`;
      } else {
        name =
          pattern < 0.8
            ? `National Agency for ${titleCase(focus.baseName)}`
            : `National Centre for ${titleCase(focus.baseName)} Development`;
        parent = ministries.get(`${place.code}:${ministryDomains[0]}`) ?? null;
        description = `Public body of ${place.name} that funds and coordinates work on ${focus.name}.`;
      }
    }
    const index = add({
      name,
      slugText: `${name} ${place.code}`,
      kind: 'government_body',
      place,
      parent,
      description,
      aliases: aliasesOf(name),
      focus,
      hub: ministryDomain !== undefined && n === 0 && hubCountries.has(place.code),
    });
    if (ministryDomain !== undefined) ministries.set(`${place.code}:${ministryDomain}`, index);
  }

  for (let i = 0; i < k.university; i++) {
    const place = world.draw(random);
    const n = nth('university', place);
    const where = city(place);
    const capital = place.cities[0]!;
    const name =
      n === 0
        ? `${capital} National University`
        : n === 1
          ? `${place.name} University of Science and Technology`
          : random.weighted<() => string>([
              [() => `${where} University of Technology`, 3],
              [() => `University of ${where}`, 2],
              [() => `${where} University of ${random.pick(universityFields)}`, 3],
              [() => `${where} Institute of Technology`, 2],
              [() => `${brandName(random)} University`, 2],
            ])();
    const focus = tech();
    const index = add({
      name,
      slugText: name,
      kind: 'university',
      place,
      parent: null,
      description: `University in ${n === 0 ? capital : where}, ${place.name}, with research in ${focus.name}.`,
      aliases: aliasesOf(name),
      focus,
      hub: n === 0 && hubCountries.has(place.code),
    });
    const own = universities.get(place.code);
    if (own === undefined) universities.set(place.code, [index]);
    else own.push(index);
  }

  for (let i = 0; i < k.research_institute; i++) {
    const place = world.draw(random);
    const n = nth('research_institute', place);
    const focus = tech();
    if (n === 0) {
      const name = `${place.adjective} Academy of Sciences`;
      const index = add({
        name,
        slugText: name,
        kind: 'research_institute',
        place,
        parent: null,
        description: `National academy of sciences of ${place.name}.`,
        aliases: aliasesOf(name),
        focus,
        hub: hubCountries.has(place.code),
      });
      academies.set(place.code, index);
      continue;
    }
    const pattern = random.next();
    const ownUniversities = universities.get(place.code) ?? [];
    let name: string;
    let parent: number | null = null;
    if (pattern < 0.4) {
      name = `Institute of ${random.pick(researchFields)}`;
      parent = academies.get(place.code) ?? null;
    } else if (pattern < 0.6 && ownUniversities.length > 0) {
      parent = random.pick(ownUniversities);
      name = `Centre for ${titleCase(focus.baseName)} Research, ${drafts[parent]!.name}`;
    } else if (pattern < 0.85) {
      name = `${city(place)} Centre for ${titleCase(focus.baseName)} Research`;
    } else {
      name = `${brandName(random)} Research Institute`;
    }
    add({
      name,
      slugText: parent === null ? name : `${name} ${place.code}`,
      kind: 'research_institute',
      place,
      parent,
      description: `Research institute in ${place.name} working on ${focus.name}.`,
      aliases: aliasesOf(name.split(',')[0]!),
      focus,
    });
  }

  for (let i = 0; i < k.company; i++) {
    const place = world.draw(random);
    const focus = tech();
    const brand = brandName(random);
    const name = random.chance(0.1)
      ? `${brand} Group`
      : `${brand} ${sectors[areaSlug(focus)] ?? 'Technologies'} ${place.companySuffix}`;
    add({
      name,
      slugText: name,
      kind: 'company',
      place,
      parent: null,
      description: `Company in ${place.name} working on ${focus.name}.`,
      aliases: [brand],
      focus,
    });
  }

  for (let i = 0; i < k.association; i++) {
    const place = world.draw(random);
    const focus = tech();
    const name = random.weighted<() => string>([
      [() => `${place.adjective} ${titleCase(focus.baseName)} Association`, 4],
      [() => `${city(place)} Chamber of Commerce and Industry`, 2],
      [() => `${place.name} Association of ${random.pick(professions)}`, 3],
      [() => `${titleCase(focus.baseName)} Industry Alliance of ${place.name}`, 2],
    ])();
    add({
      name,
      slugText: name,
      kind: 'association',
      place,
      parent: null,
      description: `Association in ${place.name} for ${focus.name}.`,
      aliases: aliasesOf(name),
      focus,
    });
  }

  for (let i = 0; i < k.person; i++) {
    const place = world.draw(random);
    const focus = tech();
    const name = personName(random, place.nameStyle);
    add({
      name,
      slugText: name,
      kind: 'person',
      place,
      parent: null,
      description: random.chance(0.3) ? `${place.adjective} specialist in ${focus.name}.` : null,
      aliases: [],
      focus,
    });
  }

  // Ids in a shuffled order, as in a database filled over time, not grouped by kind.
  const order = random.shuffle(drafts.map((_, i) => i));
  const idOf = new Int32Array(drafts.length);
  order.forEach((draftIndex, position) => {
    idOf[draftIndex] = position + 1;
  });
  const slugs = new UniqueSlugs();
  return order.map((draftIndex, position) => {
    const { parent, slugText, ...draft } = drafts[draftIndex]!;
    return {
      ...draft,
      id: position + 1,
      slug: slugs.take(slugText),
      parentId: parent === null ? null : idOf[parent]!,
      display: displayOf(draft),
    };
  });
}

/** "Vietnam's", "United States'". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

function aliasesOf(name: string): string[] {
  const initials = acronym(name);
  return initials === null || initials.length < 3 ? [] : [initials];
}

function displayOf(actor: Pick<ActorNode, 'kind' | 'name' | 'place'>): string {
  if (actor.kind === 'government_body' && actor.place !== null && /^(Ministry|National) /.test(actor.name)) {
    return `${possessive(actor.place.name)} ${actor.name}`;
  }
  return actor.name;
}
