// How the compiled path reads a Technology (see src/graphql/compiled/sql-model.ts); the same
// columns, relations, orders and cursors as technology.ts.
import {
  column,
  connectionThrough,
  idField,
  intKey,
  listColumn,
  newestArticlesFirst,
  toMany,
  toOne,
  type ObjectTypeSql,
} from '../compiled/sql-model.ts';

export const technologySql: ObjectTypeSql = {
  table: 'technologies',
  fields: {
    id: idField('Technology'),
    slug: column('slug'),
    name: column('name'),
    description: column('description'),
    aliases: listColumn('aliases'),
    parent: toOne('technologies', 'parent_id'),
    children: toMany('technologies', 'parent_id', (t) => `${t}.name, ${t}.id`),
    partnerships: connectionThrough(
      'partnerships',
      { table: 'partnership_technologies', parentKey: 'technology_id', targetKey: 'partnership_id' },
      [intKey('partnership_id', 'desc')],
    ),
    articles: connectionThrough(
      'articles',
      { table: 'technology_mentions', parentKey: 'technology_id', targetKey: 'article_id' },
      newestArticlesFirst,
    ),
  },
};
