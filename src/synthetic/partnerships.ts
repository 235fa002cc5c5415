// Synthetic partnerships: two to four parties drawn from the hub-weighted organisations, one to
// four technologies leaning towards the first party's focus, and the countries of the parties.
import type { PartnershipKind, PartnershipStatus } from '../../schema/tables.ts';
import type { ActorNode } from './actors.ts';
import type { ActorChooser } from './hubs.ts';
import type { Random } from './random.ts';
import { joinNames, titleCase, UniqueSlugs } from './slugs.ts';
import type { TechnologyNode } from './taxonomy.ts';
import type { TechnologyChooser } from './technology-chooser.ts';

interface Party {
  actor: ActorNode;
  role: string;
}

export interface PartnershipNode {
  id: number;
  slug: string;
  title: string;
  kind: PartnershipKind;
  status: PartnershipStatus;
  description: string;
  parties: Party[];
  technologies: TechnologyNode[];
  /** Row ids of the parties' countries, each once, in the parties' order. */
  countryIds: number[];
  /** Ids of the supporting articles, oldest first (set by evidence.ts). */
  articleIds: number[];
  startedOn: string | null;
}

const kinds: [PartnershipKind, number][] = [
  ['mou', 26],
  ['agreement', 15],
  ['strategic_partnership', 5],
  ['comprehensive_strategic_partnership', 0.4],
  ['bilateral_cooperation', 10],
  ['project', 20],
  ['joint_research', 18],
  ['network', 5],
];
const statuses: [PartnershipStatus, number][] = [
  ['signed', 35],
  ['active', 30],
  ['agreed', 12],
  ['completed', 12],
  ['proposed', 7],
  ['suspended', 4],
];
const activities = [
  'joint research, training and technology transfer',
  'researcher exchanges and shared laboratories',
  'pilot projects and co-funded start-ups',
  'data sharing, standards work and joint publications',
  'capacity building for engineers and officials',
];

export function generatePartnerships(
  random: Random,
  count: number,
  organisations: ActorChooser,
  states: ActorNode[],
  technologies: TechnologyChooser,
): PartnershipNode[] {
  const slugs = new UniqueSlugs();
  const result: PartnershipNode[] = [];
  for (let id = 1; id <= count; id++) {
    let kind = random.weighted(kinds);
    let actors: ActorNode[];
    if (kind === 'comprehensive_strategic_partnership' && states.length >= 2) {
      const first = random.pick(states);
      const second = random.pick(states.filter((s) => s !== first));
      actors = [first, second];
    } else {
      if (kind === 'comprehensive_strategic_partnership') kind = 'strategic_partnership';
      actors = organisations.drawDistinct(
        random,
        random.weighted([
          [2, 60],
          [3, 25],
          [4, 15],
        ]),
        true,
      );
    }
    const parties = actors.map((actor, i) => ({ actor, role: roleOf(kind, i, actors.length, random) }));
    const chosen = technologies.drawRelated(
      random,
      random.weighted([
        [1, 40],
        [2, 30],
        [3, 20],
        [4, 10],
      ]),
      actors[0]!.focus,
    );
    const countryIds = [...new Set(actors.flatMap((a) => (a.place === null ? [] : [a.place.id])))];
    const title = titleOf(kind, actors, chosen[0]!, random);
    result.push({
      id,
      slug: slugs.take(title),
      title,
      kind,
      status: random.weighted(statuses),
      description: `${joinNames(actors.map((a) => a.display))} agreed to cooperate on ${joinNames(chosen.map((t) => t.name))}, including ${random.pick(activities)}.`,
      parties,
      technologies: chosen,
      countryIds,
      articleIds: [],
      startedOn: null,
    });
  }
  return result;
}

function roleOf(kind: PartnershipKind, index: number, count: number, random: Random): string {
  switch (kind) {
    case 'bilateral_cooperation':
      return 'partner';
    case 'project':
      return index === 0 ? 'implementer' : index === count - 1 && count > 2 ? 'funder' : 'partner';
    case 'joint_research':
      return index === 0 ? 'host' : 'partner';
    case 'network':
      return index === 0 && random.chance(0.3) ? 'proposer' : 'partner';
    default:
      return 'signatory';
  }
}

function titleOf(kind: PartnershipKind, actors: ActorNode[], technology: TechnologyNode, random: Random): string {
  const names = joinNames(actors.map((a) => a.display));
  const countries = [...new Set(actors.map((a) => a.place?.name).filter((n): n is string => n !== undefined))];
  const t = technology.name;
  switch (kind) {
    case 'mou':
      return `MoU between ${names} on ${t}`;
    case 'agreement':
      return `Agreement on ${t} cooperation between ${names}`;
    case 'strategic_partnership':
      return `Strategic partnership in ${t} between ${names}`;
    case 'comprehensive_strategic_partnership':
      return `${countries.join('–')} comprehensive strategic partnership`;
    case 'bilateral_cooperation':
      return countries.length === 2
        ? `${countries.join('–')} cooperation in ${t}`
        : `Cooperation in ${t} between ${names}`;
    case 'project':
      return `${titleCase(t)} ${random.pick(['pilot project', 'demonstration project', 'capacity-building project', 'development project'])} by ${names}`;
    case 'joint_research':
      return `Joint research on ${t} by ${names}`;
    case 'network':
      return `${titleCase(t)} ${random.pick(['research network', 'innovation network', 'cooperation network'])} of ${names}`;
  }
}
