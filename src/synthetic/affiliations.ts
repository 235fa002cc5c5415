// Synthetic positions of people at organisations, mostly of their own country, with a title
// that fits the kind of organisation; a few name no organisation ("Deputy Prime Minister").
import type { ActorNode } from './actors.ts';
import { titlesByKind, unattachedTitles } from './names.ts';
import type { Random } from './random.ts';

export interface AffiliationNode {
  id: number;
  person: ActorNode;
  organization: ActorNode | null;
  title: string;
  /** Ids of the supporting articles, oldest first (set by evidence.ts). */
  articleIds: number[];
  startedOn: string | null;
  endedOn: string | null;
}

export function generateAffiliations(random: Random, count: number, actors: ActorNode[]): AffiliationNode[] {
  const people = random.shuffle(actors.filter((a) => a.kind === 'person'));
  const organisations = actors.filter((a) => titlesByKind[a.kind] !== undefined);
  if (people.length === 0 || organisations.length === 0) return [];
  const byCountry = new Map<string, ActorNode[]>();
  for (const o of organisations) {
    if (o.place === null) continue;
    const list = byCountry.get(o.place.code);
    if (list === undefined) byCountry.set(o.place.code, [o]);
    else list.push(o);
  }
  const taken = new Set<string>();
  const result: AffiliationNode[] = [];
  // Every person gets a first position before anyone gets a second.
  for (let i = 0; result.length < count && i < count * 4; i++) {
    const person = people[i % people.length]!;
    let organization: ActorNode | null = null;
    let title: string;
    if (random.chance(0.05)) {
      title = random.pick(unattachedTitles);
    } else {
      const domestic = person.place === null ? undefined : byCountry.get(person.place.code);
      organization = domestic !== undefined && random.chance(0.85) ? random.pick(domestic) : random.pick(organisations);
      title = random.pick(titlesByKind[organization.kind]!);
    }
    const key = `${person.id}:${organization?.id ?? ''}:${title}`;
    if (taken.has(key)) continue;
    taken.add(key);
    result.push({ id: result.length + 1, person, organization, title, articleIds: [], startedOn: null, endedOn: null });
  }
  return result;
}
