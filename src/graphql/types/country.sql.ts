// How the compiled path reads a Country (see src/graphql/compiled/sql-model.ts); the same
// columns, relations, orders and cursors as country.ts.
import { column, connectionThrough, idField, linkKey, newestArticlesFirst, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';

export const countrySql: ObjectTypeSql = {
  table: 'countries',
  fields: {
    id: idField('Country'),
    code: column('code'),
    name: column('name'),
    officialName: column('official_name'),
    region: column('region'),
    subregion: column('subregion'),
    aliases: { kind: 'scalar', sql: (row) => `to_json(${row}.aliases)` },
    demonyms: { kind: 'scalar', sql: (row) => `to_json(${row}.demonyms)` },
    partnerCountries: {
      kind: 'list',
      type: 'CountryPartner',
      source: (row, target) => ({ from: `country_partners ${target}`, where: `${target}.country_id = ${row}.id` }),
      order: (target) => `${target}.partnership_count desc, ${target}.partner_id`,
    },
    actors: {
      kind: 'connection',
      type: 'Actor',
      // No join table: the node's row is the link.
      source: (row, _link, node) => ({ from: `actors ${node}`, where: `${node}.country_id = ${row}.id` }),
      // Names repeat: the drizzle plugin completes the order with the key (see actor.sql.ts).
      order: [
        { sql: (_link, node) => `${node}.name`, direction: 'asc', tag: 'S', cast: 'text' },
        { sql: (_link, node) => `${node}.id`, direction: 'asc', tag: 'N', cast: 'int' },
      ],
      edgeFields: {},
      count: (row) => `(select count(*)::int from actors c where c.country_id = ${row}.id)`,
    },
    partnerships: connectionThrough(
      'Partnership',
      'partnerships',
      { table: 'partnership_countries', parentKey: 'country_id', targetKey: 'partnership_id' },
      [linkKey('partnership_id', 'desc')],
    ),
    articles: connectionThrough(
      'Article',
      'articles',
      { table: 'country_mentions', parentKey: 'country_id', targetKey: 'article_id' },
      newestArticlesFirst,
    ),
  },
};

export const countryPartnerSql: ObjectTypeSql = {
  table: 'country_partners',
  fields: {
    country: toOne('Country', 'countries', 'partner_id'),
    partnershipCount: column('partnership_count'),
  },
};
