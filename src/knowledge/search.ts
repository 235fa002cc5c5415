// Full-text search over every kind of the graph in ONE SQL statement: a UNION ALL of one branch
// per kind, each filtered through that table's GIN index on `search_vector` (and, for actors and
// technologies, the trigram GIN index on `kg_fold(name)` for misspelt names), ranked, cut to a
// page by a keyset on (rank, kind, id), counted, and given a highlighted snippet.
//
// Both sides are folded the same way: the vectors hold `kg_fold(...)` = lower(unaccent(...)) of
// each part, and the query goes through `kg_fold` before it is parsed, so diacritics and case
// never matter ("Nguyễn Chí Dũng" = "nguyen chi dung", "MoST" = "most"). The 'simple'
// configuration neither stems nor drops stop words, which keeps names and acronyms intact.
//
// User text only ever reaches SQL as bound parameters.
import { sql, type SQL } from 'drizzle-orm';
import { actors, articles, events, partnerships, technologies } from '../../schema/tables.ts';
import type { Executor } from '../db/database.ts';
import { rowsOf } from '../db/rows.ts';

/** The kinds of object a search finds, in the order that breaks ties between equal ranks. */
export const SEARCH_KINDS = ['actor', 'article', 'event', 'partnership', 'technology'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Longer queries are refused: nobody types 200 characters into a search box, and each word costs. */
export const MAX_SEARCH_QUERY_LENGTH = 200;

/**
 * Snippets mark each matched word with these (plain text, not HTML: nothing in a snippet needs
 * escaping, and a client decides how to show a match).
 */
const SNIPPET_START = '«';
const SNIPPET_STOP = '»';

/** Where a page starts: just after the hit with this rank, kind and id. */
export interface SearchPosition {
  /** The rank exactly as a hit reported it: a decimal with at most six fractional digits. */
  rank: string;
  kind: SearchKind;
  id: number;
}

export interface SearchOptions {
  query: string;
  /** Only these kinds; all kinds when absent or empty. */
  kinds?: readonly SearchKind[];
  /** Page size: at most this many hits. */
  first: number;
  after?: SearchPosition;
}

export interface SearchHit {
  kind: SearchKind;
  /** The row's primary key in its own table. */
  id: number;
  /** Relevance, higher first; see `rankOf` for how it is made. A decimal string, kept exact for cursors. */
  rank: string;
  /** Title or name and a short text around the matches, each match between « and ». */
  snippet: string;
}

export interface SearchPage {
  hits: SearchHit[];
  /** True when more hits follow this page. */
  hasNextPage: boolean;
  /** How many hits the query has in all, across all pages. */
  totalCount: number;
}

/** A query that cannot be searched for, with the reason in words a person can act on. */
export class SearchQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchQueryError';
  }
}

/** A query as searched for: trimmed, whitespace collapsed, and what the SQL needs besides. */
export interface ParsedSearchQuery {
  /** The query text, trimmed, runs of whitespace made one space. */
  text: string;
  /**
   * Whether the last word is matched as a prefix ("Nguy" finds "Nguyen"): when the query ends
   * in a letter or digit of a word that is not excluded (`-word`).
   */
  prefix: boolean;
  /** The words to highlight in snippets: every word but excluded ones and the operator "or". */
  highlightWords: string[];
  /** The word matched as a prefix, when there is one. */
  prefixWord: string | undefined;
  /**
   * Whether names are also matched by trigram similarity (misspellings): only for plain words,
   * since similarity knows nothing of phrases, `or` or exclusions.
   */
  fuzzy: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ENDS_IN_WORD = /[\p{L}\p{N}\p{M}]$/u;

/**
 * Checks and normalises a query. Throws SearchQueryError when it is empty, only blanks or
 * punctuation, or longer than MAX_SEARCH_QUERY_LENGTH characters.
 *
 * The syntax is PostgreSQL's web search syntax: words must all match, `"a phrase"` matches
 * words next to each other, `or` between words matches either, `-word` excludes.
 */
export function parseSearchQuery(query: string): ParsedSearchQuery {
  const text = query.trim().replace(/\s+/gu, ' ');
  if (text.length === 0) throw new SearchQueryError('The search query is empty; type a word or a name to search for.');
  const length = [...text].length;
  if (length > MAX_SEARCH_QUERY_LENGTH) {
    throw new SearchQueryError(
      `The search query is ${length} characters long; it may be at most ${MAX_SEARCH_QUERY_LENGTH}.`,
    );
  }
  if (!/[\p{L}\p{N}]/u.test(text))
    throw new SearchQueryError(`The search query ${JSON.stringify(text)} has no letters or digits to search for.`);
  const tokens = text.split(' ');
  const last = tokens[tokens.length - 1]!;
  const prefix = ENDS_IN_WORD.test(text) && !last.startsWith('-');
  const highlightWords = tokens
    .filter((token) => !token.startsWith('-') && token.toLowerCase() !== 'or')
    .flatMap((token) => token.match(WORD) ?? []);
  const lastWords = last.match(WORD);
  const fuzzy = !text.includes('"') && !tokens.some((token) => token.startsWith('-') || token.toLowerCase() === 'or');
  return {
    text,
    prefix,
    highlightWords,
    prefixWord: prefix && lastWords ? lastWords[lastWords.length - 1] : undefined,
    fuzzy,
  };
}

/** How one kind is searched: its table, the text its snippet is cut from, and its name column for trigrams. */
interface Branch {
  kind: SearchKind;
  from: SQL;
  id: SQL;
  vector: SQL;
  /** `kg_fold(name)`, written exactly as the trigram index is, when the kind has one. */
  trigram?: SQL;
}

const BRANCHES: Record<SearchKind, Branch> = {
  actor: {
    kind: 'actor',
    from: sql`${actors}`,
    id: sql`${actors.id}`,
    vector: sql`${actors.searchVector}`,
    trigram: sql`kg_fold(${actors.name})`,
  },
  article: { kind: 'article', from: sql`${articles}`, id: sql`${articles.id}`, vector: sql`${articles.searchVector}` },
  event: { kind: 'event', from: sql`${events}`, id: sql`${events.id}`, vector: sql`${events.searchVector}` },
  partnership: {
    kind: 'partnership',
    from: sql`${partnerships}`,
    id: sql`${partnerships.id}`,
    vector: sql`${partnerships.searchVector}`,
  },
  technology: {
    kind: 'technology',
    from: sql`${technologies}`,
    id: sql`${technologies.id}`,
    vector: sql`${technologies.searchVector}`,
    trigram: sql`kg_fold(${technologies.name})`,
  },
};

/**
 * The query's values in a branch's WHERE, as scalar subqueries of the one-row CTE `q`: the
 * planner sees each as a parameter computed once (an InitPlan), which a GIN index scan takes as
 * its condition. Written as a join condition with `q` instead, the value is hidden from the
 * index and the plan ends in a sequential scan. (Ranks, computed for matched rows only, read
 * `q` through a plain join.)
 */
const TSQ = sql`(select tsq from q)`;
const FOLDED = sql`(select folded from q)`;

/**
 * The rank of a row, higher first, in three parts added up:
 *
 * - a tier for where the words matched: 3 when the title, name or aliases alone (weight A)
 *   satisfy the query, 1 when they do together with the summary, tags or description (weight
 *   B), 0 otherwise (the body, an actor's description, a city). A title or name match thus
 *   always ranks above a body-only one, however often the body repeats the word;
 * - `ts_rank_cd` (cover density, default weights D 0.1, C 0.2, B 0.4, A 1.0) normalised into
 *   [0, 1) (flag 32), which orders rows within a tier;
 * - for actors and technologies, the trigram similarity (0.3 to 1) of the folded name to the
 *   folded query when they are similar enough for `%`: this is what finds "Nguyen Chi Dzung",
 *   and it lifts an exact name above rows that merely contain its words.
 *
 * Rounded to six decimals so that a cursor can carry it exactly.
 */
function rankOf(branch: Branch, fuzzy: boolean): SQL {
  const textRank = sql`case when ${branch.vector} @@ q.tsq then ${tierOf(branch)} + ts_rank_cd(${branch.vector}, q.tsq, 32) else 0 end`;
  const similarity =
    branch.trigram && fuzzy
      ? sql` + case when ${branch.trigram} % q.folded then similarity(${branch.trigram}, q.folded) else 0 end`
      : sql``;
  return sql`round((${textRank}${similarity})::numeric, 6)`;
}

function tierOf(branch: Branch): SQL {
  return sql`(case when ts_filter(${branch.vector}, '{a}') @@ q.tsq then 2 else 0 end + case when ts_filter(${branch.vector}, '{a,b}') @@ q.tsq then 1 else 0 end)`;
}

/**
 * One kind's hits. The condition is written so that the planner can answer it from the GIN
 * index on the search vector (`@@`), or a BitmapOr of it and the trigram index (`%`).
 */
function branchSql(branch: Branch, fuzzy: boolean): SQL {
  const condition =
    branch.trigram && fuzzy
      ? sql`(${branch.vector} @@ ${TSQ} or ${branch.trigram} % ${FOLDED})`
      : sql`${branch.vector} @@ ${TSQ}`;
  return sql`select ${kindLiteral(branch.kind)}::text as kind, ${branch.id} as id, ${rankOf(branch, fuzzy)} as rank,
    case when ${branch.vector} @@ q.tsq then ${tierOf(branch)} else 0 end as tier
    from ${branch.from} cross join q where ${condition}`;
}

/**
 * The original text (not folded) a snippet is made from, in two parts: the title or name, shown
 * whole, and the text after it (aliases, summary, description, city), cut to the fragments
 * around the matches. An article whose title, tags and summary do not match (tier 0) matched in
 * its body, so its fragments come from the body. Each kind's row is joined to the page by its
 * primary key, under an alias of its own.
 */
const SNIPPETS: Record<SearchKind, { join: SQL; head: SQL; rest: SQL }> = {
  actor: {
    join: sql`left join ${actors} ac on page.kind = 'actor' and ac.id = page.id`,
    head: sql`ac.name`,
    rest: sql`concat_ws(' — ', nullif(array_to_string(ac.aliases, ', '), ''), ac.description)`,
  },
  article: {
    join: sql`left join ${articles} ar on page.kind = 'article' and ar.id = page.id`,
    head: sql`ar.title`,
    rest: sql`case when page.tier = 0 and ar.body is not null then ar.body else ar.summary end`,
  },
  event: {
    join: sql`left join ${events} ev on page.kind = 'event' and ev.id = page.id`,
    head: sql`ev.title`,
    rest: sql`concat_ws(' — ', ev.city, ev.description)`,
  },
  partnership: {
    join: sql`left join ${partnerships} pa on page.kind = 'partnership' and pa.id = page.id`,
    head: sql`pa.title`,
    rest: sql`pa.description`,
  },
  technology: {
    join: sql`left join ${technologies} te on page.kind = 'technology' and te.id = page.id`,
    head: sql`te.name`,
    rest: sql`concat_ws(' — ', nullif(array_to_string(te.aliases, ', '), ''), te.description)`,
  },
};

/** A kind as an SQL literal: kinds come from SEARCH_KINDS only, never from a request. */
const kindLiteral = (kind: SearchKind) => sql.raw(`'${kind}'`);

const byKind = (kinds: readonly SearchKind[], part: 'head' | 'rest') =>
  sql`case page.kind ${sql.join(
    kinds.map((kind) => sql`when ${kindLiteral(kind)} then ${SNIPPETS[kind][part]}`),
    sql` `,
  )} end`;

/**
 * ts_headline parses the original text, accents and all, so a folded query word ("dung") would
 * never match "Dũng" there. The snippet is highlighted with a query made of the document's own
 * words whose folded form is a query word (or starts with the prefix word), OR-ed together.
 * Each word is written as a quoted tsquery literal (backslashes and quotes escaped) before the
 * cast, so no text is ever read as query syntax.
 */
const highlightQuery = sql`(select string_agg('''' || replace(replace(w.lexeme, chr(92), chr(92) || chr(92)), '''', '''''') || '''', ' | ')::tsquery
  from unnest(to_tsvector('simple', concat_ws(' ', d.head, d.rest))) w
  where kg_fold(w.lexeme) = any(q.terms) or (q.prefix <> '' and starts_with(kg_fold(w.lexeme), q.prefix)))`;

/** The title or name is shown whole; the rest as up to two fragments around the matches. */
const HEAD_OPTIONS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, HighlightAll=true`;
const REST_OPTIONS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=20, MinWords=8, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** The search statement for a parsed query: exported so that tests can EXPLAIN it. */
export function searchStatement(parsed: ParsedSearchQuery, options: Omit<SearchOptions, 'query'>): SQL {
  const kinds = options.kinds?.length ? SEARCH_KINDS.filter((k) => options.kinds!.includes(k)) : SEARCH_KINDS;
  const hits = sql.join(
    kinds.map((kind) => branchSql(BRANCHES[kind], parsed.fuzzy)),
    sql`\nunion all\n`,
  );
  const after = options.after
    ? sql`where hits.rank < ${options.after.rank}::numeric
        or (hits.rank = ${options.after.rank}::numeric and (hits.kind collate "C", hits.id) > (${options.after.kind}::text collate "C", ${options.after.id}::int))`
    : sql``;
  return sql`with q as materialized (
  select
    case when ${parsed.prefix}::boolean and right(w::text, 1) = '''' then (w::text || ':*')::tsquery else w end as tsq,
    kg_fold(${parsed.text}::text) as folded,
    tsvector_to_array(to_tsvector('simple', kg_fold(${parsed.highlightWords.join(' ')}::text))) as terms,
    coalesce(kg_fold(${parsed.prefixWord ?? ''}::text), '') as prefix
  from (select websearch_to_tsquery('simple', kg_fold(${parsed.text}::text)) as w) parsed
),
hits as (
${hits}
),
page as (
  select hits.kind, hits.id, hits.rank, hits.tier from hits
  ${after}
  order by hits.rank desc, hits.kind collate "C", hits.id
  limit ${options.first + 1}::int
),
shown as (
  select page.kind, page.id, page.rank,
    concat_ws(' — ',
      ts_headline('simple', d.head, h.query, ${HEAD_OPTIONS}::text),
      case when d.rest <> '' then ts_headline('simple', d.rest, h.query, ${REST_OPTIONS}::text) end) as snippet
  from q, page
    ${sql.join(
      kinds.map((kind) => SNIPPETS[kind].join),
      sql`\n    `,
    )}
    cross join lateral (select ${byKind(kinds, 'head')} as head, ${byKind(kinds, 'rest')} as rest) d
    cross join lateral (select coalesce(${highlightQuery}, ''::tsquery) as query) h
)
-- The count rides on every row, and on a row of its own (kind null) when the page is empty.
select counted.total, shown.kind, shown.id, shown.rank::text as rank, shown.snippet
from (select count(*)::int as total from hits) counted
  left join shown on true
order by shown.rank desc, shown.kind collate "C", shown.id`;
}

interface HitRow {
  total: number;
  kind: SearchKind | null;
  id: number | null;
  rank: string | null;
  snippet: string | null;
}

/**
 * One page of hits for a query, best first (rank descending, then kind, then id), with the total
 * number of hits. One SQL statement, whatever the kinds, the page or the cursor.
 */
export async function searchKnowledge(db: Executor, options: SearchOptions): Promise<SearchPage> {
  const parsed = parseSearchQuery(options.query);
  const rows = await rowsOf<HitRow>(db, searchStatement(parsed, options));
  const totalCount = rows[0] ? Number(rows[0].total) : 0;
  const hits = rows
    .filter((r) => r.kind !== null)
    .map((r) => ({ kind: r.kind!, id: Number(r.id), rank: r.rank!, snippet: r.snippet ?? '' }));
  return { hits: hits.slice(0, options.first), hasNextPage: hits.length > options.first, totalCount };
}
