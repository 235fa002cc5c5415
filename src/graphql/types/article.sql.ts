// How the compiled path reads an Article and an Evidence (see src/graphql/compiled/sql-model.ts);
// the same columns, relations and orders as article.ts and evidence.ts.
import {
  column,
  dateTimeColumn,
  enumColumn,
  idField,
  listColumn,
  throughTable,
  toOne,
  type ObjectTypeSql,
} from '../compiled/sql-model.ts';

export const articleSql: ObjectTypeSql = {
  table: 'articles',
  fields: {
    id: idField('Article'),
    slug: column('slug'),
    title: column('title'),
    url: column('url'),
    source: column('source'),
    section: column('section'),
    author: column('author'),
    publishedAt: dateTimeColumn('published_at'),
    summary: column('summary'),
    tags: listColumn('tags'),
    themes: listColumn('themes'),
    actors: throughTable(
      'actors',
      { table: 'actor_mentions', parentKey: 'article_id', targetKey: 'actor_id' },
      (t) => `${t}.name, ${t}.id`,
    ),
    countries: throughTable(
      'countries',
      { table: 'country_mentions', parentKey: 'article_id', targetKey: 'country_id' },
      (t) => `${t}.code`,
    ),
    technologies: throughTable(
      'technologies',
      { table: 'technology_mentions', parentKey: 'article_id', targetKey: 'technology_id' },
      (t) => `${t}.name, ${t}.id`,
    ),
    partnerships: throughTable(
      'partnerships',
      { table: 'evidence', parentKey: 'article_id', targetKey: 'partnership_id' },
      (t) => `${t}.id`,
    ),
    events: throughTable(
      'events',
      { table: 'evidence', parentKey: 'article_id', targetKey: 'event_id' },
      (t) => `${t}.id`,
    ),
  },
};

export const evidenceSql: ObjectTypeSql = {
  table: 'evidence',
  fields: {
    article: toOne('articles', 'article_id'),
    excerpt: column('excerpt'),
    spanStart: column('span_start'),
    spanEnd: column('span_end'),
    confidence: column('confidence'),
    titleTense: enumColumn('title_tense'),
  },
};
