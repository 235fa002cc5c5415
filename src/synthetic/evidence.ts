// Which articles support which facts, and the dates that follow from them. Article ids run in
// publication order, so "nearby" ids are articles of the same days. Every fact gets its own
// first article while there are articles left (so most articles report something), and
// follow-up coverage comes from the days just after. A partnership starts shortly before its
// first article; a signing ceremony happens the day its partnership is first reported.
import type { AffiliationNode } from './affiliations.ts';
import type { EventNode } from './events.ts';
import type { PartnershipNode } from './partnerships.ts';
import type { Random } from './random.ts';

export type Fact =
  | { kind: 'partnership'; node: PartnershipNode }
  | { kind: 'event'; node: EventNode }
  | { kind: 'affiliation'; node: AffiliationNode };

const FIRST = Date.UTC(2015, 0, 1) / 1000;
const LAST = Date.UTC(2026, 9, 31, 23, 59, 59) / 1000;
const DAY = 86_400;
const MAX_FACTS_PER_ARTICLE = 3;

/**
 * Publication times in seconds, strictly increasing, spread over 2015–2026 with more articles
 * in later years (news volume grows): t = first + span * u^0.7 for evenly jittered u.
 */
export function publicationTimes(random: Random, count: number): Float64Array {
  const times = new Float64Array(count + 1); // index = article id; 0 unused
  let previous = FIRST - 1;
  for (let id = 1; id <= count; id++) {
    const u = (id - 1 + random.next()) / count;
    const t = Math.max(previous + 1, FIRST + Math.floor((LAST - FIRST) * u ** 0.7));
    times[id] = t;
    previous = t;
  }
  return times;
}

export function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

export function isoTimestamp(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`;
}

/** Fills in the `articleIds` and dates of every fact, and returns the facts of each article (index = article id). */
export function assignEvidence(
  random: Random,
  times: Float64Array,
  partnerships: PartnershipNode[],
  events: EventNode[],
  affiliations: AffiliationNode[],
): (Fact[] | undefined)[] {
  const articleCount = times.length - 1;
  const firsts = random.shuffle(Array.from({ length: articleCount }, (_, i) => i + 1));
  let next = 0;
  // How many facts each article reports already: follow-up coverage goes to articles with
  // room, so that bodies stay around 1.5 KB at most.
  const load = new Uint8Array(articleCount + 1);
  const take = (id: number) => {
    load[id] = Math.min(255, load[id]! + 1);
    return id;
  };
  const fresh = () => take(next < firsts.length ? firsts[next++]! : random.int(1, articleCount));
  const window = Math.max(2, Math.round(articleCount / 400));
  const nearby = (ids: number[]) => {
    const first = ids[0]!;
    for (let attempt = 0; attempt < 4; attempt++) {
      const step = random.int(1, window);
      const id = first + step <= articleCount ? first + step : Math.max(1, first - step);
      if (!ids.includes(id) && load[id]! < MAX_FACTS_PER_ARTICLE) {
        ids.push(take(id));
        return;
      }
    }
  };
  const dayOf = (articleId: number) => times[articleId]!;

  for (const p of partnerships) {
    p.articleIds.push(fresh());
    const more = random.weighted([
      [0, 50],
      [1, 35],
      [2, 15],
    ]);
    for (let i = 0; i < more; i++) nearby(p.articleIds);
    p.articleIds.sort((a, b) => a - b);
    p.startedOn = isoDate(dayOf(p.articleIds[0]!) - random.int(0, 20) * DAY);
  }
  for (const e of events) {
    const served = e.partnerships[0];
    if (served !== undefined) {
      // The article that reports the agreement also reports the ceremony.
      e.articleIds.push(take(served.articleIds[0]!));
      if (random.chance(0.3)) nearby(e.articleIds);
      e.occurredOn = isoDate(dayOf(served.articleIds[0]!) - random.int(0, 1) * DAY);
      // An agreement starts the day it is signed.
      if (e.kind === 'signing') served.startedOn = e.occurredOn;
    } else if (random.chance(0.7)) {
      e.articleIds.push(fresh());
      if (random.chance(0.3)) nearby(e.articleIds);
      e.occurredOn = isoDate(dayOf(e.articleIds[0]!) - random.int(0, 3) * DAY);
    } else {
      e.occurredOn = isoDate(FIRST + random.int(0, Math.floor((LAST - FIRST) / DAY)) * DAY);
    }
    e.articleIds.sort((a, b) => a - b);
  }
  for (const f of affiliations) {
    f.articleIds.push(fresh());
    if (random.chance(0.3)) nearby(f.articleIds);
    f.articleIds.sort((a, b) => a - b);
    if (random.chance(0.6)) {
      const started = dayOf(f.articleIds[0]!) - random.int(0, 900) * DAY;
      f.startedOn = isoDate(started);
      if (random.chance(0.15)) f.endedOn = isoDate(Math.min(LAST, started + random.int(200, 1500) * DAY));
    }
  }

  const facts: (Fact[] | undefined)[] = new Array(articleCount + 1);
  const add = (articleId: number, fact: Fact) => {
    let list = facts[articleId];
    if (list === undefined) {
      list = [];
      facts[articleId] = list;
    }
    list.push(fact);
  };
  for (const node of partnerships) for (const id of node.articleIds) add(id, { kind: 'partnership', node });
  for (const node of events) for (const id of node.articleIds) add(id, { kind: 'event', node });
  for (const node of affiliations) for (const id of node.articleIds) add(id, { kind: 'affiliation', node });
  return facts;
}
