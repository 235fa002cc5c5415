// Entity resolution: which rows already in the database an extracted entity is. Matching is on
// slugs (diacritics folded), names and aliases (case- and diacritic-insensitive), held back by
// the country when both sides know it: a Ministry of Finance of Vietnam is not the UK's (a person
// with a distinctive full name is the exception: an article may get their country wrong).
import { and, between, eq, inArray, sql } from 'drizzle-orm';
import {
  actorMerges,
  actors,
  countries,
  eventParticipants,
  events,
  partnershipParties,
  partnerships,
  partnershipTechnologies,
  technologies,
  type Actor,
  type EventKind,
  type PartnershipKind,
} from '../../schema/tables.ts';
import type { Executor } from '../db/database.ts';
import { rowsOf } from '../db/rows.ts';
import { nameKey, slugify } from '../knowledge/text.ts';
import type { ExtractedActor } from './types.ts';

export async function countryIdsByCode(db: Executor, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ id: countries.id, code: countries.code })
    .from(countries)
    .where(inArray(countries.code, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function technologyIdsBySlug(db: Executor, slugs: string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .select({ id: technologies.id, slug: technologies.slug })
    .from(technologies)
    .where(inArray(technologies.slug, slugs));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** What resolution reads of a stored actor: not its description or search vector, which are the bulk of a row. */
export type ActorMatch = Pick<Actor, 'id' | 'slug' | 'name' | 'kind' | 'countryId' | 'aliases'>;
const actorMatchColumns = {
  id: actors.id,
  slug: actors.slug,
  name: actors.name,
  kind: actors.kind,
  countryId: actors.countryId,
  aliases: actors.aliases,
};

/** The names an extracted actor is looked up by: folded keys, and the lower-cased forms the database compares. */
function lookupKeys(actor: ExtractedActor) {
  const spellings = [actor.name, ...actor.aliases];
  return {
    names: new Set(spellings.map(nameKey)),
    // The database compares lower-cased text; the folded forms are checked again in bestMatch.
    lowered: [...new Set(spellings.flatMap((n) => [n.toLowerCase(), nameKey(n)]))],
    slugs: [...new Set([actor.key, slugify(actor.name)])],
  };
}

/** A stored actor that may be the extracted one, and whether an actor merged under one of its slugs survives as it. */
type Candidate = ActorMatch & { isSurvivor: boolean };

/**
 * Of the candidates the database returned for an extracted actor, the one it is, or null: a
 * candidate of another country, or of another kind when both are people or both are not, is not
 * the same actor. An exact name match wins, then the same kind, then the oldest row.
 */
function bestMatch(actor: ExtractedActor, countryId: number | null, candidates: Candidate[]): ActorMatch | null {
  const { names, slugs } = lookupKeys(actor);
  const compatible = candidates.filter((c) => {
    if ((c.kind === 'person') !== (actor.kind === 'person')) return false;
    if (countryId !== null && c.countryId !== null && c.countryId !== countryId && !samePersonAnyCountry(c, actor))
      return false;
    return slugs.includes(c.slug) || c.isSurvivor || [c.name, ...c.aliases].some((n) => names.has(nameKey(n)));
  });
  const exact = nameKey(actor.name);
  compatible.sort(
    (a, b) =>
      Number(nameKey(b.name) === exact) - Number(nameKey(a.name) === exact) ||
      Number(b.kind === actor.kind) - Number(a.kind === actor.kind) ||
      a.id - b.id,
  );
  const best = compatible[0];
  return best === undefined ? null : withoutSurvivorFlag(best);
}

const withoutSurvivorFlag = ({ isSurvivor: _, ...match }: Candidate): ActorMatch => match;

/**
 * The existing actor an extracted one refers to, or null. Candidates share the slug, the name or
 * an alias (any of the extracted names against any of theirs); bestMatch picks among them.
 */
export async function findActor(
  db: Executor,
  actor: ExtractedActor,
  countryId: number | null,
): Promise<ActorMatch | null> {
  // A country acting as a whole is one state actor, whatever the article calls it ("Việt Nam",
  // "the Republic of Korea", "the US government").
  if (actor.kind === 'state' && countryId !== null) {
    const [state] = await db
      .select(actorMatchColumns)
      .from(actors)
      .where(and(eq(actors.kind, 'state'), eq(actors.countryId, countryId)))
      .orderBy(actors.id)
      .limit(1);
    if (state) return state;
  }
  const { lowered, slugs } = lookupKeys(actor);
  // An actor merged away is found through its survivor. Each branch has its index (the slug's,
  // the primary key's, actors_lower_name_idx and actors_lower_aliases_idx), so the look-up stays a
  // few index probes however many actors exist; the survivors' ids are read once, as an array.
  const survivorIds = sql`array(select m.survivor_id from ${actorMerges} m where m.merged_slug in ${slugs})`;
  const candidates = await db
    .select({ ...actorMatchColumns, isSurvivor: sql<boolean>`${actors.id} = any(${survivorIds})` })
    .from(actors)
    .where(
      sql`${actors.slug} in ${slugs}
        or ${actors.id} = any(${survivorIds})
        or lower(${actors.name}) in ${lowered}
        or kg_lower_all(${actors.aliases}) && array[${sql.join(
          lowered.map((name) => sql`${name}`),
          sql`, `,
        )}]::text[]`,
    )
    .limit(CANDIDATE_LIMIT);
  return bestMatch(actor, countryId, candidates);
}

/** Enough candidates for any name: a name shared by more actors than this is not telling them apart anyway. */
const CANDIDATE_LIMIT = 50;

/**
 * The existing actors an article's extracted actors may be, read in one statement for the whole
 * article (one look-up per actor was a tenth of ingestion's time), with findActor's conditions
 * and its answer. The actors the article then creates or changes are remembered, so a later actor
 * of the same article finds them as it would in the database. Another writer's actors, committed
 * meanwhile, are not seen: the insert that collides with one falls back to findActor.
 */
export class ArticleActors {
  /** Created or changed by this article, by id: they replace what was read. */
  private readonly written = new Map<number, ActorMatch>();

  private constructor(
    private readonly read: Map<ExtractedActor, Candidate[]>,
    private readonly states: Map<number, ActorMatch>,
  ) {}

  static async load(
    db: Executor,
    wanted: { actor: ExtractedActor; countryId: number | null }[],
  ): Promise<ArticleActors> {
    if (wanted.length === 0) return new ArticleActors(new Map(), new Map());
    const stateCountries = [
      ...new Set(
        wanted.flatMap(({ actor, countryId }) => (actor.kind === 'state' && countryId !== null ? [countryId] : [])),
      ),
    ];
    const lookups = wanted.map(({ actor }, i) => {
      const { slugs, lowered } = lookupKeys(actor);
      return { i, slugs, lowered };
    });
    // The same branches and indexes as findActor's, one lateral look-up per extracted actor.
    const rows = await rowsOf<Candidate & { i: number }>(
      db,
      sql`select q.i, a.id, a.slug, a.name, a.kind, a.country_id as "countryId", a.aliases, a.id = any(q.survivors) as "isSurvivor"
        from (select v.i, v.slugs, v.lowered,
                array(select m.survivor_id from ${actorMerges} m where m.merged_slug = any(v.slugs)) as survivors
              from jsonb_to_recordset(${JSON.stringify(lookups)}::jsonb) as v(i int, slugs text[], lowered text[])) q
        cross join lateral (
          select * from ${actors} a
          where a.slug = any(q.slugs) or a.id = any(q.survivors) or lower(a.name) = any(q.lowered)
            or kg_lower_all(a.aliases) && q.lowered
          limit ${CANDIDATE_LIMIT}) a`,
    );
    const read = new Map<ExtractedActor, Candidate[]>(wanted.map(({ actor }) => [actor, []]));
    for (const { i, ...candidate } of rows) read.get(wanted[i]!.actor)!.push(candidate);
    const states = new Map<number, ActorMatch>();
    if (stateCountries.length > 0) {
      const stateRows = await db
        .selectDistinctOn([actors.countryId], actorMatchColumns)
        .from(actors)
        .where(and(eq(actors.kind, 'state'), inArray(actors.countryId, stateCountries)))
        .orderBy(actors.countryId, actors.id);
      for (const state of stateRows) states.set(state.countryId!, state);
    }
    return new ArticleActors(read, states);
  }

  /** What findActor would answer for this actor now, from what was read and what the article wrote since. */
  find(actor: ExtractedActor, countryId: number | null): ActorMatch | null {
    if (actor.kind === 'state' && countryId !== null) {
      const states = [this.states.get(countryId), ...this.written.values()].filter(
        (a): a is ActorMatch => a !== undefined && a.kind === 'state' && a.countryId === countryId,
      );
      const state = states.sort((a, b) => a.id - b.id)[0];
      if (state) return this.written.get(state.id) ?? state;
    }
    const read = this.read.get(actor);
    if (read === undefined) throw new Error(`ArticleActors.find: "${actor.key}" was not loaded`);
    const candidates = read.map((c) => ({ ...(this.written.get(c.id) ?? c), isSurvivor: c.isSurvivor }));
    const seen = new Set(read.map((c) => c.id));
    for (const w of this.written.values()) if (!seen.has(w.id)) candidates.push({ ...w, isSurvivor: false });
    return bestMatch(actor, countryId, candidates);
  }

  /** An actor the article created or changed. */
  remember(actor: ActorMatch): void {
    this.written.set(actor.id, actor);
  }
}

/**
 * A person's full name of three words or more, equal once diacritics and case are folded
 * ("Nguyễn Văn An" = "Nguyen Van An"), is one person even when an article files them under
 * another country (a visitor given the host's country, say): such names are rare enough to
 * identify. Two-word names ("John Smith") still need the country to agree.
 */
function samePersonAnyCountry(existing: ActorMatch, actor: ExtractedActor): boolean {
  if (existing.kind !== 'person' || actor.kind !== 'person') return false;
  const key = nameKey(actor.name);
  return key.split(' ').length >= 3 && nameKey(existing.name) === key;
}

/**
 * How far apart two reports may date one partnership's start: outlets date a signing by their own
 * publication day, by "last week", or by the day a later ceremony made it public.
 */
const PARTNERSHIP_DATE_WINDOW_DAYS = 31;

/** Days between two YYYY-MM-DD dates. */
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * The existing partnership that a reported one is: the same kind between exactly the same
 * parties, its start within PARTNERSHIP_DATE_WINDOW_DAYS when both are dated, and a technology in
 * common when both name technologies (one MoU on semiconductors and another on vaccines between
 * the same ministries are two). Of several, the closest in date, then the oldest.
 */
export async function findPartnership(
  db: Executor,
  kind: PartnershipKind,
  partyIds: number[],
  startedOn: string | null,
  technologyIds: number[],
): Promise<number | null> {
  if (partyIds.length === 0) return null;
  const parties = [...new Set(partyIds)].sort((a, b) => a - b);
  // Only the partnerships of one of the parties are compared (partnership_parties_actor_id_idx),
  // not every partnership of the kind.
  const rows = await db
    .select({
      id: partnerships.id,
      startedOn: partnerships.startedOn,
      technologyIds: sql<
        number[]
      >`array(select pt.technology_id from ${partnershipTechnologies} pt where pt.partnership_id = "partnerships"."id")`,
    })
    .from(partnerships)
    .where(
      and(
        eq(partnerships.kind, kind),
        sql`${partnerships.id} in (select pp.partnership_id from ${partnershipParties} pp where pp.actor_id = ${parties[0]!})`,
        sql`(select array_agg(pp.actor_id order by pp.actor_id) from ${partnershipParties} pp where pp.partnership_id = ${partnerships.id})
            = array[${sql.join(
              parties.map((id) => sql`${id}`),
              sql`, `,
            )}]::int[]`,
      ),
    )
    .orderBy(partnerships.id);
  const distance = (r: { startedOn: string | null }) =>
    startedOn === null || r.startedOn === null ? 0 : daysApart(startedOn, r.startedOn);
  const matches = rows.filter(
    (r) =>
      distance(r) <= PARTNERSHIP_DATE_WINDOW_DAYS &&
      (technologyIds.length === 0 ||
        r.technologyIds.length === 0 ||
        r.technologyIds.some((id) => technologyIds.includes(id))),
  );
  // Stable: among equally close ones, the oldest (the rows come in id order).
  matches.sort((a, b) => distance(a) - distance(b));
  return matches[0]?.id ?? null;
}

/** How far apart two reports may date one event: outlets in other time zones, "yesterday". */
const EVENT_DATE_WINDOW_DAYS = 1;

const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The existing event that a reported one is: the same kind, dated within EVENT_DATE_WINDOW_DAYS,
 * sharing a participant on the same day, or two on another (one minister has several meetings in
 * a week). Of several, one on the same day first, then the oldest.
 */
export async function findEvent(
  db: Executor,
  kind: EventKind,
  occurredOn: string | null,
  participantIds: number[],
): Promise<number | null> {
  if (occurredOn === null || participantIds.length === 0) return null;
  const rows = await db
    .select({
      id: events.id,
      occurredOn: events.occurredOn,
      // The outer row written out: in a select list drizzle leaves ${events.id} unqualified.
      shared: sql<number>`(select count(distinct ep.actor_id)::int from ${eventParticipants} ep where ep.event_id = "events"."id" and ep.actor_id in ${participantIds})`,
    })
    .from(events)
    .where(
      and(
        eq(events.kind, kind),
        between(
          events.occurredOn,
          shiftDay(occurredOn, -EVENT_DATE_WINDOW_DAYS),
          shiftDay(occurredOn, EVENT_DATE_WINDOW_DAYS),
        ),
        sql`exists (select 1 from ${eventParticipants} ep where ep.event_id = ${events.id} and ep.actor_id in ${participantIds})`,
      ),
    )
    .orderBy(events.id);
  const matches = rows.filter((r) => r.shared >= (r.occurredOn === occurredOn ? 1 : 2));
  return (matches.find((r) => r.occurredOn === occurredOn) ?? matches[0])?.id ?? null;
}
