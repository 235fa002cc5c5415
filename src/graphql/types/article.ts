import { articles } from '../../../schema/tables.ts';
import { articleConditions, type ArticleFilter } from '../../knowledge/filters.ts';
import { builder } from '../builder.ts';
import { badCursor, cursorValues } from '../cursors.ts';
import { rootList } from '../total-count.ts';
import { OrderDirectionEnum } from './enums.ts';
import { validCountryCode, validSlug } from './inputs.ts';

export const Article = builder.drizzleNode('articles', {
  name: 'Article',
  description: 'A news article: the source that the facts of the graph point back to.',
  // Load only the columns a query asks for: an ingested article's body can be long, and nested
  // traversals reach articles from every fact.
  select: {},
  id: { column: (a) => a.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, readable identifier.' }),
    title: t.exposeString('title', { description: 'Headline.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the article was published, when known.' }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'The publication, e.g. "Vietnam Investment Review".',
    }),
    section: t.exposeString('section', { nullable: true, description: 'The section of the publication.' }),
    author: t.exposeString('author', { nullable: true, description: 'The byline.' }),
    publishedAt: t.field({
      type: 'DateTime',
      description: 'When it was published.',
      select: { columns: { publishedAt: true } },
      resolve: (a) => new Date(a.publishedAt),
    }),
    summary: t.exposeString('summary', { nullable: true, description: 'A short summary.' }),
    tags: t.exposeStringList('tags', { description: 'Tags given by the publication.' }),
    themes: t.exposeStringList('themes', { description: 'Themes given by the publication.' }),
    actors: t.relation('actors', {
      description: 'Actors the article mentions.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    countries: t.relation('countries', {
      description: 'Countries the article mentions.',
      query: { orderBy: { code: 'asc' } },
    }),
    technologies: t.relation('technologies', {
      description: 'Technologies the article mentions.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    partnerships: t.relation('partnerships', {
      description: 'Partnerships the article supports.',
      query: { orderBy: { id: 'asc' } },
    }),
    events: t.relation('events', { description: 'Events the article reports.', query: { orderBy: { id: 'asc' } } }),
  }),
});

const ArticleFilterInput = builder.inputType('ArticleFilter', {
  description: 'Narrows the list of articles; all given conditions must hold.',
  fields: (t) => ({
    country: t.string({ required: false, description: 'Only articles mentioning this country (ISO alpha-2 code).' }),
    technology: t.string({
      required: false,
      description: 'Only articles mentioning this technology or one below it (slug).',
    }),
    actor: t.string({ required: false, description: 'Only articles mentioning this actor (slug).' }),
    publishedFrom: t.field({
      type: 'DateTime',
      required: false,
      description: 'Only articles published at or after this instant.',
    }),
    publishedTo: t.field({
      type: 'DateTime',
      required: false,
      description: 'Only articles published at or before this instant.',
    }),
  }),
});

const ArticleOrderField = builder.enumType('ArticleOrderField', {
  description: 'What to sort articles by.',
  values: {
    PUBLISHED_AT: { value: 'publishedAt', description: 'Publication time.' },
    TITLE: { value: 'title', description: 'Headline, alphabetically.' },
  },
});

const ArticleOrderInput = builder.inputType('ArticleOrder', {
  description: 'How to sort articles. Ties are broken by the order of storage.',
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Which way.' }),
  }),
});

/** The domain filter for the `filter` argument; throws BAD_USER_INPUT on a malformed code or slug. */
export function toArticleFilter(filter: typeof ArticleFilterInput.$inferInput | null | undefined): ArticleFilter {
  return {
    country: filter?.country == null ? undefined : validCountryCode(filter.country, 'filter.country'),
    technology: filter?.technology == null ? undefined : validSlug(filter.technology, 'filter.technology'),
    actor: filter?.actor == null ? undefined : validSlug(filter.actor, 'filter.actor'),
    publishedFrom: filter?.publishedFrom ?? undefined,
    publishedTo: filter?.publishedTo ?? undefined,
  };
}

const articleList = rootList(
  articles,
  ({ filter }: { filter?: Parameters<typeof toArticleFilter>[0] }) => toArticleFilter(filter),
  articleConditions,
);

builder.queryFields((t) => ({
  article: t.drizzleField({
    type: 'articles',
    nullable: true,
    description: 'An article by its slug; null when none has it.',
    args: { slug: t.arg.string({ required: true, description: 'The slug of the article.' }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.db.query.articles.findFirst(query({ where: { slug: validSlug(slug) } })),
  }),
  articles: t.drizzleConnection(
    {
      type: 'articles',
      description: 'Articles, newest first unless `orderBy` says otherwise, optionally filtered. Pages both ways.',
      args: {
        filter: t.arg({ type: ArticleFilterInput, required: false, description: 'Conditions the articles must meet.' }),
        orderBy: t.arg({
          type: ArticleOrderInput,
          required: false,
          description: 'Sort order; newest first by default.',
        }),
      },
      resolve: (query, _parent, args, ctx, info) => {
        const { orderBy, after, before } = args;
        // The filter is checked first, as before any cursor.
        const page = articleList.pageQuery(args, info);
        // Both orderings lead with a text value; a cursor from a list ordered by a number would
        // otherwise reach the timestamp column and fail inside the driver.
        const field = orderBy?.field ?? 'publishedAt';
        for (const [argument, cursor] of [
          ['after', after],
          ['before', before],
        ] as const) {
          const first = cursor ? cursorValues(cursor, argument)[0] : undefined;
          // A title cursor is text too: ordered by date, the value must also read as an instant.
          const fits = typeof first === 'string' && (field !== 'publishedAt' || !Number.isNaN(Date.parse(first)));
          if (cursor && !fits) throw badCursor(argument, cursor, 'it belongs to another list');
        }
        const direction = orderBy?.direction ?? 'desc';
        return ctx.db.query.articles.findMany(
          query({
            ...page,
            orderBy:
              field === 'title' ? { title: direction, id: direction } : { publishedAt: direction, id: direction },
          }),
        );
      },
    },
    articleList.connection,
  ),
}));
