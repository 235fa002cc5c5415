// Query.search: full-text search over every kind of the graph, as a connection of a union.
//
// Statements: ONE for the search itself (ids, ranks, snippets and the total, see
// src/knowledge/search.ts), then ONE per kind present on the page, loading that kind's rows by
// id with the drizzle plugin's planned query for whatever the client selected beneath
// `edges.node` and `nodes` (nested relations included). A page holding actors and articles costs
// three statements, whatever the page size or the depth of the selection; a request for cursors,
// ranks, snippets or the count alone costs the one.
import { encodeBase64, encodeCursorTuple } from '@pothos/core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Relations } from '../../db/database.ts';
import {
  MAX_SEARCH_QUERY_LENGTH,
  SEARCH_KINDS,
  SearchQueryError,
  searchKnowledge,
  type SearchHit,
  type SearchKind,
  type SearchPage,
  type SearchPosition,
} from '../../knowledge/search.ts';
import { builder } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import { DEFAULT_PAGE_SIZE } from '../connection-conventions-plugin.ts';
import { badCursor, cursorValues } from '../cursors.ts';
import { Actor } from './actor.ts';
import { Article } from './article.ts';
import { Event } from './event.ts';
import { Partnership } from './partnership.ts';
import { Technology } from './technology.ts';
import { badUserInput } from '../user-input-errors.ts';

const MAX_INT4 = 2_147_483_647;

export const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'A kind of object that `search` finds.',
  values: {
    ACTOR: { value: 'actor', description: 'Actors, by name, aliases (acronyms such as "MoST") and description.' },
    ARTICLE: { value: 'article', description: 'Articles, by title, tags, summary and body.' },
    EVENT: { value: 'event', description: 'Events, by title, description and city.' },
    PARTNERSHIP: { value: 'partnership', description: 'Partnerships, by title and description.' },
    TECHNOLOGY: { value: 'technology', description: 'Technologies, by name, aliases and description.' },
  } satisfies Record<Uppercase<SearchKind>, { value: SearchKind; description: string }>,
});

/** The GraphQL type, the table and the object ref of each kind. */
const KINDS = {
  actor: { typeName: 'Actor', table: 'actors', ref: Actor },
  article: { typeName: 'Article', table: 'articles', ref: Article },
  event: { typeName: 'Event', table: 'events', ref: Event },
  partnership: { typeName: 'Partnership', table: 'partnerships', ref: Partnership },
  technology: { typeName: 'Technology', table: 'technologies', ref: Technology },
} as const satisfies Record<SearchKind, { typeName: string; table: keyof Relations; ref: unknown }>;

/** The rows loaded for a page remember their kind, for the union's resolveType. */
const kindOfRow = new WeakMap<object, SearchKind>();

export const SearchResult = builder.unionType('SearchResult', {
  description: 'Something `search` found: an article, actor, technology, partnership or event.',
  types: [Article, Actor, Technology, Partnership, Event],
  resolveType: (row) => {
    const kind = kindOfRow.get(row as object);
    if (!kind) throw new Error('search result row of unknown kind');
    return KINDS[kind].typeName;
  },
});

interface SearchEdgeShape {
  cursor: string;
  node: object;
  rank: number;
  snippet: string;
}

interface SearchConnectionShape {
  edges: SearchEdgeShape[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const SearchResultEdge = builder.objectRef<SearchEdgeShape>('SearchResultEdge').implement({
  description: 'One search result with its cursor, its relevance and a highlighted snippet.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Opaque cursor of this result, for `after`.' }),
    node: t.field({ type: SearchResult, description: 'The object found.', resolve: (edge) => edge.node as never }),
    rank: t.exposeFloat('rank', {
      description:
        'Relevance; results come best first. 3 and up: the title, name or aliases alone match the query; 1 and up: they match together with the summary, tags or description; below 1: only the body, a description or a city matches, or (for actors and technologies) the name is merely similar to the query, as a misspelling is. Comparable within one search only.',
    }),
    snippet: t.exposeString('snippet', {
      description:
        'The title or name, then up to two fragments of the text around the matches (aliases, summary, description, or the article body when only the body matched), joined by " — " and " … ". Each matched word is marked between « and » (plain text, not HTML), e.g. "Ministry of Science and Technology — «MoST», MOST, MST".',
    }),
  }),
});

const SearchResultConnection = builder.objectRef<SearchConnectionShape>('SearchResultConnection').implement({
  description: 'A page of search results, best first, with cursors to move on and the total count.',
  fields: (t) => ({
    edges: t.field({
      type: [SearchResultEdge],
      description: 'The results of this page, each with its cursor, rank and snippet.',
      resolve: (c) => c.edges,
    }),
    nodes: t.field({
      type: [SearchResult],
      description: 'The objects of this page, without cursors.',
      resolve: (c) => c.edges.map((e) => e.node) as never,
    }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description: 'Cursors and whether more pages exist in either direction.',
      resolve: (c) => c.pageInfo,
    }),
    totalCount: t.exposeInt('totalCount', { description: 'How many results the query has in all, across all pages.' }),
  }),
});

const CURSOR_TAG = 'search';

/** Search cursors look like the drizzle plugin's ("DC:" and a tuple), so the API checks them alike. */
function encodeSearchCursor(hit: SearchHit): string {
  return encodeBase64(`DC:${encodeCursorTuple([CURSOR_TAG, hit.rank, hit.kind, hit.id])}`);
}

function decodeSearchCursor(cursor: string): SearchPosition {
  const values = cursorValues(cursor, 'after');
  const [tag, rank, kind, id] = values;
  const valid =
    values.length === 4 &&
    tag === CURSOR_TAG &&
    typeof rank === 'string' &&
    /^\d{1,6}(\.\d{1,6})?$/.test(rank) &&
    typeof kind === 'string' &&
    (SEARCH_KINDS as readonly string[]).includes(kind) &&
    typeof id === 'number' &&
    Number.isInteger(id) &&
    id > 0 &&
    id <= MAX_INT4;
  if (!valid) throw badCursor('after', cursor, 'it is not a cursor of search results');
  return { rank: rank as string, kind: kind as SearchKind, id: id as number };
}

/** The selection beneath the results, wherever the client put it. */
const NODE_PATHS = [[{ name: 'edges' }, { name: 'node' }], [{ name: 'nodes' }]];

/** Whether the client asked for the objects at all (`edges { node }` or `nodes`), through fragments too. */
function selectsResults(info: GraphQLResolveInfo): boolean {
  const fields = (set: SelectionSetNode | undefined, name: string): SelectionSetNode[] =>
    (set?.selections ?? []).flatMap((s) => {
      if (s.kind === Kind.FIELD)
        return s.name.value === name ? [s.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] }] : [];
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : info.fragments[s.name.value];
      return fields(fragment?.selectionSet, name);
    });
  return info.fieldNodes.some(
    (field) =>
      fields(field.selectionSet, 'nodes').length > 0 ||
      fields(field.selectionSet, 'edges').some((edges) => fields(edges, 'node').length > 0),
  );
}

builder.queryFields((t) => {
  /** Each kind's rows of the page, in one planned query per kind present. */
  async function loadRows(
    hits: SearchHit[],
    ctx: GraphQLContext,
    info: GraphQLResolveInfo,
  ): Promise<Map<string, object>> {
    const loaded = new Map<string, object>();
    const kinds = SEARCH_KINDS.filter((kind) => hits.some((hit) => hit.kind === kind));
    await Promise.all(
      kinds.map(async (kind) => {
        const ids = hits.filter((hit) => hit.kind === kind).map((hit) => hit.id);
        const { table, ref } = KINDS[kind];
        // One planned query: the columns and nested relations selected under this type's
        // fragments, for the ids of the page.
        const query = t.drizzleQueryFromInfo(
          ref as never,
          {
            context: ctx,
            info,
            paths: NODE_PATHS,
            where: { id: { in: ids } },
          } as never,
        );
        const rows =
          (await (ctx.db.query[table] as unknown as { findMany(q: unknown): Promise<{ id: number }[]> }).findMany(
            query,
          )) ?? [];
        for (const row of rows) {
          kindOfRow.set(row, kind);
          loaded.set(`${kind}:${row.id}`, row);
        }
      }),
    );
    return loaded;
  }

  return {
    search: t.field({
      type: SearchResultConnection,
      description: `Full-text search over articles, actors, technologies, partnerships and events, best match first. Case and diacritics do not matter ("Nguyễn Chí Dũng" finds "Nguyen Chi Dung"), acronyms match aliases ("MoST"), the last word also matches as a prefix ("Nguy" finds "Nguyen"), and actor and technology names are matched by similarity too, so a misspelt name ("Nguyen Chi Dzung", "semiconducter") still finds its object. Ties are broken by kind, then by storage order. Pages forward only.`,
      args: {
        query: t.arg.string({
          required: true,
          description: `What to search for, at most ${MAX_SEARCH_QUERY_LENGTH} characters. Words must all match; "a phrase" in double quotes matches the words next to each other; \`or\` between words matches either; -word excludes a word.`,
        }),
        first: t.arg.int({
          required: false,
          description: `Return at most this many results from the start (or after \`after\`); 0 to 100, ${DEFAULT_PAGE_SIZE} by default.`,
        }),
        after: t.arg.string({
          required: false,
          description: 'Return results after this cursor (an `endCursor` or edge `cursor` of the same search).',
        }),
        kinds: t.arg({
          type: [SearchKindEnum],
          required: false,
          description: 'Only results of these kinds; all kinds when absent or empty.',
        }),
      },
      resolve: async (_root, args, ctx, info) => {
        const after = args.after == null ? undefined : decodeSearchCursor(args.after);
        const first = args.first ?? DEFAULT_PAGE_SIZE;
        let page: SearchPage;
        try {
          page = await searchKnowledge(ctx.db, { query: args.query, kinds: args.kinds ?? undefined, first, after });
        } catch (error) {
          if (error instanceof SearchQueryError) {
            throw badUserInput(`Argument "query" of Query.search is not a search query: ${error.message}`, {
              argument: 'query',
            });
          }
          throw error;
        }
        // Only cursors, ranks or snippets asked for: no rows to load.
        const rows = page.hits.length > 0 && selectsResults(info) ? await loadRows(page.hits, ctx, info) : undefined;
        // A row deleted between the two statements is left out rather than answered as null.
        const edges = page.hits.flatMap((hit) => {
          const node = rows ? rows.get(`${hit.kind}:${hit.id}`) : { id: hit.id };
          return node ? [{ cursor: encodeSearchCursor(hit), node, rank: Number(hit.rank), snippet: hit.snippet }] : [];
        });
        return {
          edges,
          totalCount: page.totalCount,
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: after !== undefined,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null,
          },
        };
      },
    }),
  };
});
