// The peer: PostGraphile 5 over the same database (../shared/peers/postgraphile), already running,
// driven with its own documents (qN.graphql in its queries folder) and the same parameters as the
// API's, in PostGraphile's terms. Its schema is not ours, so before it is measured its answer and
// the API's are each reduced to the same normalised projection, and the two are compared.
//
// What the projections keep, and how they compare:
// - every field the two documents both select: names, slugs, titles, codes, roles, counts,
//   totalCount and hasNextPage, and the dates;
// - global IDs as (type, row id): the API's are Pothos's base64("Type:id"), PostGraphile's
//   base64('["Type",id]');
// - enum values in lower case (the API's are GraphQL enums, PostGraphile's the columns' text);
//   timestamps as instants (the two print them with different precision and offsets);
// - the page itself (Q1's 20 partnerships, Q2's 50 articles, Q3's page 5, Q4's 50 collaborators,
//   Q5's 20 nodes) in order: the order is part of what each query asks;
// - every list inside an item of the page (parties, technologies, sources, actors, countries)
//   as a multiset: PostGraphile orders those by join-table key, the API by name (the peer's README).
// What is not compared: cursors (each server has its own; Q3's `after` is checked by the content of
// page 5 it leads to), and GraphQL field names, which the projections rename.
import { readFileSync } from 'node:fs';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Sql } from 'postgres';
import { describeDifferences, differences, type Difference } from './compare.ts';
import { Q3_PAGES_BEFORE } from './parameters.ts';
import type { QueryName, Variables } from './queries.ts';
import { dataOrThrow, jsonHeaders, readReply, type GraphQLReply, type WireData } from './statements.ts';

/** The peer's documents: one per query, and Q2 also with the country bound by its row id. */
const PEER_DOCUMENTS = ['q1', 'q2', 'q2id', 'q3', 'q4', 'q5'] as const;
export type PeerDocumentName = (typeof PEER_DOCUMENTS)[number];

/** Which of the peer's Q2 documents are measured: by the country's row id (the default), by its code, or both. */
export type PeerQ2 = 'id' | 'code' | 'both';

/** One way of asking the peer one of our queries: its document and its variables. */
export interface PeerRequest {
  document: PeerDocumentName;
  query: string;
  variables: Variables;
}

export interface PeerCheck {
  document: PeerDocumentName;
  /** true: the projections are equal; false: they differ, or the peer answered with errors. */
  agrees: boolean;
  /** false: it answered with errors or without data (then it is not measured on that query). */
  answered: boolean;
  /** The differences, or the errors, when it does not agree. */
  problem?: string;
}

export function loadPeerDocuments(dir: string): Record<PeerDocumentName, string> {
  const folder = dir.endsWith('/') ? dir : `${dir}/`;
  const entries = PEER_DOCUMENTS.map((name) => {
    try {
      return [name, readFileSync(`${folder}${name}.graphql`, 'utf8')] as const;
    } catch (error) {
      throw new Error(
        `the peer's queries folder ${folder} has no readable ${name}.graphql (${error instanceof Error ? error.message : error})`,
      );
    }
  });
  return Object.fromEntries(entries) as Record<PeerDocumentName, string>;
}

/** The peer's documents measured for one of our queries. */
export function peerDocumentsFor(name: QueryName, q2: PeerQ2): PeerDocumentName[] {
  if (name !== 'q2') return [name];
  return q2 === 'id' ? ['q2id'] : q2 === 'code' ? ['q2'] : ['q2id', 'q2'];
}

export async function postPeer(url: string, query: string, variables: Variables): Promise<GraphQLReply> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: jsonHeaders(),
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(
      `the peer at ${url} did not answer (${cause}); start it first (see docs/performance.md, "Against PostGraphile")`,
    );
  }
  return readReply(response);
}

/** PostGraphile's node ID of the row a Pothos global ID names: base64 of the JSON ["Type", id]. */
function peerNodeId(apiGlobalId: string): string {
  const { typename, id } = decodeGlobalID(apiGlobalId);
  const key = /^\d+$/.test(id) ? Number(id) : id;
  return Buffer.from(JSON.stringify([typename, key])).toString('base64');
}

/**
 * The peer's variables for every document, from the parameters the API's run uses: the same actor,
 * country, technology subtree, page and rows, named as PostGraphile names them.
 */
export async function peerRequests(
  sql: Sql,
  url: string,
  documents: Record<PeerDocumentName, string>,
  api: Record<QueryName, Variables>,
): Promise<{ requests: Record<PeerDocumentName, PeerRequest>; notes: string[] }> {
  const notes: string[] = [];
  const { country, technology } = api.q2 as { country: string; technology: string };
  // The subtree as the API's filter walks it (src/knowledge/filters.ts): PostGraphile's filter is not recursive.
  const subtree = await sql<{ id: number }[]>`
    with recursive tree(id) as (
      select id from technologies where slug = ${technology}
      union
      select child.id from technologies child join tree on child.parent_id = tree.id
    )
    select id from tree order by id`;
  const [countryRow] = await sql<{ id: number }[]>`select id from countries where code = ${country}`;
  const technologyIds = subtree.map((row) => row.id);
  notes.push(
    `peer q2: country ${country} = row ${countryRow?.id ?? '?'}, technology ${technology} and the ${technologyIds.length - 1} below it by row id`,
  );

  // Q3: the peer's own endCursor of page 4, paged with its own document as the API's was.
  const code = (api.q3 as { code: string }).code;
  let after: string | null = null;
  let pagesRead = 0;
  try {
    for (let page = 1; page <= Q3_PAGES_BEFORE; page++) {
      const data = dataOrThrow(`the peer's q3 page ${page}`, await postPeer(url, documents.q3, { code, after }));
      const info = data.countryByCode?.partnershipCountries?.pageInfo as
        | { hasNextPage: boolean; endCursor: string | null }
        | undefined;
      if (!info?.endCursor) break;
      after = info.endCursor;
      pagesRead = page;
      if (!info.hasNextPage) break;
    }
    notes.push(`peer q3: country ${code}, after its own endCursor of page ${pagesRead}`);
  } catch (error) {
    // Not fatal: its check of Q3 then fails too, and says why; the rest of the run goes on.
    notes.push(
      `peer q3: WARNING cannot page through it (${error instanceof Error ? error.message.slice(0, 300) : error})`,
    );
  }

  const ids = (api.q5 as { ids: string[] }).ids;
  const q5: Variables = Object.fromEntries(ids.map((id, i) => [`i${i}`, peerNodeId(id)]));

  const variables: Record<PeerDocumentName, Variables> = {
    q1: { slug: (api.q1 as { slug: string }).slug },
    q2: { country, technologyIds },
    q2id: { countryId: countryRow?.id ?? null, technologyIds },
    q3: { code, after },
    q4: { slug: (api.q4 as { slug: string }).slug },
    q5,
  };
  const requests = Object.fromEntries(
    PEER_DOCUMENTS.map((name) => [name, { document: name, query: documents[name], variables: variables[name] }]),
  );
  return { requests: requests as Record<PeerDocumentName, PeerRequest>, notes };
}

// ---- the projections -------------------------------------------------------------------------

/** The projections walk both servers' answers by shape; a reply of another shape throws, and checkPeer reports it. */
type Json = WireData;

/** (type, row id) of either server's global ID, as "Type:id". */
function nodeKey(id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const text = Buffer.from(id, 'base64').toString('utf8');
  if (text.startsWith('[')) {
    try {
      const [typename, ...keys] = JSON.parse(text) as unknown[];
      return `${typename}:${keys.join(',')}`;
    } catch {
      return `unreadable ${id}`;
    }
  }
  try {
    const { typename, id: key } = decodeGlobalID(id);
    return `${typename}:${key}`;
  } catch {
    return `unreadable ${id}`;
  }
}

const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : (value ?? null));

function instant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? `unparsable ${value}` : new Date(time).toISOString();
}

/** A list compared as a multiset: sorted by its JSON. */
function asSet<T>(items: T[] | null | undefined): T[] {
  return [...(items ?? [])].sort((a, b) => {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

const country = (c: Json) => (c ? { code: c.code, name: c.name } : null);

/** Q1: the actor, and its page of 20 partnerships in order, each with its lists as multisets. */
const q1 = {
  api: (data: Json) => {
    const a = data.actor;
    if (!a) return null;
    return {
      id: nodeKey(a.id),
      slug: a.slug,
      name: a.name,
      kind: lower(a.kind),
      totalCount: a.partnerships.totalCount,
      hasNextPage: a.partnerships.pageInfo.hasNextPage,
      partnerships: a.partnerships.edges.map((e: Json) => ({
        role: e.role,
        id: nodeKey(e.node.id),
        slug: e.node.slug,
        title: e.node.title,
        kind: lower(e.node.kind),
        startedOn: e.node.startedOn,
        parties: asSet(
          e.node.parties.map((p: Json) => ({
            role: p.role,
            id: nodeKey(p.actor.id),
            slug: p.actor.slug,
            name: p.actor.name,
            country: country(p.actor.country),
          })),
        ),
        technologies: asSet(e.node.technologies.map((t: Json) => ({ slug: t.slug, name: t.name }))),
        sources: asSet(
          e.node.sources.map((s: Json) => ({ title: s.article.title, publishedAt: instant(s.article.publishedAt) })),
        ),
      })),
    };
  },
  peer: (data: Json) => {
    const a = data.actorBySlug;
    if (!a) return null;
    return {
      id: nodeKey(a.id),
      slug: a.slug,
      name: a.name,
      kind: lower(a.kind),
      totalCount: a.partnershipParties.totalCount,
      hasNextPage: a.partnershipParties.pageInfo.hasNextPage,
      partnerships: a.partnershipParties.nodes.map((row: Json) => {
        const p = row.partnership;
        return {
          role: row.role,
          id: nodeKey(p.id),
          slug: p.slug,
          title: p.title,
          kind: lower(p.kind),
          startedOn: p.startedOn,
          parties: asSet(
            p.partnershipParties.nodes.map((q: Json) => ({
              role: q.role,
              id: nodeKey(q.actor.id),
              slug: q.actor.slug,
              name: q.actor.name,
              country: country(q.actor.country),
            })),
          ),
          technologies: asSet(
            p.partnershipTechnologies.nodes.map((t: Json) => ({ slug: t.technology.slug, name: t.technology.name })),
          ),
          sources: asSet(
            p.evidences.nodes.map((s: Json) => ({
              title: s.article.title,
              publishedAt: instant(s.article.publishedAt),
            })),
          ),
        };
      }),
    };
  },
};

/** Q2: the 50 articles in order, each with its actors, countries and technologies as multisets. */
const article = (n: Json, actors: Json[], countries: Json[], technologies: Json[]) => ({
  id: nodeKey(n.id),
  slug: n.slug,
  title: n.title,
  publishedAt: instant(n.publishedAt),
  actors: asSet(actors.map((a) => ({ slug: a.slug, name: a.name }))),
  countries: asSet(countries.map(country)),
  technologies: asSet(technologies.map((t) => ({ slug: t.slug, name: t.name }))),
});
const q2 = {
  api: (data: Json) => ({
    hasNextPage: data.articles.pageInfo.hasNextPage,
    articles: data.articles.nodes.map((n: Json) => article(n, n.actors, n.countries, n.technologies)),
  }),
  peer: (data: Json) => ({
    hasNextPage: data.articles.pageInfo.hasNextPage,
    articles: data.articles.nodes.map((n: Json) =>
      article(
        n,
        n.actorMentions.nodes.map((m: Json) => m.actor),
        n.countryMentions.nodes.map((m: Json) => m.country),
        n.technologyMentions.nodes.map((m: Json) => m.technology),
      ),
    ),
  }),
};

/** Q3: the country and page 5 of its partnerships in order, each with its parties as a multiset. */
const partnership = (p: Json, parties: Json[]) => ({
  id: nodeKey(p.id),
  slug: p.slug,
  title: p.title,
  kind: lower(p.kind),
  parties: asSet(parties.map((q) => ({ role: q.role, slug: q.actor.slug, name: q.actor.name }))),
});
const q3 = {
  api: (data: Json) => {
    const c = data.country;
    if (!c) return null;
    return {
      code: c.code,
      name: c.name,
      hasNextPage: c.partnerships.pageInfo.hasNextPage,
      partnerships: c.partnerships.nodes.map((p: Json) => partnership(p, p.parties)),
    };
  },
  peer: (data: Json) => {
    const c = data.countryByCode;
    if (!c) return null;
    const page = c.partnershipCountries;
    return {
      code: c.code,
      name: c.name,
      hasNextPage: page.pageInfo.hasNextPage,
      partnerships: page.nodes.map((n: Json) => partnership(n.partnership, n.partnership.partnershipParties.nodes)),
    };
  },
};

/** Q4: the actor, the total, and its 50 first collaborators in order with the counts. */
const collaborator = (counts: Json, c: Json) => ({
  partnershipCount: counts.partnershipCount,
  eventCount: counts.eventCount,
  sharedCount: counts.sharedCount,
  slug: c.slug,
  name: c.name,
  kind: lower(c.kind),
  country: c.country?.code ?? null,
});
const q4 = {
  api: (data: Json) => {
    const a = data.actor;
    if (!a) return null;
    return {
      slug: a.slug,
      name: a.name,
      totalCount: a.collaborators.totalCount,
      collaborators: a.collaborators.edges.map((e: Json) => collaborator(e, e.node)),
    };
  },
  peer: (data: Json) => {
    const a = data.actorBySlug;
    if (!a) return null;
    return {
      slug: a.slug,
      name: a.name,
      totalCount: a.actorCollaborations.totalCount,
      collaborators: a.actorCollaborations.nodes.map((n: Json) => collaborator(n, n.collaborator)),
    };
  },
};

/** Q5: the 20 nodes in order, each with its type, (type, row id) and its fields. */
function refetched(n: Json) {
  if (!n) return null;
  const { __typename, id, actorKind, partnershipKind, publishedAt, ...rest } = n;
  return {
    typename: __typename,
    id: nodeKey(id),
    ...rest,
    ...(actorKind !== undefined ? { actorKind: lower(actorKind) } : {}),
    ...(partnershipKind !== undefined ? { partnershipKind: lower(partnershipKind) } : {}),
    ...(publishedAt !== undefined ? { publishedAt: instant(publishedAt) } : {}),
  };
}
const q5 = {
  api: (data: Json) => (data.nodes as Json[]).map(refetched),
  peer: (data: Json) =>
    Object.keys(data)
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
      .map((alias) => refetched(data[alias])),
};

const PROJECTIONS: Record<QueryName, { api(data: Json): unknown; peer(data: Json): unknown }> = { q1, q2, q3, q4, q5 };

/** Compares the peer's answer to one request with the API's data, through the projections above. */
export async function checkPeer(url: string, name: QueryName, request: PeerRequest, apiData: Json): Promise<PeerCheck> {
  const reply = await postPeer(url, request.query, request.variables);
  if (reply.status !== 200 || reply.errors?.length || reply.data == null) {
    return {
      document: request.document,
      agrees: false,
      answered: false,
      problem: `HTTP ${reply.status}, errors ${JSON.stringify(reply.errors ?? null).slice(0, 400)}`,
    };
  }
  const projection = PROJECTIONS[name];
  let found: Difference[];
  try {
    found = differences(projection.api(apiData), projection.peer(reply.data));
  } catch (error) {
    // An answer of another shape than the document asks for (a changed document or schema).
    return {
      document: request.document,
      agrees: false,
      answered: true,
      problem: `its answer does not have the expected shape (${error instanceof Error ? error.message : error})`,
    };
  }
  if (found.length === 0) return { document: request.document, agrees: true, answered: true };
  return { document: request.document, agrees: false, answered: true, problem: describeDifferences(found, 'peer') };
}
