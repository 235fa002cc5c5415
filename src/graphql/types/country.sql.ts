// How the compiled path reads a Country (see src/graphql/compiled/sql-model.ts); the same
// columns, relations, orders and cursors as country.ts.
import { column, idField, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';

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
    partnerships: {
      kind: 'connection',
      type: 'Partnership',
      source: (row, link, node) => ({
        from: `partnership_countries ${link} join partnerships ${node} on ${node}.id = ${link}.partnership_id`,
        where: `${link}.country_id = ${row}.id`,
      }),
      order: [{ sql: (link) => `${link}.partnership_id`, direction: 'desc', tag: 'N', cast: 'int' }],
      edgeFields: {},
      count: (row) => `(select count(*)::int from partnership_countries c where c.country_id = ${row}.id)`,
    },
    articles: {
      kind: 'connection',
      type: 'Article',
      source: (row, link, node) => ({
        from: `country_mentions ${link} join articles ${node} on ${node}.id = ${link}.article_id`,
        where: `${link}.country_id = ${row}.id`,
      }),
      order: [
        { sql: (_link, node) => `${node}.published_at`, direction: 'desc', tag: 'S', cast: 'timestamptz' },
        { sql: (link) => `${link}.article_id`, direction: 'desc', tag: 'N', cast: 'int' },
      ],
      edgeFields: {},
      count: (row) => `(select count(*)::int from country_mentions c where c.country_id = ${row}.id)`,
    },
  },
};

export const countryPartnerSql: ObjectTypeSql = {
  table: 'country_partners',
  fields: {
    country: toOne('Country', 'countries', 'partner_id'),
    partnershipCount: column('partnership_count'),
  },
};
