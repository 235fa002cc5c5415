// Filters for the list queries, as SQL conditions over a (possibly aliased) table. They know
// nothing of GraphQL: the API maps its filter inputs onto these plain objects. Each condition
// is an EXISTS over an indexed join table, so it composes with keyset pagination.
import { and, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  actorMentions,
  actors,
  type affiliations,
  articles,
  countries,
  countryMentions,
  eventParticipants,
  eventPartnerships,
  type events,
  partnershipCountries,
  partnershipParties,
  type partnerships,
  partnershipTechnologies,
  technologies,
  technologyMentions,
} from '../../schema/tables.ts';
import type { ActorKind, EventKind, PartnershipKind, PartnershipStatus } from '../../schema/tables.ts';

export interface ArticleFilter {
  /** ISO alpha-2 code of a country the article mentions. */
  country?: string;
  /** Slug of a technology the article mentions, or of a broader area containing it. */
  technology?: string;
  /** Slug of an actor the article mentions. */
  actor?: string;
  publishedFrom?: Date;
  publishedTo?: Date;
}

export interface ActorFilter {
  kinds?: ActorKind[];
  country?: string;
  /** Case-insensitive part of the name or of an alias. */
  name?: string;
  /** Known on this day (YYYY-MM-DD): see knownOn. */
  asOf?: string;
}

/** How well the evidence must support a fact: the support columns in schema/tables.ts. */
export interface SupportFilter {
  /** At least this many distinct outlets. */
  minSources?: number;
  /** A combined confidence of at least this (0 to 1). */
  minConfidence?: number;
}

export interface PartnershipFilter extends SupportFilter {
  kinds?: PartnershipKind[];
  statuses?: PartnershipStatus[];
  country?: string;
  technology?: string;
  actor?: string;
  startedFrom?: string;
  startedTo?: string;
  /** Known to hold on this day (YYYY-MM-DD): see begunBy. */
  asOf?: string;
}

/** Conditions on a person's positions (affiliations). */
export interface PositionFilter {
  /** Held on this day (YYYY-MM-DD): see heldOn. */
  asOf?: string;
  /** At the organisation with this slug. */
  organization?: string;
}

export interface EventFilter extends SupportFilter {
  kinds?: EventKind[];
  country?: string;
  /** Slug of a technology (or a broader area) that a partnership of the event covers. */
  technology?: string;
  actor?: string;
  occurredFrom?: string;
  occurredTo?: string;
}

export interface TechnologyFilter {
  /** Slug of the broader area whose direct children to list. */
  parent?: string;
  /** Only the top-level areas. */
  topLevel?: boolean;
  name?: string;
}

const countryId = (code: string) =>
  sql`(select ${countries.id} from ${countries} where ${countries.code} = ${code.toUpperCase()})`;
const actorId = (slug: string) => sql`(select ${actors.id} from ${actors} where ${actors.slug} = ${slug})`;

/** The technology with this slug and every technology below it in the taxonomy. */
const technologyAndDescendants = (slug: string) => sql`(
  with recursive tree(id) as (
    select ${technologies.id} from ${technologies} where ${technologies.slug} = ${slug}
    union
    select child.id from ${technologies} child join tree on child.parent_id = tree.id
  ) select id from tree)`;

function conjunction(parts: (SQL | undefined)[]): SQL | undefined {
  const present = parts.filter((p): p is SQL => p !== undefined);
  return present.length === 0 ? undefined : and(...present);
}

/** The column holds one of the values; no condition when none is given. */
const oneOf = (column: PgColumn, values: string[] | undefined) =>
  values === undefined || values.length === 0 ? undefined : inArray(column, values);
/** The column is on or after the bound; no condition without one. */
const atLeast = (column: PgColumn, bound: string | number | undefined) =>
  bound === undefined ? undefined : gte(column, bound);
/** The column is on or before the bound; no condition without one. */
const atMost = (column: PgColumn, bound: string | number | undefined) =>
  bound === undefined ? undefined : lte(column, bound);

/** The support conditions, over a table with the support columns. */
const supported = (t: typeof partnerships | typeof events, f: SupportFilter) => [
  atLeast(t.sourceCount, f.minSources),
  atLeast(t.confidence, f.minConfidence),
];

/** The UTC day a timestamp falls on. */
const utcDay = (timestamp: PgColumn | SQL) => sql`(${timestamp} at time zone 'UTC')::date`;

/**
 * Known on a day, as a fact with a start: begun by then, by its own start or, when it has none,
 * by its first report. A fact dated neither way is not known to hold on any day.
 */
const begunBy = (startedOn: PgColumn, firstReportedAt: PgColumn, day: string) =>
  sql`coalesce(${startedOn}, ${utcDay(firstReportedAt)}) <= ${day}::date`;

/** A position held on a day: begun by then (see begunBy) and not ended by then. */
const heldOn = (t: typeof affiliations, day: string) =>
  sql`(${begunBy(t.startedOn, t.firstReportedAt, day)} and (${t.endedOn} is null or ${t.endedOn} > ${day}::date))`;

/** An actor known on a day: an article published by then mentions it. */
const knownOn = (t: typeof actors, day: string) =>
  sql`exists (select 1 from ${actorMentions} m join ${articles} a on a.id = m.article_id
    where m.actor_id = ${t.id} and ${utcDay(sql`a.published_at`)} <= ${day}::date)`;

/**
 * A list of facts (partnerships, events) sorted by support: most outlets first, then most
 * articles, then newest (or all reversed), as a relational query's `orderBy`.
 */
export const supportOrder = (direction: 'asc' | 'desc') =>
  ({ sourceCount: direction, articleCount: direction, id: direction }) as const;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The name, or one of the aliases, contains the text in any case (`%` and `_` in it match themselves). */
function nameOrAliasContains(name: PgColumn, aliases: PgColumn, text: string): SQL | undefined {
  const pattern = `%${escapeLike(text)}%`;
  return or(ilike(name, pattern), sql`exists (select 1 from unnest(${aliases}) alias where alias ilike ${pattern})`);
}

/**
 * A row of the `link` table joins `owner` (through `linkOwner`) to the technology with this slug
 * or to one below it: a filter by a broad area also finds what names a narrower one.
 */
function linkedToTechnologyTree(
  link: PgTable & { technologyId: PgColumn },
  linkOwner: PgColumn,
  owner: PgColumn | SQL,
  slug: string,
): SQL {
  return sql`exists (select 1 from ${link} where ${linkOwner} = ${owner} and ${link.technologyId} in ${technologyAndDescendants(slug)})`;
}

export function articleConditions(t: typeof articles, f: ArticleFilter): SQL | undefined {
  return conjunction([
    f.country === undefined
      ? undefined
      : sql`exists (select 1 from ${countryMentions} m where m.article_id = ${t.id} and m.country_id = ${countryId(f.country)})`,
    f.technology === undefined
      ? undefined
      : linkedToTechnologyTree(technologyMentions, technologyMentions.articleId, t.id, f.technology),
    f.actor === undefined
      ? undefined
      : sql`exists (select 1 from ${actorMentions} m where m.article_id = ${t.id} and m.actor_id = ${actorId(f.actor)})`,
    atLeast(t.publishedAt, f.publishedFrom?.toISOString()),
    atMost(t.publishedAt, f.publishedTo?.toISOString()),
  ]);
}

export function actorConditions(t: typeof actors, f: ActorFilter): SQL | undefined {
  return conjunction([
    oneOf(t.kind, f.kinds),
    f.country === undefined ? undefined : sql`${t.countryId} = ${countryId(f.country)}`,
    f.name === undefined ? undefined : nameOrAliasContains(t.name, t.aliases, f.name),
    f.asOf === undefined ? undefined : knownOn(t, f.asOf),
  ]);
}

export function partnershipConditions(t: typeof partnerships, f: PartnershipFilter): SQL | undefined {
  return conjunction([
    oneOf(t.kind, f.kinds),
    oneOf(t.status, f.statuses),
    f.country === undefined
      ? undefined
      : sql`exists (select 1 from ${partnershipCountries} pc where pc.partnership_id = ${t.id} and pc.country_id = ${countryId(f.country)})`,
    f.technology === undefined
      ? undefined
      : linkedToTechnologyTree(partnershipTechnologies, partnershipTechnologies.partnershipId, t.id, f.technology),
    f.actor === undefined
      ? undefined
      : sql`exists (select 1 from ${partnershipParties} pp where pp.partnership_id = ${t.id} and pp.actor_id = ${actorId(f.actor)})`,
    atLeast(t.startedOn, f.startedFrom),
    atMost(t.startedOn, f.startedTo),
    f.asOf === undefined ? undefined : begunBy(t.startedOn, t.firstReportedAt, f.asOf),
    ...supported(t, f),
  ]);
}

export function positionConditions(t: typeof affiliations, f: PositionFilter): SQL | undefined {
  return conjunction([
    f.asOf === undefined ? undefined : heldOn(t, f.asOf),
    f.organization === undefined ? undefined : sql`${t.organizationId} = ${actorId(f.organization)}`,
  ]);
}

/**
 * A person's positions in the order they took them: by start, or by the day of the first report
 * when the start is unknown; then the ones that ended first; then as recorded.
 */
export function positionHistoryOrder(t: typeof affiliations): SQL {
  return sql`coalesce(${t.startedOn}, ${utcDay(t.firstReportedAt)}) asc nulls last, ${t.endedOn} asc nulls last, ${t.id} asc`;
}

export function eventConditions(t: typeof events, f: EventFilter): SQL | undefined {
  return conjunction([
    oneOf(t.kind, f.kinds),
    f.country === undefined ? undefined : sql`${t.countryId} = ${countryId(f.country)}`,
    f.technology === undefined
      ? undefined
      : sql`exists (select 1 from ${eventPartnerships} epn where epn.event_id = ${t.id} and ${linkedToTechnologyTree(
          partnershipTechnologies,
          partnershipTechnologies.partnershipId,
          sql`epn.partnership_id`,
          f.technology,
        )})`,
    f.actor === undefined
      ? undefined
      : sql`exists (select 1 from ${eventParticipants} ep where ep.event_id = ${t.id} and ep.actor_id = ${actorId(f.actor)})`,
    atLeast(t.occurredOn, f.occurredFrom),
    atMost(t.occurredOn, f.occurredTo),
    ...supported(t, f),
  ]);
}

export function technologyConditions(t: typeof technologies, f: TechnologyFilter): SQL | undefined {
  return conjunction([
    f.parent === undefined
      ? undefined
      : sql`${t.parentId} = (select p.id from ${technologies} p where p.slug = ${f.parent})`,
    f.topLevel === true
      ? sql`${t.parentId} is null`
      : f.topLevel === false
        ? sql`${t.parentId} is not null`
        : undefined,
    f.name === undefined ? undefined : nameOrAliasContains(t.name, t.aliases, f.name),
  ]);
}
