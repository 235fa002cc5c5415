// How the compiled path reads a Country and a CountryPartner (see
// src/graphql/compiled/sql-model.ts); the same columns, relations, orders and cursors as
// country.ts.
import {
  column,
  connectionOf,
  connectionThrough,
  idField,
  intKey,
  listColumn,
  newestArticlesFirst,
  textKey,
  toMany,
  toOne,
  type ObjectTypeSql,
} from '../compiled/sql-model.ts';

export const countrySql: ObjectTypeSql = {
  table: 'countries',
  fields: {
    id: idField('Country'),
    code: column('code'),
    name: column('name'),
    officialName: column('official_name'),
    region: column('region'),
    subregion: column('subregion'),
    aliases: listColumn('aliases'),
    demonyms: listColumn('demonyms'),
    partnerCountries: toMany('country_partners', 'country_id', (t) => `${t}.partnership_count desc, ${t}.partner_id`),
    // Names repeat: the drizzle plugin completes the order with the key (see actor.sql.ts).
    actors: connectionOf('actors', 'country_id', [textKey('name', 'asc'), intKey('id', 'asc')]),
    partnerships: connectionThrough(
      'partnerships',
      { table: 'partnership_countries', parentKey: 'country_id', targetKey: 'partnership_id' },
      [intKey('partnership_id', 'desc')],
    ),
    articles: connectionThrough(
      'articles',
      { table: 'country_mentions', parentKey: 'country_id', targetKey: 'article_id' },
      newestArticlesFirst,
    ),
  },
};

export const countryPartnerSql: ObjectTypeSql = {
  table: 'country_partners',
  fields: {
    country: toOne('countries', 'partner_id'),
    partnershipCount: column('partnership_count'),
  },
};
