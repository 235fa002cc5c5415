// The explorer's only way to the data: POST to the public GraphQL endpoint.

const endpoint = '/graphql';

export class GraphQLError extends Error {}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLError(`the API answered HTTP ${response.status} without JSON`);
  }
  if (body.errors?.length) throw new GraphQLError(body.errors.map((e) => e.message).join('; '));
  if (body.data === undefined) throw new GraphQLError(`the API answered HTTP ${response.status} without data`);
  return body.data;
}

export type CentreKind = 'ACTOR' | 'COUNTRY' | 'TECHNOLOGY';
export type NodeKind = CentreKind | 'PARTNERSHIP' | 'EVENT';

export interface Hit {
  id: string;
  kind: CentreKind;
  label: string;
  detail: string;
}

interface SearchData {
  search: {
    edges: {
      snippet: string;
      node:
        | { __typename: 'Actor'; id: string; name: string; kind: string; country: { code: string } | null }
        | { __typename: 'Technology'; id: string; name: string }
        | { __typename: 'Article' | 'Event' | 'Partnership' };
    }[];
  };
}

const searchQuery = /* GraphQL */ `
  query ExplorerSearch($query: String!) {
    search(query: $query, kinds: [ACTOR, TECHNOLOGY], first: 12) {
      edges {
        snippet
        node {
          __typename
          ... on Actor { id name kind country { code } }
          ... on Technology { id name }
        }
      }
    }
  }
`;

interface Country {
  id: string;
  code: string;
  name: string;
}

const countriesQuery = /* GraphQL */ `
  query ExplorerCountries($after: String) {
    countries(first: 100, after: $after) {
      nodes { id code name }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

let countries: Promise<Country[]> | undefined;

/** Every country, fetched once (a few pages of 100), for matching names and codes locally. */
function allCountries(): Promise<Country[]> {
  countries ??= (async () => {
    const all: Country[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data: { countries: { nodes: Country[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await graphql(countriesQuery, { after });
      all.push(...data.countries.nodes);
      if (!data.countries.pageInfo.hasNextPage) break;
      after = data.countries.pageInfo.endCursor;
    }
    return all;
  })().catch((error: unknown) => {
    countries = undefined;
    throw error;
  });
  return countries;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

async function searchCountries(text: string): Promise<Hit[]> {
  const wanted = fold(text.trim());
  if (wanted.length < 2) return [];
  const list = await allCountries();
  const matches = list.filter((c) => fold(c.code) === wanted || fold(c.name).includes(wanted));
  // The exact code or a name starting with the text first.
  const score = (c: Country) => (fold(c.code) === wanted ? 0 : fold(c.name).startsWith(wanted) ? 1 : 2);
  return matches
    .sort((a, b) => score(a) - score(b) || a.name.localeCompare(b.name))
    .slice(0, 5)
    .map((c) => ({ id: c.id, kind: 'COUNTRY' as const, label: c.name, detail: `Country · ${c.code}` }));
}

const cleanSnippet = (snippet: string) => snippet.replace(/[«»]/g, '');

/** Actors and technologies from `search`, and countries matched by name or ISO code. */
export async function search(text: string): Promise<Hit[]> {
  const [found, countryHits] = await Promise.all([
    graphql<SearchData>(searchQuery, { query: text }),
    searchCountries(text),
  ]);
  const hits: Hit[] = [];
  for (const { node, snippet } of found.search.edges) {
    if (node.__typename === 'Actor') {
      const where = node.country ? ` · ${node.country.code}` : '';
      hits.push({
        id: node.id,
        kind: 'ACTOR',
        label: node.name,
        detail: `Actor (${node.kind.toLowerCase().replace(/_/g, ' ')})${where}`,
      });
    } else if (node.__typename === 'Technology') {
      hits.push({ id: node.id, kind: 'TECHNOLOGY', label: node.name, detail: `Technology · ${cleanSnippet(snippet)}` });
    }
  }
  return [...countryHits, ...hits];
}

/** The centre of a page, with what names it in a filter: an actor's or technology's slug, a country's code. */
export type Centre =
  | { __typename: 'Actor'; id: string; slug: string }
  | { __typename: 'Country'; id: string; code: string }
  | { __typename: 'Technology'; id: string; slug: string };

export interface Neighbourhood {
  centre: Centre;
  truncated: boolean;
  nodes: { id: string; kind: NodeKind; label: string; depth: number }[];
  edges: { kind: string; role: string | null; source: string; target: string }[];
}

/** How many nodes besides the centre the network shows (and its downloads hold). */
const NETWORK_SIZE = 60;

/** Where the network around `id` downloads as a file: GEXF (Gephi), GraphML, or CSV node and edge lists. */
export function exportUrl(id: string, depth: number, format: 'gexf' | 'graphml' | 'nodes.csv' | 'edges.csv'): string {
  return `/export/neighbourhood.${format}?${new URLSearchParams({ id, depth: String(depth), first: String(NETWORK_SIZE) })}`;
}

const neighbourhoodQuery = /* GraphQL */ `
  query ExplorerNeighbourhood($id: ID!, $depth: Int!, $first: Int!) {
    neighbourhood(id: $id, depth: $depth, first: $first) {
      centre { __typename id ... on Actor { slug } ... on Country { code } ... on Technology { slug } }
      truncated
      nodes { id kind label depth }
      edges { kind role source target }
    }
  }
`;

export async function neighbourhood(id: string, depth: number): Promise<Neighbourhood | null> {
  const data = await graphql<{ neighbourhood: Neighbourhood | null }>(neighbourhoodQuery, {
    id,
    depth,
    first: NETWORK_SIZE,
  });
  return data.neighbourhood;
}

export interface Source {
  excerpt: string | null;
  article: { title: string; url: string | null; source: string | null; publishedAt: string };
}

/** How well a partnership or an event is supported (the API's support fields). */
export interface Support {
  articleCount: number;
  sourceCount: number;
  firstReportedAt: string | null;
  latestReportedAt: string | null;
  confidence: number;
}

export type Details =
  | ({
      __typename: 'Partnership';
      id: string;
      title: string;
      kind: string;
      status: string | null;
      startedOn: string | null;
      description: string | null;
      parties: { role: string; actor: { id: string; name: string } }[];
      countries: { id: string; name: string }[];
      technologies: { id: string; name: string }[];
      sources: Source[];
    } & Support)
  | ({
      __typename: 'Event';
      id: string;
      title: string;
      eventKind: string;
      occurredOn: string | null;
      city: string | null;
      country: { id: string; name: string } | null;
      participants: { role: string | null; actor: { id: string; name: string } }[];
      sources: Source[];
    } & Support);

// Partnership.kind and Event.kind are different enums, so they cannot share a response name:
// the event's is asked as `eventKind`.
const detailsQuery = /* GraphQL */ `
  query ExplorerDetails($id: ID!) {
    node(id: $id) {
      __typename
      ... on Partnership {
        id title kind status startedOn description
        parties { role actor { id name } }
        countries { id name }
        technologies { id name }
        sources { excerpt article { title url source publishedAt } }
        articleCount sourceCount firstReportedAt latestReportedAt confidence
      }
      ... on Event {
        id title eventKind: kind occurredOn city
        country { id name }
        participants { role actor { id name } }
        sources { excerpt article { title url source publishedAt } }
        articleCount sourceCount firstReportedAt latestReportedAt confidence
      }
    }
  }
`;

export async function details(id: string): Promise<Details | null> {
  const data = await graphql<{ node: (Details | { __typename: string }) | null }>(detailsQuery, { id });
  const node = data.node;
  return node && (node.__typename === 'Partnership' || node.__typename === 'Event') ? (node as Details) : null;
}

// Live updates: the `knowledgeAdded` subscription over server-sent events, read with the
// browser's EventSource. EventSource can only GET, which yoga accepts for subscriptions (the
// operation in the query string, `Accept: text/event-stream` sent by the browser); each result
// comes as an `event: next` message, and the stream ends with `event: complete`.

const addedSubscription = /* GraphQL */ `
  subscription ExplorerKnowledgeAdded($filter: KnowledgeAddedFilter!) {
    knowledgeAdded(filter: $filter) {
      partnership {
        id title
        parties { role actor { id } }
        countries { id }
        technologies { id }
      }
      event {
        id title
        participants { role actor { id } }
        country { id }
        partnerships { id }
      }
    }
  }
`;

interface AddedData {
  knowledgeAdded: {
    partnership: {
      id: string;
      title: string;
      parties: { role: string; actor: { id: string } }[];
      countries: { id: string }[];
      technologies: { id: string }[];
    } | null;
    event: {
      id: string;
      title: string;
      participants: { role: string | null; actor: { id: string } }[];
      country: { id: string } | null;
      partnerships: { id: string }[];
    } | null;
  };
}

/** A partnership or event just added, as a node of the network with its links (the neighbourhood's edge kinds). */
export interface AddedNode {
  node: { id: string; kind: 'PARTNERSHIP' | 'EVENT'; label: string };
  edges: Neighbourhood['edges'];
}

function addedNode({ partnership: p, event: e }: AddedData['knowledgeAdded']): AddedNode | null {
  if (p) {
    return {
      node: { id: p.id, kind: 'PARTNERSHIP', label: p.title },
      edges: [
        ...p.parties.map((party) => ({ kind: 'PARTY', role: party.role, source: party.actor.id, target: p.id })),
        ...p.countries.map((c) => ({ kind: 'PARTNERSHIP_COUNTRY', role: null, source: p.id, target: c.id })),
        ...p.technologies.map((t) => ({ kind: 'PARTNERSHIP_TECHNOLOGY', role: null, source: p.id, target: t.id })),
      ],
    };
  }
  if (e) {
    return {
      node: { id: e.id, kind: 'EVENT', label: e.title },
      edges: [
        ...e.participants.map((x) => ({ kind: 'PARTICIPANT', role: x.role, source: x.actor.id, target: e.id })),
        ...(e.country ? [{ kind: 'EVENT_COUNTRY', role: null, source: e.id, target: e.country.id }] : []),
        ...e.partnerships.map((x) => ({ kind: 'EVENT_PARTNERSHIP', role: null, source: e.id, target: x.id })),
      ],
    };
  }
  return null;
}

/** The subscription's filter for a centre: the facts that involve it. */
function liveFilter(centre: Centre): Record<string, string> {
  switch (centre.__typename) {
    case 'Actor':
      return { actor: centre.slug };
    case 'Country':
      return { country: centre.code };
    case 'Technology':
      return { technology: centre.slug };
  }
}

export type LiveState = 'live' | 'paused';

/**
 * Follows the partnerships and events added about `centre` from now on, until the returned
 * function is called. A dropped connection is retried by EventSource itself (`paused` until it is
 * back; what was added meanwhile is not sent again). An error from the API ends the following
 * for good: retrying would only repeat it, and the page works without live updates.
 */
export function followAdded(
  centre: Centre,
  on: { added(fact: AddedNode): void; state(state: LiveState, reason: string): void },
): () => void {
  const params = new URLSearchParams({
    query: addedSubscription,
    variables: JSON.stringify({ filter: liveFilter(centre) }),
  });
  const source = new EventSource(`${endpoint}?${params}`);
  const stop = (reason: string) => {
    source.close();
    on.state('paused', reason);
  };
  source.addEventListener('open', () => on.state('live', 'following new partnerships and events'));
  source.addEventListener('next', (message) => {
    let result: { data?: AddedData; errors?: { message: string }[] };
    try {
      result = JSON.parse(message.data as string) as typeof result;
    } catch {
      return stop('the API sent an update that is not JSON');
    }
    if (result.errors?.length) return stop(result.errors.map((error) => error.message).join('; '));
    const fact = result.data && addedNode(result.data.knowledgeAdded);
    if (fact) on.added(fact);
  });
  // The server ends the stream only after an error or when it stops following.
  source.addEventListener('complete', () => stop('the API ended the updates'));
  source.addEventListener('error', () =>
    // CONNECTING: the connection dropped and EventSource tries again; CLOSED: the answer was no event stream.
    on.state(
      'paused',
      source.readyState === EventSource.CLOSED ? 'the API refused the updates' : 'reconnecting to the API',
    ),
  );
  return () => source.close();
}
