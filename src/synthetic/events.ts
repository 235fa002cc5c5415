// Synthetic events. Some serve partnerships (a signing ceremony with the parties as signatories,
// a forum where a second agreement of the same host is announced); the others gather two to
// six hub-weighted actors, people included. Titles carry the year, so they are written once
// the dates are known (nameEvents).
import type { EventKind } from '../../schema/tables.ts';
import type { ActorNode } from './actors.ts';
import type { ActorChooser } from './hubs.ts';
import type { PartnershipNode } from './partnerships.ts';
import type { Place, World } from './places.ts';
import type { Random } from './random.ts';
import { joinNames, titleCase, UniqueSlugs } from './slugs.ts';
import type { TechnologyChooser } from './technology-chooser.ts';
import type { TechnologyNode } from './taxonomy.ts';

interface Participant {
  actor: ActorNode;
  role: string;
}

export interface EventNode {
  id: number;
  slug: string;
  title: string;
  kind: EventKind;
  place: Place;
  city: string;
  description: string;
  participants: Participant[];
  partnerships: PartnershipNode[];
  /** What the event was about. */
  technology: TechnologyNode;
  /** Ids of the supporting articles, oldest first (set by evidence.ts); may be empty. */
  articleIds: number[];
  occurredOn: string | null;
}

const partnershipEventKinds: [EventKind, number][] = [
  ['signing', 50],
  ['meeting', 20],
  ['visit', 10],
  ['workshop', 10],
  ['forum', 10],
];
const otherEventKinds: [EventKind, number][] = [
  ['forum', 18],
  ['conference', 16],
  ['workshop', 18],
  ['meeting', 20],
  ['dialogue', 8],
  ['exhibition', 6],
  ['visit', 14],
];

export function generateEvents(
  random: Random,
  count: number,
  partnerships: PartnershipNode[],
  participants: ActorChooser,
  technologies: TechnologyChooser,
  world: World,
): EventNode[] {
  // The partnerships each actor leads, and where each partnership sits in its leader's list.
  const partnershipsOf = new Map<ActorNode, PartnershipNode[]>();
  const positionOf = new Map<PartnershipNode, number>();
  for (const p of partnerships) {
    const host = p.parties[0]!.actor;
    const list = partnershipsOf.get(host) ?? [];
    if (list.length === 0) partnershipsOf.set(host, list);
    positionOf.set(p, list.length);
    list.push(p);
  }
  const result: EventNode[] = [];
  for (let id = 1; id <= count; id++) {
    let kind: EventKind;
    let people: Participant[];
    let served: PartnershipNode[] = [];
    let technology: TechnologyNode;
    if (partnerships.length > 0 && random.chance(0.4)) {
      const partnership = random.pick(partnerships);
      served = [partnership];
      kind = random.weighted(partnershipEventKinds);
      technology = partnership.technologies[0]!;
      people = partnership.parties.map(({ actor }, i) => ({
        actor,
        role: kind === 'signing' ? 'signatory' : i === 0 ? 'host' : 'participant',
      }));
      const guests = participants
        .drawDistinct(random, people.length + random.int(0, 2), false)
        .filter((a) => !people.some((p) => p.actor === a));
      for (const actor of guests.slice(0, 6 - people.length))
        people.push({ actor, role: random.pick(['speaker', 'guest', 'witness', 'participant']) });
      // A forum where the host also announces another of its agreements.
      const hosted = partnershipsOf.get(partnership.parties[0]!.actor)!;
      if (hosted.length > 1 && random.chance(0.1)) {
        // One of the host's other partnerships, drawn uniformly: an index into the list with
        // this one left out, without copying a hub's thousands of partnerships.
        const index = Math.floor(random.next() * (hosted.length - 1));
        served.push(hosted[index < positionOf.get(partnership)! ? index : index + 1]!);
      }
    } else {
      kind = random.weighted(otherEventKinds);
      const actors = participants.drawDistinct(
        random,
        random.weighted([
          [2, 25],
          [3, 25],
          [4, 20],
          [5, 15],
          [6, 15],
        ]),
        false,
      );
      people = actors.map((actor, i) => ({
        actor,
        role:
          i === 0 ? 'host' : kind === 'visit' && i === 1 ? 'guest' : random.chance(0.25) ? 'speaker' : 'participant',
      }));
      technology = random.chance(0.5) ? actors[0]!.focus : technologies.draw(random);
    }
    const place = people[0]!.actor.place ?? world.draw(random);
    result.push({
      id,
      slug: '',
      title: '',
      kind,
      place,
      city: random.pick(place.cities),
      description: '',
      participants: people,
      partnerships: served,
      technology,
      articleIds: [],
      occurredOn: null,
    });
  }
  return result;
}

/** Titles, slugs and descriptions, once each event has its date. */
export function nameEvents(random: Random, events: EventNode[]): void {
  const slugs = new UniqueSlugs();
  for (const event of events) {
    const year = event.occurredOn!.slice(0, 4);
    const [first, second] = event.participants.map((p) => p.actor.display);
    const t = titleCase(event.technology.name);
    const otherCountry = event.participants.map((p) => p.actor.place).find((p) => p !== null && p !== event.place);
    const pair = otherCountry ? `${event.place.name}–${otherCountry.name}` : event.place.adjective;
    switch (event.kind) {
      case 'signing':
        event.title = `Signing ceremony: ${event.partnerships[0]!.title}`;
        break;
      case 'forum':
        event.title = `${pair} ${t} Forum ${year}`;
        break;
      case 'conference':
        event.title = `International Conference on ${t} ${year}`;
        break;
      case 'workshop':
        event.title = `Workshop on ${event.technology.name} in ${event.city}`;
        break;
      case 'visit':
        event.title =
          event.participants[0]!.actor.kind === 'person'
            ? `${first} visits ${second}`
            : `${first} delegation visits ${second}`;
        break;
      case 'meeting':
        event.title = `Meeting between ${first} and ${second}`;
        break;
      case 'dialogue':
        event.title = `${pair} Science and Technology Dialogue ${year}`;
        break;
      case 'exhibition':
        event.title = `${event.city} ${t} Expo ${year}`;
        break;
    }
    // The year keeps the slugs of yearly meetings apart; most titles with a year already say it.
    event.slug = slugs.take(event.title.includes(year) ? event.title : `${event.title} ${year}`);
    const names = joinNames(event.participants.map((p) => p.actor.display));
    event.description = random.chance(0.5)
      ? `${names} met in ${event.city} to discuss ${event.technology.name}.`
      : `Held in ${event.city}, ${event.place.name}, with ${names}.`;
  }
}
