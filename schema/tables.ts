// The database contract: every table of the knowledge graph. SQL names are written out in
// snake_case on purpose: drizzle's `casing` option is not applied to `through` columns in
// relational queries (see DESIGN.md), so nothing here relies on it.
import { sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  unique,
  varchar,
} from 'drizzle-orm/pg-core';

export const actorKind = pgEnum('actor_kind', [
  'person',
  'government_body',
  'company',
  'university',
  'research_institute',
  'association',
  'intergovernmental',
  'state',
]);

export const partnershipKind = pgEnum('partnership_kind', [
  'mou',
  'agreement',
  'strategic_partnership',
  'comprehensive_strategic_partnership',
  'bilateral_cooperation',
  'project',
  'joint_research',
  'network',
]);

export const partnershipStatus = pgEnum('partnership_status', [
  'proposed',
  'agreed',
  'signed',
  'active',
  'completed',
  'suspended',
]);

/** How an article states a person's title (evidence of an affiliation): just taken, held, or left. */
export const titleTense = pgEnum('title_tense', ['new', 'current', 'former']);

export const eventKind = pgEnum('event_kind', [
  'meeting',
  'forum',
  'signing',
  'visit',
  'conference',
  'exhibition',
  'workshop',
  'dialogue',
]);

/** A PostgreSQL tsvector: the words of a row, weighted, for full-text search. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The search vector of a row: each part folded (no diacritics, lower case) and weighted A to D.
 * The 'simple' configuration keeps names and acronyms as they are instead of stemming them.
 */
const searchVector = (parts: [SQL, 'A' | 'B' | 'C' | 'D'][]) =>
  tsvector('search_vector').generatedAlwaysAs(
    sql.join(
      parts.map(([part, weight]) => sql`setweight(to_tsvector('simple', coalesce(${part}, '')), '${sql.raw(weight)}')`),
      sql` || `,
    ),
  );

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();

/**
 * How well the evidence supports a fact (a partnership, an event, an affiliation): a read model
 * the database keeps in step with the evidence and articles tables (the fact_support migration),
 * so lists can filter and order by it. An outlet is an article's source, case and spacing aside;
 * articles that name none count together as one. The confidence combines the outlets as
 * independent witnesses: 1 - the product over outlets of (1 - the best confidence of its evidence).
 */
const supportColumns = () => ({
  /** Articles that support the fact. */
  articleCount: integer('article_count').notNull().default(0),
  /** Distinct outlets among those articles. */
  sourceCount: integer('source_count').notNull().default(0),
  /** The earliest and latest publication time of those articles. */
  firstReportedAt: timestamp('first_reported_at', { withTimezone: true, mode: 'string' }),
  latestReportedAt: timestamp('latest_reported_at', { withTimezone: true, mode: 'string' }),
  /** 0 to 1, four decimals: see above. */
  confidence: real('confidence').notNull().default(0),
});

/** Every ISO 3166-1 country, loaded by the seed from a maintained data package. */
export const countries = pgTable(
  'countries',
  {
    id: serial('id').primaryKey(),
    code: varchar('code', { length: 2 }).notNull().unique(),
    name: text('name').notNull(),
    officialName: text('official_name'),
    region: text('region'),
    subregion: text('subregion'),
    /** Other names the country goes by ("UK", "Viet Nam"); ingestion matches on them. */
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** Adjectives of nationality ("Vietnamese", "British"). */
    demonyms: text('demonyms').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [check('countries_code_format', sql`${t.code} ~ '^[A-Z]{2}$'`)],
);

export const actors = pgTable(
  'actors',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: actorKind('kind').notNull(),
    countryId: integer('country_id').references(() => countries.id, { onDelete: 'set null' }),
    // An organisation under another one (a centre under a ministry). Deleting the parent keeps the child.
    parentId: integer('parent_id').references((): AnyPgColumn => actors.id, { onDelete: 'set null' }),
    description: text('description'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    searchVector: searchVector([
      [sql`kg_fold("name")`, 'A'],
      [sql`kg_fold_all("aliases")`, 'A'],
      [sql`kg_fold("description")`, 'C'],
    ]),
  },
  (t) => [
    index('actors_country_id_idx').on(t.countryId),
    index('actors_search_vector_idx').using('gin', t.searchVector),
    index('actors_name_trgm_idx').using('gin', sql`kg_fold(${t.name}) gin_trgm_ops`),
    index('actors_parent_id_idx').on(t.parentId),
    index('actors_kind_idx').on(t.kind),
    index('actors_name_idx').on(t.name),
    // Entity resolution at ingestion: an actor by lower-cased name or alias (src/ingest/resolve.ts).
    index('actors_lower_name_idx').on(sql`lower(${t.name})`),
    index('actors_lower_aliases_idx').using('gin', sql`kg_lower_all(${t.aliases})`),
    check('actors_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('actors_not_own_parent', sql`${t.parentId} is distinct from ${t.id}`),
  ],
);

/**
 * Curation history: an actor merged into another. The merged actor's slug keeps resolving to the
 * survivor, and the record says who was merged, when and why.
 */
export const actorMerges = pgTable(
  'actor_merges',
  {
    id: serial('id').primaryKey(),
    survivorId: integer('survivor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    mergedSlug: text('merged_slug').notNull().unique(),
    mergedName: text('merged_name').notNull(),
    mergedAt: timestamp('merged_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    note: text('note'),
  },
  (t) => [index('actor_merges_survivor_id_idx').on(t.survivorId)],
);

export const technologies = pgTable(
  'technologies',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => technologies.id, { onDelete: 'set null' }),
    description: text('description'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    searchVector: searchVector([
      [sql`kg_fold("name")`, 'A'],
      [sql`kg_fold_all("aliases")`, 'A'],
      [sql`kg_fold("description")`, 'C'],
    ]),
  },
  (t) => [
    index('technologies_parent_id_idx').on(t.parentId),
    index('technologies_search_vector_idx').using('gin', t.searchVector),
    index('technologies_name_trgm_idx').using('gin', sql`kg_fold(${t.name}) gin_trgm_ops`),
    check('technologies_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    url: text('url').unique(),
    title: text('title').notNull(),
    source: text('source'),
    section: text('section'),
    author: text('author'),
    // Text mode keeps the microseconds that a JS Date would drop, so cursors stay exact.
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }).notNull(),
    summary: text('summary'),
    body: text('body'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    /** SHA-256 of the article text as ingested: the same text is never stored twice. */
    contentHash: text('content_hash').unique(),
    createdAt: createdAt(),
    searchVector: searchVector([
      [sql`kg_fold("title")`, 'A'],
      [sql`kg_fold_all("tags")`, 'B'],
      [sql`kg_fold("summary")`, 'B'],
      [sql`kg_fold("body")`, 'C'],
    ]),
  },
  (t) => [
    index('articles_search_vector_idx').using('gin', t.searchVector),
    // NULLS FIRST as in `ORDER BY published_at DESC, id DESC`: with drizzle's default NULLS LAST the
    // planner cannot read the newest articles from the index.
    index('articles_published_at_idx').on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check('articles_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const affiliations = pgTable(
  'affiliations',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    // Null when the title names no organisation ("Deputy Prime Minister").
    organizationId: integer('organization_id').references(() => actors.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    ...supportColumns(),
  },
  (t) => [
    index('affiliations_person_id_idx').on(t.personId),
    index('affiliations_organization_id_idx').on(t.organizationId),
    unique('affiliations_person_organization_title_key').on(t.personId, t.organizationId, t.title).nullsNotDistinct(),
  ],
);

export const partnerships = pgTable(
  'partnerships',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    kind: partnershipKind('kind').notNull(),
    status: partnershipStatus('status'),
    startedOn: date('started_on', { mode: 'string' }),
    description: text('description'),
    createdAt: createdAt(),
    ...supportColumns(),
    searchVector: searchVector([
      [sql`kg_fold("title")`, 'A'],
      [sql`kg_fold("description")`, 'B'],
    ]),
  },
  (t) => [
    index('partnerships_kind_idx').on(t.kind),
    index('partnerships_search_vector_idx').using('gin', t.searchVector),
    index('partnerships_started_on_idx').on(t.startedOn),
    // `orderBy: { field: SUPPORT }`: most sources, then most articles, then newest.
    index('partnerships_support_idx').on(
      t.sourceCount.desc().nullsFirst(),
      t.articleCount.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    check('partnerships_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const partnershipParties = pgTable(
  'partnership_parties',
  {
    id: serial('id').primaryKey(),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    /** signatory, proposer, partner, host, implementer, ... */
    role: text('role').notNull().default('partner'),
  },
  (t) => [
    unique('partnership_parties_partnership_actor_key').on(t.partnershipId, t.actorId),
    // With the id: an actor's partnerships page newest first straight from the index (keyset).
    index('partnership_parties_actor_id_idx').on(t.actorId, t.id),
    check('partnership_parties_role_format', sql`${t.role} ~ '^[a-z]+(_[a-z]+)*$'`),
  ],
);

export const partnershipCountries = pgTable(
  'partnership_countries',
  {
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    countryId: integer('country_id')
      .notNull()
      .references(() => countries.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.countryId] }),
    // With the partnership: a country's partnerships page in id order straight from the index.
    index('partnership_countries_country_id_idx').on(t.countryId, t.partnershipId),
  ],
);

export const partnershipTechnologies = pgTable(
  'partnership_technologies',
  {
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    technologyId: integer('technology_id')
      .notNull()
      .references(() => technologies.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.technologyId] }),
    index('partnership_technologies_technology_id_idx').on(t.technologyId, t.partnershipId),
  ],
);

export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    kind: eventKind('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }),
    city: text('city'),
    countryId: integer('country_id').references(() => countries.id, { onDelete: 'set null' }),
    description: text('description'),
    createdAt: createdAt(),
    ...supportColumns(),
    searchVector: searchVector([
      [sql`kg_fold("title")`, 'A'],
      [sql`kg_fold("description")`, 'B'],
      [sql`kg_fold("city")`, 'C'],
    ]),
  },
  (t) => [
    index('events_country_id_idx').on(t.countryId),
    index('events_search_vector_idx').using('gin', t.searchVector),
    index('events_occurred_on_idx').on(t.occurredOn),
    index('events_kind_idx').on(t.kind),
    index('events_support_idx').on(
      t.sourceCount.desc().nullsFirst(),
      t.articleCount.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    check('events_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

/** An event can serve several partnerships (a forum where two MoUs are signed), and a partnership can have many events. */
export const eventPartnerships = pgTable(
  'event_partnerships',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.partnershipId] }),
    index('event_partnerships_partnership_id_idx').on(t.partnershipId),
  ],
);

export const eventParticipants = pgTable(
  'event_participants',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    /** host, participant, signatory, speaker, ... */
    role: text('role').notNull().default('participant'),
  },
  (t) => [
    unique('event_participants_event_actor_key').on(t.eventId, t.actorId),
    index('event_participants_actor_id_idx').on(t.actorId, t.id),
    check('event_participants_role_format', sql`${t.role} ~ '^[a-z]+(_[a-z]+)*$'`),
  ],
);

/**
 * Read model: ordered pairs of actors that share partnerships or events, with how many of each.
 * Derived from partnership_parties and event_participants and kept in step with them by triggers
 * (migration actor_collaboration_counts), because counting a hub's thousands of links on every
 * read costs tens of milliseconds. No foreign keys: the triggers remove a pair when its last
 * shared link goes, including links removed by an actor's deletion.
 */
export const actorCollaborations = pgTable(
  'actor_collaborations',
  {
    actorId: integer('actor_id').notNull(),
    collaboratorId: integer('collaborator_id').notNull(),
    partnershipCount: integer('partnership_count').notNull().default(0),
    eventCount: integer('event_count').notNull().default(0),
    sharedCount: integer('shared_count').notNull().generatedAlwaysAs(sql`partnership_count + event_count`),
  },
  (t) => [
    primaryKey({ columns: [t.actorId, t.collaboratorId] }),
    // An actor's collaborators, most shared first, page by page (keyset) from the index.
    index('actor_collaborations_ranking_idx').on(t.actorId, t.sharedCount.desc().nullsFirst(), t.collaboratorId),
    // Pairs left with nothing in common, found at once by the triggers that delete them.
    index('actor_collaborations_emptied_idx').on(t.actorId).where(sql`shared_count = 0`),
    check(
      'actor_collaborations_counts',
      sql`${t.partnershipCount} >= 0 and ${t.eventCount} >= 0 and ${t.actorId} <> ${t.collaboratorId}`,
    ),
  ],
);

/**
 * Provenance: one row says that one article supports exactly one fact (a partnership, an event
 * or an affiliation), with the sentence that says so.
 */
export const evidence = pgTable(
  'evidence',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    partnershipId: integer('partnership_id').references(() => partnerships.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
    affiliationId: integer('affiliation_id').references(() => affiliations.id, { onDelete: 'cascade' }),
    excerpt: text('excerpt'),
    /** Character offsets of the excerpt in the article body, when the body is stored. */
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
    /** 1 for curated facts; extraction stores its own estimate. */
    confidence: real('confidence').notNull().default(1),
    /** Evidence of an affiliation: how the article states the title. Null for other facts, and for curated positions. */
    titleTense: titleTense('title_tense'),
  },
  (t) => [
    check('evidence_title_tense_of_positions', sql`${t.titleTense} is null or ${t.affiliationId} is not null`),
    check('evidence_one_fact', sql`num_nonnulls(${t.partnershipId}, ${t.eventId}, ${t.affiliationId}) = 1`),
    check('evidence_confidence_range', sql`${t.confidence} >= 0 and ${t.confidence} <= 1`),
    check('evidence_span_order', sql`${t.spanStart} is null or ${t.spanEnd} >= ${t.spanStart}`),
    unique('evidence_article_partnership_key').on(t.articleId, t.partnershipId),
    unique('evidence_article_event_key').on(t.articleId, t.eventId),
    unique('evidence_article_affiliation_key').on(t.articleId, t.affiliationId),
    index('evidence_partnership_id_idx').on(t.partnershipId),
    index('evidence_event_id_idx').on(t.eventId),
    index('evidence_affiliation_id_idx').on(t.affiliationId),
  ],
);

const mentionColumns = {
  articleId: () =>
    integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
  count: () => integer('mention_count').notNull().default(1),
  excerpt: () => text('excerpt'),
};

/** Which actors an article mentions, how often, and where first. */
export const actorMentions = pgTable(
  'actor_mentions',
  {
    articleId: mentionColumns.articleId(),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    mentionCount: mentionColumns.count(),
    excerpt: mentionColumns.excerpt(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.articleId] }), index('actor_mentions_article_id_idx').on(t.articleId)],
);

/** Which countries an article mentions. */
export const countryMentions = pgTable(
  'country_mentions',
  {
    articleId: mentionColumns.articleId(),
    countryId: integer('country_id')
      .notNull()
      .references(() => countries.id, { onDelete: 'cascade' }),
    mentionCount: mentionColumns.count(),
    excerpt: mentionColumns.excerpt(),
  },
  (t) => [
    primaryKey({ columns: [t.countryId, t.articleId] }),
    index('country_mentions_article_id_idx').on(t.articleId),
  ],
);

/** Which technologies an article mentions. */
export const technologyMentions = pgTable(
  'technology_mentions',
  {
    articleId: mentionColumns.articleId(),
    technologyId: integer('technology_id')
      .notNull()
      .references(() => technologies.id, { onDelete: 'cascade' }),
    mentionCount: mentionColumns.count(),
    excerpt: mentionColumns.excerpt(),
  },
  (t) => [
    primaryKey({ columns: [t.technologyId, t.articleId] }),
    index('technology_mentions_article_id_idx').on(t.articleId),
  ],
);

export type Country = typeof countries.$inferSelect;
export type Actor = typeof actors.$inferSelect;
export type NewActor = typeof actors.$inferInsert;
export type Technology = typeof technologies.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Partnership = typeof partnerships.$inferSelect;
export type Event = typeof events.$inferSelect;
export type ActorKind = (typeof actorKind.enumValues)[number];
export type TitleTense = (typeof titleTense.enumValues)[number];
export type PartnershipKind = (typeof partnershipKind.enumValues)[number];
export type PartnershipStatus = (typeof partnershipStatus.enumValues)[number];
export type EventKind = (typeof eventKind.enumValues)[number];
