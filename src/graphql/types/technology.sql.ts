// How the compiled path reads a Technology (see src/graphql/compiled/sql-model.ts); the same
// columns, relations, orders and cursors as technology.ts.
import { column, idField, toMany, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';

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
    partnerships: {
      kind: 'connection',
      type: 'Partnership',
      source: (row, link, node) => ({
        from: `partnership_technologies ${link} join partnerships ${node} on ${node}.id = ${link}.partnership_id`,
        where: `${link}.technology_id = ${row}.id`,
      }),
      order: [{ sql: (link) => `${link}.partnership_id`, direction: 'desc', tag: 'N', cast: 'int' }],
      edgeFields: {},
      count: (row) => `(select count(*)::int from partnership_technologies c where c.technology_id = ${row}.id)`,
    },
    articles: {
      kind: 'connection',
      type: 'Article',
      source: (row, link, node) => ({
        from: `technology_mentions ${link} join articles ${node} on ${node}.id = ${link}.article_id`,
        where: `${link}.technology_id = ${row}.id`,
      }),
      order: [
        { sql: (_link, node) => `${node}.published_at`, direction: 'desc', tag: 'S', cast: 'timestamptz' },
        { sql: (link) => `${link}.article_id`, direction: 'desc', tag: 'N', cast: 'int' },
      ],
      edgeFields: {},
      count: (row) => `(select count(*)::int from technology_mentions c where c.technology_id = ${row}.id)`,
    },
  },
};
