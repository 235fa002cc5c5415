// Store: writes one parsed and extracted article into the graph, inside the caller's
// transaction. Entities the database already holds are linked, not duplicated; every fact keeps
// its evidence (the article, the sentence, its span and a confidence).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import {
  actorMentions,
  actorMerges,
  actors,
  affiliations,
  articles,
  countries,
  countryMentions,
  eventParticipants,
  eventPartnerships,
  events,
  evidence,
  partnershipCountries,
  partnershipParties,
  partnerships,
  partnershipTechnologies,
  technologyMentions,
} from '../../schema/tables.ts';
import type { Executor } from '../db/database.ts';
import { refreshPositionDates } from '../knowledge/positions.ts';
import { slugify } from '../knowledge/text.ts';
import {
  type ActorMatch,
  ArticleActors,
  countryIdsByCode,
  findActor,
  findEvent,
  findPartnership,
  technologyIdsBySlug,
} from './resolve.ts';
import type { ExtractedActor, Extraction, ParsedArticle, Passage } from './types.ts';

export interface ArticleMetadata {
  contentHash: string;
  url: string | null;
  source: string | null;
}

/** An entity the ingestion created or linked to, for the summary. */
export interface EntityRef {
  id: number;
  slug: string;
  name: string;
}

export interface StoreSummary {
  article: EntityRef;
  created: { actors: EntityRef[]; partnerships: EntityRef[]; events: EntityRef[]; affiliations: number };
  linked: {
    actors: EntityRef[];
    partnerships: EntityRef[];
    events: EntityRef[];
    countries: string[];
    technologies: string[];
  };
}

/** The article already stored with this content hash, if any. */
export async function findArticleByHash(db: Executor, contentHash: string): Promise<EntityRef | null> {
  const [row] = await db
    .select({ id: articles.id, slug: articles.slug, name: articles.title })
    .from(articles)
    .where(eq(articles.contentHash, contentHash))
    .limit(1);
  return row ?? null;
}

/**
 * Stores the article and its facts. Returns null when another writer stored the same text first
 * (the content hash is unique): the caller reports it as unchanged.
 */
export async function storeArticle(
  tx: Executor,
  parsed: ParsedArticle,
  extraction: Extraction,
  meta: ArticleMetadata,
): Promise<StoreSummary | null> {
  const article = await insertArticle(tx, parsed, meta);
  if (article === null) return null;
  const summary: StoreSummary = {
    article,
    created: { actors: [], partnerships: [], events: [], affiliations: 0 },
    linked: { actors: [], partnerships: [], events: [], countries: [], technologies: [] },
  };
  const evidenceRows: (typeof evidence.$inferInsert)[] = [];
  const evidenceOf = (passage: Passage, confidence: number) => ({
    articleId: article.id,
    excerpt: passage.excerpt,
    spanStart: passage.start,
    spanEnd: passage.end,
    confidence: clampConfidence(confidence),
  });

  const countryIds = await countryIdsByCode(tx, [
    ...new Set([
      ...extraction.countries.map((c) => c.code),
      ...extraction.actors.flatMap((a) => (a.country ? [a.country] : [])),
      ...extraction.partnerships.flatMap((p) => p.countries),
      ...extraction.events.flatMap((e) => (e.country ? [e.country] : [])),
    ]),
  ]);
  const technologyIds = await technologyIdsBySlug(tx, [
    ...new Set([
      ...extraction.technologies.map((t) => t.slug),
      ...extraction.partnerships.flatMap((p) => p.technologies),
    ]),
  ]);

  // Rows that only link (mentions, parties, participants) go in one statement per table and
  // article; a link already there is kept as it is.
  const countryRows = extraction.countries.flatMap((country) => {
    const countryId = countryIds.get(country.code);
    if (countryId === undefined) return [];
    summary.linked.countries.push(country.code);
    return [{ articleId: article.id, countryId, mentionCount: country.mentions, excerpt: country.passage.excerpt }];
  });
  await insertLinks(tx, countryMentions, countryRows);
  const technologyRows = extraction.technologies.flatMap((technology) => {
    const technologyId = technologyIds.get(technology.slug);
    if (technologyId === undefined) return [];
    summary.linked.technologies.push(technology.slug);
    const { mentions: mentionCount, passage } = technology;
    return [{ articleId: article.id, technologyId, mentionCount, excerpt: passage.excerpt }];
  });
  await insertLinks(tx, technologyMentions, technologyRows);

  // Actors: link to what exists, create the rest; then parents, once every key has an id.
  const actorIds = new Map<string, number>();
  const mentionRows: (typeof actorMentions.$inferInsert)[] = [];
  const isMerged = await mergedSlugCheck(tx, extraction.actors.map(firstSlug));
  const countryIdOf = (actor: ExtractedActor) =>
    actor.country === null ? null : (countryIds.get(actor.country) ?? null);
  const known = await ArticleActors.load(
    tx,
    extraction.actors.map((actor) => ({ actor, countryId: countryIdOf(actor) })),
  );
  for (const actor of extraction.actors) {
    const { ref, created } = await linkOrCreateActor(tx, actor, countryIdOf(actor), known, isMerged);
    (created ? summary.created.actors : summary.linked.actors).push(ref);
    actorIds.set(actor.key, ref.id);
    mentionRows.push({
      articleId: article.id,
      actorId: ref.id,
      mentionCount: actor.mentions,
      excerpt: actor.passage.excerpt,
    });
  }
  await insertLinks(tx, actorMentions, mentionRows);
  for (const actor of extraction.actors) {
    const parentId = actor.parentKey === null ? undefined : actorIds.get(actor.parentKey);
    const id = actorIds.get(actor.key)!;
    if (parentId === undefined || parentId === id) continue;
    await tx
      .update(actors)
      .set({ parentId })
      .where(and(eq(actors.id, id), sql`${actors.parentId} is null`));
  }

  const positionHolders = new Set<number>();
  for (const affiliation of extraction.affiliations) {
    const personId = actorIds.get(affiliation.personKey);
    if (personId === undefined) continue;
    const organizationId =
      affiliation.organizationKey === null ? null : (actorIds.get(affiliation.organizationKey) ?? null);
    const inserted = await tx
      .insert(affiliations)
      .values({ personId, organizationId, title: affiliation.title })
      .onConflictDoNothing()
      .returning({ id: affiliations.id });
    const id =
      inserted[0]?.id ??
      (
        await tx
          .select({ id: affiliations.id })
          .from(affiliations)
          .where(
            sql`${affiliations.personId} = ${personId} and ${affiliations.organizationId} is not distinct from ${organizationId} and ${affiliations.title} = ${affiliation.title}`,
          )
      )[0]!.id;
    if (inserted.length > 0) summary.created.affiliations++;
    evidenceRows.push({
      ...evidenceOf(affiliation.passage, affiliation.confidence),
      affiliationId: id,
      titleTense: affiliation.tense,
    });
    positionHolders.add(personId);
  }

  /** Parties or participants with the ids of their actors; those whose actor was not stored are left out. */
  const withActorIds = (roles: { actorKey: string; role: string }[]) =>
    roles.flatMap((r) => {
      const actorId = actorIds.get(r.actorKey);
      return actorId === undefined ? [] : [{ actorId, role: r.role }];
    });
  const partnershipIds: (number | undefined)[] = [];
  for (const partnership of extraction.partnerships) {
    const parties = withActorIds(partnership.parties);
    if (parties.length === 0) {
      partnershipIds.push(undefined);
      continue;
    }
    const partnershipTechnologyIds = partnership.technologies.flatMap((slug) => {
      const technologyId = technologyIds.get(slug);
      return technologyId === undefined ? [] : [technologyId];
    });
    let id = await findPartnership(
      tx,
      partnership.kind,
      parties.map((p) => p.actorId),
      partnership.startedOn,
      partnershipTechnologyIds,
    );
    if (id === null) {
      const ref = await createWithUniqueSlug(partnership.title, (slug) =>
        tx
          .insert(partnerships)
          .values({
            slug,
            title: partnership.title,
            kind: partnership.kind,
            status: partnership.status,
            startedOn: partnership.startedOn,
          })
          .onConflictDoNothing()
          .returning({ id: partnerships.id, slug: partnerships.slug, name: partnerships.title }),
      );
      id = ref.id;
      summary.created.partnerships.push(ref);
    } else {
      const [row] = await tx
        .select({ id: partnerships.id, slug: partnerships.slug, name: partnerships.title })
        .from(partnerships)
        .where(eq(partnerships.id, id));
      summary.linked.partnerships.push(row!);
    }
    partnershipIds.push(id);
    const partnershipId = id;
    await insertLinks(
      tx,
      partnershipParties,
      parties.map(({ actorId, role }) => ({ partnershipId, actorId, role })),
    );
    const countryRows = partnership.countries.flatMap((code) => {
      const countryId = countryIds.get(code);
      return countryId === undefined ? [] : [{ partnershipId, countryId }];
    });
    await insertLinks(tx, partnershipCountries, countryRows);
    await insertLinks(
      tx,
      partnershipTechnologies,
      partnershipTechnologyIds.map((technologyId) => ({ partnershipId, technologyId })),
    );
    evidenceRows.push({ ...evidenceOf(partnership.passage, partnership.confidence), partnershipId: id });
  }

  for (const event of extraction.events) {
    const participants = withActorIds(event.participants);
    let id = await findEvent(
      tx,
      event.kind,
      event.occurredOn,
      participants.map((p) => p.actorId),
    );
    if (id === null) {
      const ref = await createWithUniqueSlug([event.title, event.occurredOn].filter(Boolean).join(' '), (slug) =>
        tx
          .insert(events)
          .values({
            slug,
            title: event.title,
            kind: event.kind,
            occurredOn: event.occurredOn,
            city: event.city,
            countryId: event.country === null ? null : (countryIds.get(event.country) ?? null),
          })
          .onConflictDoNothing()
          .returning({ id: events.id, slug: events.slug, name: events.title }),
      );
      id = ref.id;
      summary.created.events.push(ref);
    } else {
      const [row] = await tx
        .select({ id: events.id, slug: events.slug, name: events.title })
        .from(events)
        .where(eq(events.id, id));
      summary.linked.events.push(row!);
    }
    const eventId = id;
    await insertLinks(
      tx,
      eventParticipants,
      participants.map(({ actorId, role }) => ({ eventId, actorId, role })),
    );
    await insertLinks(
      tx,
      eventPartnerships,
      event.partnershipIndexes.flatMap((index) => {
        const partnershipId = partnershipIds[index];
        return partnershipId === undefined ? [] : [{ eventId, partnershipId }];
      }),
    );
    evidenceRows.push({ ...evidenceOf(event.passage, event.confidence), eventId: id });
  }
  // The sentences that support each fact, in the order the facts were stored: one statement.
  await insertLinks(tx, evidence, evidenceRows);
  // The article may open or close a position of each person it gives a title: date them again.
  await refreshPositionDates(tx, [...positionHolders]);
  return summary;
}

async function insertArticle(tx: Executor, parsed: ParsedArticle, meta: ArticleMetadata): Promise<EntityRef | null> {
  // The lead paragraph stands in for a summary until someone writes one.
  const summary = parsed.blocks.find((b) => b.kind === 'lead')?.text ?? null;
  for (let attempt = 1; attempt <= 20; attempt++) {
    const base = `${parsed.publishedOn}-${slugify(parsed.title, 70)}`;
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    const [row] = await tx
      .insert(articles)
      .values({
        slug,
        url: meta.url,
        title: parsed.title,
        source: meta.source,
        section: parsed.section,
        author: parsed.author,
        publishedAt: new Date(parsed.publishedAt).toISOString(),
        summary,
        body: parsed.body,
        tags: parsed.tags,
        themes: parsed.themes,
        contentHash: meta.contentHash,
      })
      .onConflictDoNothing()
      .returning({ id: articles.id, slug: articles.slug, name: articles.title });
    if (row) return row;
    // Either the same text was stored meanwhile, or the URL is taken, or only the slug is.
    if (await findArticleByHash(tx, meta.contentHash)) return null;
    if (meta.url !== null) {
      const [byUrl] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.url, meta.url));
      if (byUrl) throw new UrlTakenError(meta.url);
    }
  }
  throw new Error(`could not find a free slug for the article "${parsed.title}"`);
}

/** The URL belongs to an article with other text: ingesting would merge two different stories. */
export class UrlTakenError extends Error {
  constructor(readonly url: string) {
    super(`Another article with different text is already stored under the URL ${url}.`);
    this.name = 'UrlTakenError';
  }
}

/**
 * The stored actor an extracted one is, with what the text adds to it (aliases, a country), or a
 * new actor. A writer running beside us may create the same actor between our look-up and our
 * insert: the slug's unique key stops our insert, and a second look-up then finds theirs.
 */
async function linkOrCreateActor(
  tx: Executor,
  actor: ExtractedActor,
  countryId: number | null,
  known: ArticleActors,
  isMerged: IsMerged,
): Promise<{ ref: EntityRef; created: boolean }> {
  const existing = known.find(actor, countryId);
  if (existing) return { ref: await keepSpellings(tx, actor, countryId, existing, known), created: false };
  const values = {
    name: actor.name,
    kind: actor.kind,
    countryId,
    aliases: actor.aliases.filter((a) => a !== actor.name),
  } satisfies NewActorValues;
  // First under exactly the slug of its key.
  const inserted = await insertActorAs(tx, firstSlug(actor), values, isMerged);
  // The slug is taken: by an actor this one is, which another writer committed since the
  // article's actors were read, or by one it is not.
  const found = inserted ? null : await findActor(tx, actor, countryId);
  if (found) return { ref: await keepSpellings(tx, actor, countryId, found, known), created: false };
  const ref = inserted ?? (await createActor(tx, actor.key, values, isMerged));
  known.remember({ ...values, id: ref.id, slug: ref.slug });
  return { ref, created: true };
}

/**
 * Links to an existing actor, keeping the article's own spelling as an alias ("Nguyen Van Toan"
 * for "Nguyễn Văn Toàn") and its country when the actor had none.
 */
async function keepSpellings(
  tx: Executor,
  actor: ExtractedActor,
  countryId: number | null,
  existing: ActorMatch,
  known: ArticleActors,
): Promise<EntityRef> {
  const newAliases = [...new Set([actor.name, ...actor.aliases])].filter(
    (a) => a !== existing.name && !existing.aliases.includes(a),
  );
  if (newAliases.length > 0 || (existing.countryId === null && countryId !== null)) {
    const changes = { aliases: [...existing.aliases, ...newAliases], countryId: existing.countryId ?? countryId };
    await tx.update(actors).set(changes).where(eq(actors.id, existing.id));
    known.remember({ ...existing, ...changes });
  }
  return { id: existing.id, slug: existing.slug, name: existing.name };
}

type NewActorValues = Omit<typeof actors.$inferInsert, 'slug'>;

/** The slug a new actor is first offered: exactly its key's. */
const firstSlug = (actor: ExtractedActor) => slugify(actor.key) || 'actor';

/** Whether a merged actor held this slug (a merged slug keeps pointing at its survivor, so it is never handed out again). */
type IsMerged = (slug: string) => Promise<boolean>;

/**
 * The merged-slug check for one article: the slugs its new actors will most likely take are read
 * in one statement (instead of one per new actor, a seventh of an article's statements); any other
 * slug is asked for when it comes up.
 */
async function mergedSlugCheck(tx: Executor, likely: string[]): Promise<IsMerged> {
  const asked = new Set(likely);
  const merged = new Set(
    asked.size === 0
      ? []
      : (
          await tx
            .select({ slug: actorMerges.mergedSlug })
            .from(actorMerges)
            .where(inArray(actorMerges.mergedSlug, [...asked]))
        ).map((r) => r.slug),
  );
  return async (slug) => {
    if (asked.has(slug)) return merged.has(slug);
    const [row] = await tx
      .select({ id: actorMerges.id })
      .from(actorMerges)
      .where(eq(actorMerges.mergedSlug, slug))
      .limit(1);
    return row !== undefined;
  };
}

/** Inserts the actor under this slug; null when the slug is taken, by a live actor or by a merged one. */
async function insertActorAs(
  tx: Executor,
  slug: string,
  values: NewActorValues,
  isMerged: IsMerged,
): Promise<EntityRef | null> {
  if (await isMerged(slug)) return null;
  const [row] = await tx
    .insert(actors)
    .values({ ...values, slug })
    .onConflictDoNothing()
    .returning({ id: actors.id, slug: actors.slug, name: actors.name });
  return row ?? null;
}

/**
 * Inserts the actor under the first free slug: its key qualified by its country when the plain
 * key belongs to another actor ("united-kingdom-ministry-of-finance"), then numbered.
 */
async function createActor(tx: Executor, key: string, values: NewActorValues, isMerged: IsMerged): Promise<EntityRef> {
  if (values.countryId != null) {
    const [country] = await tx
      .select({ name: countries.name })
      .from(countries)
      .where(eq(countries.id, values.countryId));
    const row = country ? await insertActorAs(tx, slugify(`${country.name} ${key}`), values, isMerged) : null;
    if (row) return row;
  }
  return createWithUniqueSlug(key, async (slug) => {
    const row = await insertActorAs(tx, slug, values, isMerged);
    return row ? [row] : [];
  });
}

/** Inserts with the slug of `text`, or the first free `slug-2`, `slug-3`, ... */
async function createWithUniqueSlug(text: string, insert: (slug: string) => Promise<EntityRef[]>): Promise<EntityRef> {
  const base = slugify(text) || 'untitled';
  for (let attempt = 1; attempt <= 50; attempt++) {
    const [row] = await insert(attempt === 1 ? base : `${base}-${attempt}`);
    if (row) return row;
  }
  throw new Error(`no free slug for "${text}"`);
}

/**
 * Inserts rows that only link or support (mentions, parties, evidence) in one statement, leaving
 * any that already exist (or repeat an earlier row) as they are.
 */
async function insertLinks<T extends PgTable>(tx: Executor, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  if (rows.length > 0) await tx.insert(table).values(rows).onConflictDoNothing();
}

function clampConfidence(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0.5;
}
