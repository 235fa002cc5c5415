// Loads reference data and the curated sample knowledge. Every step is an upsert keyed by a
// slug, code or natural key, and the whole load runs in one transaction: loading twice changes
// nothing, and a failure leaves nothing half-written.
import { sql } from 'drizzle-orm';
import {
  actorMentions,
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
import type { Database, Executor } from './database.ts';
import { loadCountries, loadTechnologies } from './reference-data.ts';
import type { CuratedKnowledge, CuratedSource } from './sample/types.ts';
import { sampleKnowledge } from './sample/knowledge.ts';

export interface SeedSummary {
  countries: number;
  technologies: number;
  articles: number;
  actors: number;
  partnerships: number;
  events: number;
}

/** True when the database holds no knowledge yet (reference data alone does not count). */
export async function isKnowledgeEmpty(db: Executor): Promise<boolean> {
  const rows = await db.select({ one: sql<number>`1` }).from(articles).limit(1);
  const actorRows = await db.select({ one: sql<number>`1` }).from(actors).limit(1);
  return rows.length === 0 && actorRows.length === 0;
}

/** Loads the countries and the technology taxonomy. */
export async function seedReferenceData(db: Database): Promise<Pick<SeedSummary, 'countries' | 'technologies'>> {
  return db.transaction(async (tx) => {
    const countryCount = await loadCountries(tx);
    const technologyIds = await loadTechnologies(tx);
    return { countries: countryCount, technologies: technologyIds.size };
  });
}

/** Loads reference data and then the curated knowledge (by default, that of the two sample articles). */
export async function seed(db: Database, knowledge: CuratedKnowledge = sampleKnowledge): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    const countryCount = await loadCountries(tx);
    const technologyIds = await loadTechnologies(tx);
    await loadKnowledge(tx, knowledge, technologyIds);
    return {
      countries: countryCount,
      technologies: technologyIds.size,
      articles: knowledge.articles.length,
      actors: knowledge.actors.length,
      partnerships: knowledge.partnerships.length,
      events: knowledge.events.length,
    };
  });
}

class Ids {
  constructor(
    private readonly what: string,
    private readonly map = new Map<string, number>(),
  ) {}
  set(key: string, id: number): void {
    this.map.set(key, id);
  }
  get(key: string): number {
    const id = this.map.get(key);
    if (id === undefined) throw new Error(`curated knowledge refers to unknown ${this.what} "${key}"`);
    return id;
  }
}

async function loadKnowledge(tx: Executor, k: CuratedKnowledge, technologySlugs: Map<string, number>): Promise<void> {
  const countryIds = new Ids('country');
  for (const row of await tx.select({ id: countries.id, code: countries.code }).from(countries))
    countryIds.set(row.code, row.id);
  const technologyIds = new Ids('technology', technologySlugs);
  const countryOf = (code: string | null) => (code === null ? null : countryIds.get(code));

  const articleIds = new Ids('article');
  for (const a of k.articles) {
    const values = {
      slug: a.slug,
      url: a.url,
      title: a.title,
      source: a.source,
      section: a.section,
      author: a.author,
      publishedAt: new Date(a.publishedAt).toISOString(),
      summary: a.summary,
      tags: a.tags,
      themes: a.themes,
      contentHash: a.contentHash,
    };
    const [row] = await tx
      .insert(articles)
      .values(values)
      .onConflictDoUpdate({ target: articles.slug, set: values })
      .returning({ id: articles.id });
    articleIds.set(a.slug, row!.id);
  }

  // Actors first without parents, so that a parent listed after its child still resolves.
  const actorIds = new Ids('actor');
  for (const a of k.actors) {
    const values = {
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      countryId: countryOf(a.country),
      description: a.description,
      aliases: a.aliases,
    };
    const [row] = await tx
      .insert(actors)
      .values(values)
      .onConflictDoUpdate({ target: actors.slug, set: values })
      .returning({ id: actors.id });
    actorIds.set(a.slug, row!.id);
  }
  for (const a of k.actors) {
    if (a.parent === undefined) continue;
    await tx
      .update(actors)
      .set({ parentId: actorIds.get(a.parent) })
      .where(sql`${actors.id} = ${actorIds.get(a.slug)}`);
  }

  const sourceRows = (sources: CuratedSource[]) =>
    sources.map((s) => ({ articleId: articleIds.get(s.article), excerpt: s.excerpt, confidence: 1 }));

  for (const f of k.affiliations) {
    const personId = actorIds.get(f.person);
    const organizationId = f.organization === null ? null : actorIds.get(f.organization);
    // The unique key treats a null organisation as a value, so the upsert finds the same row again.
    const [row] = await tx
      .insert(affiliations)
      .values({ personId, organizationId, title: f.title })
      .onConflictDoUpdate({
        target: [affiliations.personId, affiliations.organizationId, affiliations.title],
        set: { title: f.title },
      })
      .returning({ id: affiliations.id });
    for (const s of sourceRows(f.sources)) {
      await tx
        .insert(evidence)
        .values({ ...s, affiliationId: row!.id })
        .onConflictDoUpdate({ target: [evidence.articleId, evidence.affiliationId], set: { excerpt: s.excerpt } });
    }
  }

  const partnershipIds = new Ids('partnership');
  for (const p of k.partnerships) {
    const values = {
      slug: p.slug,
      title: p.title,
      kind: p.kind,
      status: p.status,
      startedOn: p.startedOn,
      description: p.description,
    };
    const [row] = await tx
      .insert(partnerships)
      .values(values)
      .onConflictDoUpdate({ target: partnerships.slug, set: values })
      .returning({ id: partnerships.id });
    const partnershipId = row!.id;
    partnershipIds.set(p.slug, partnershipId);
    for (const party of p.parties) {
      await tx
        .insert(partnershipParties)
        .values({ partnershipId, actorId: actorIds.get(party.actor), role: party.role })
        .onConflictDoUpdate({
          target: [partnershipParties.partnershipId, partnershipParties.actorId],
          set: { role: party.role },
        });
    }
    if (p.countries.length > 0) {
      await tx
        .insert(partnershipCountries)
        .values(p.countries.map((code) => ({ partnershipId, countryId: countryIds.get(code) })))
        .onConflictDoNothing();
    }
    if (p.technologies.length > 0) {
      await tx
        .insert(partnershipTechnologies)
        .values(p.technologies.map((slug) => ({ partnershipId, technologyId: technologyIds.get(slug) })))
        .onConflictDoNothing();
    }
    for (const s of sourceRows(p.sources)) {
      await tx
        .insert(evidence)
        .values({ ...s, partnershipId })
        .onConflictDoUpdate({ target: [evidence.articleId, evidence.partnershipId], set: { excerpt: s.excerpt } });
    }
  }

  for (const e of k.events) {
    const values = {
      slug: e.slug,
      title: e.title,
      kind: e.kind,
      occurredOn: e.occurredOn,
      city: e.city,
      countryId: countryOf(e.country),
      description: e.description,
    };
    const [row] = await tx
      .insert(events)
      .values(values)
      .onConflictDoUpdate({ target: events.slug, set: values })
      .returning({ id: events.id });
    const eventId = row!.id;
    for (const p of e.participants) {
      await tx
        .insert(eventParticipants)
        .values({ eventId, actorId: actorIds.get(p.actor), role: p.role })
        .onConflictDoUpdate({ target: [eventParticipants.eventId, eventParticipants.actorId], set: { role: p.role } });
    }
    if (e.partnerships.length > 0) {
      await tx
        .insert(eventPartnerships)
        .values(e.partnerships.map((slug) => ({ eventId, partnershipId: partnershipIds.get(slug) })))
        .onConflictDoNothing();
    }
    for (const s of sourceRows(e.sources)) {
      await tx
        .insert(evidence)
        .values({ ...s, eventId })
        .onConflictDoUpdate({ target: [evidence.articleId, evidence.eventId], set: { excerpt: s.excerpt } });
    }
  }

  for (const m of k.mentions) {
    const articleId = articleIds.get(m.article);
    if (m.actors.length > 0) {
      await tx
        .insert(actorMentions)
        .values(m.actors.map((a) => ({ articleId, actorId: actorIds.get(a.slug), mentionCount: a.count })))
        .onConflictDoUpdate({
          target: [actorMentions.actorId, actorMentions.articleId],
          set: { mentionCount: sql.raw('excluded.mention_count') },
        });
    }
    if (m.countries.length > 0) {
      await tx
        .insert(countryMentions)
        .values(m.countries.map((c) => ({ articleId, countryId: countryIds.get(c.code), mentionCount: c.count })))
        .onConflictDoUpdate({
          target: [countryMentions.countryId, countryMentions.articleId],
          set: { mentionCount: sql.raw('excluded.mention_count') },
        });
    }
    if (m.technologies.length > 0) {
      await tx
        .insert(technologyMentions)
        .values(
          m.technologies.map((t) => ({ articleId, technologyId: technologyIds.get(t.slug), mentionCount: t.count })),
        )
        .onConflictDoUpdate({
          target: [technologyMentions.technologyId, technologyMentions.articleId],
          set: { mentionCount: sql.raw('excluded.mention_count') },
        });
    }
  }
}
