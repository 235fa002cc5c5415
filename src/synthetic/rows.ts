// The graph as table rows, in COPY text: each table's column list and a generator of its lines.
// Join rows with serial ids (parties, participants, evidence) are numbered here, in the order
// they are produced, which is the same on every run.
import type { ArticleWriter } from './article-writer.ts';
import { copyLine, type CopyValue } from './copy-format.ts';
import type { Graph } from './graph.ts';

export interface TableRows {
  table: string;
  columns: readonly string[];
  lines: Iterable<string>;
}

/** Rows that are not articles are stamped with one fixed load time, so two runs give identical rows. */
const LOAD_TIME = '2026-11-01T00:00:00Z';

/** The tables before the articles, in load order. */
export function graphTables(graph: Graph): TableRows[] {
  const { partnerships, events } = graph;
  return [
    {
      table: 'technologies',
      columns: ['id', 'slug', 'name', 'parent_id', 'description', 'aliases'],
      lines: lines(
        graph.technologies.filter((t) => !t.curated),
        (t) => [t.id, t.slug, t.name, t.parentId, t.description, []],
      ),
    },
    {
      table: 'actors',
      columns: ['id', 'slug', 'name', 'kind', 'country_id', 'parent_id', 'description', 'aliases', 'created_at'],
      lines: lines(graph.actors, (a) => [
        a.id,
        a.slug,
        a.name,
        a.kind,
        a.place?.id ?? null,
        a.parentId,
        a.description,
        a.aliases,
        LOAD_TIME,
      ]),
    },
    {
      table: 'partnerships',
      columns: ['id', 'slug', 'title', 'kind', 'status', 'started_on', 'description', 'created_at'],
      lines: lines(partnerships, (p) => [
        p.id,
        p.slug,
        p.title,
        p.kind,
        p.status,
        p.startedOn,
        p.description,
        LOAD_TIME,
      ]),
    },
    {
      table: 'partnership_parties',
      columns: ['id', 'partnership_id', 'actor_id', 'role'],
      lines: links(partnerships, (p) => p.parties.map((x) => [p.id, x.actor.id, x.role]), { numbered: true }),
    },
    {
      table: 'partnership_countries',
      columns: ['partnership_id', 'country_id'],
      lines: links(partnerships, (p) => p.countryIds.map((c) => [p.id, c])),
    },
    {
      table: 'partnership_technologies',
      columns: ['partnership_id', 'technology_id'],
      lines: links(partnerships, (p) => p.technologies.map((t) => [p.id, t.id])),
    },
    {
      table: 'events',
      columns: ['id', 'slug', 'title', 'kind', 'occurred_on', 'city', 'country_id', 'description', 'created_at'],
      lines: lines(events, (e) => [
        e.id,
        e.slug,
        e.title,
        e.kind,
        e.occurredOn,
        e.city,
        e.place.id,
        e.description,
        LOAD_TIME,
      ]),
    },
    {
      table: 'event_participants',
      columns: ['id', 'event_id', 'actor_id', 'role'],
      lines: links(events, (e) => e.participants.map((x) => [e.id, x.actor.id, x.role]), { numbered: true }),
    },
    {
      table: 'event_partnerships',
      columns: ['event_id', 'partnership_id'],
      lines: links(events, (e) => e.partnerships.map((p) => [e.id, p.id])),
    },
    {
      table: 'affiliations',
      columns: ['id', 'person_id', 'organization_id', 'title', 'started_on', 'ended_on'],
      lines: lines(graph.affiliations, (f) => [
        f.id,
        f.person.id,
        f.organization?.id ?? null,
        f.title,
        f.startedOn,
        f.endedOn,
      ]),
    },
  ];
}

/** Articles written between two turns of the event loop, so a COPY in flight keeps streaming. */
const ARTICLES_PER_SLICE = 100;

/**
 * Articles `from`..`to` and the rows that hang off them, as the tables to copy in load order.
 * Evidence ids continue from `evidenceIds.next`, which is advanced.
 */
export async function articleBatch(
  writer: ArticleWriter,
  from: number,
  to: number,
  evidenceIds: { next: number },
): Promise<TableRows[]> {
  const articles: string[] = [];
  const evidence: string[] = [];
  const actorMentions: string[] = [];
  const countryMentions: string[] = [];
  const technologyMentions: string[] = [];
  for (let id = from; id <= to; id++) {
    if ((id - from) % ARTICLES_PER_SLICE === ARTICLES_PER_SLICE - 1)
      await new Promise((resolve) => setImmediate(resolve));
    const a = writer.write(id);
    articles.push(
      copyLine([
        a.id,
        a.slug,
        a.url,
        a.title,
        a.source,
        a.section,
        a.author,
        a.publishedAt,
        a.summary,
        a.body,
        a.tags,
        a.themes,
        a.contentHash,
        a.publishedAt,
      ]),
    );
    for (const e of a.evidence) {
      const { kind, node } = e.fact;
      evidence.push(
        copyLine([
          evidenceIds.next++,
          id,
          kind === 'partnership' ? node.id : null,
          kind === 'event' ? node.id : null,
          kind === 'affiliation' ? node.id : null,
          e.excerpt,
          e.spanStart,
          e.spanEnd,
          e.confidence,
        ]),
      );
    }
    // An actor mention keeps the sentence that names the actor; country and technology mentions
    // keep only their count, which is all the filters read and keeps the tables lean.
    for (const [actor, m] of a.actors) actorMentions.push(copyLine([id, actor.id, m.count, m.excerpt]));
    for (const [place, m] of a.countries) countryMentions.push(copyLine([id, place.id, m.count, null]));
    for (const [technology, m] of a.technologies) technologyMentions.push(copyLine([id, technology.id, m.count, null]));
  }
  const mentionColumns = (entity: string) => ['article_id', entity, 'mention_count', 'excerpt'];
  return [
    {
      table: 'articles',
      columns: [
        'id',
        'slug',
        'url',
        'title',
        'source',
        'section',
        'author',
        'published_at',
        'summary',
        'body',
        'tags',
        'themes',
        'content_hash',
        'created_at',
      ],
      lines: articles,
    },
    {
      table: 'evidence',
      columns: [
        'id',
        'article_id',
        'partnership_id',
        'event_id',
        'affiliation_id',
        'excerpt',
        'span_start',
        'span_end',
        'confidence',
      ],
      lines: evidence,
    },
    { table: 'actor_mentions', columns: mentionColumns('actor_id'), lines: actorMentions },
    { table: 'country_mentions', columns: mentionColumns('country_id'), lines: countryMentions },
    { table: 'technology_mentions', columns: mentionColumns('technology_id'), lines: technologyMentions },
  ];
}

type Row = readonly CopyValue[];

/** One line per item. */
function* lines<T>(items: Iterable<T>, row: (item: T) => Row): Generator<string> {
  for (const item of items) yield copyLine(row(item));
}

/** A join table's lines: each owner's rows in turn, after an id column 1, 2, 3, ... when `numbered`. */
function* links<T>(owners: Iterable<T>, rowsOf: (owner: T) => Row[], { numbered = false } = {}): Generator<string> {
  let id = 0;
  for (const owner of owners) for (const row of rowsOf(owner)) yield copyLine(numbered ? [++id, ...row] : row);
}
