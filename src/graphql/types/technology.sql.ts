// How the compiled path reads a Technology (see src/graphql/compiled/sql-model.ts); the same
// columns, relations, orders and cursors as technology.ts.
import { column, connectionThrough, idField, linkKey, newestArticlesFirst, toMany, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';

export const technologySql: ObjectTypeSql = {
  table: 'technologies',
  fields: {
    id: idField('Technology'),
    slug: column('slug'),
    name: column('name'),
    description: column('description'),
    aliases: { kind: 'scalar', sql: (row) => `to_json(${row}.aliases)` },
    parent: toOne('Technology', 'technologies', 'parent_id'),
    children: toMany('Technology', 'technologies', 'parent_id', (t) => `${t}.name, ${t}.id`),
    partnerships: connectionThrough(
      'Partnership',
      'partnerships',
      { table: 'partnership_technologies', parentKey: 'technology_id', targetKey: 'partnership_id' },
      [linkKey('partnership_id', 'desc')],
    ),
    articles: connectionThrough(
      'Article',
      'articles',
      { table: 'technology_mentions', parentKey: 'technology_id', targetKey: 'article_id' },
      newestArticlesFirst,
    ),
  },
};
