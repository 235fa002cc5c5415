// How the compiled path reads a Partnership and a PartnershipParty (see
// src/graphql/compiled/sql-model.ts); the same columns, relations and orders as partnership.ts.
import { column, enumColumn, idField, throughTable, toMany, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';
import { supportSql } from './support.sql.ts';

export const partnershipSql: ObjectTypeSql = {
  table: 'partnerships',
  fields: {
    id: idField('Partnership'),
    slug: column('slug'),
    title: column('title'),
    kind: enumColumn('kind'),
    status: enumColumn('status'),
    startedOn: column('started_on'),
    description: column('description'),
    parties: toMany('partnership_parties', 'partnership_id', (t) => `${t}.id`),
    countries: throughTable(
      'countries',
      { table: 'partnership_countries', parentKey: 'partnership_id', targetKey: 'country_id' },
      (t) => `${t}.code`,
    ),
    technologies: throughTable(
      'technologies',
      { table: 'partnership_technologies', parentKey: 'partnership_id', targetKey: 'technology_id' },
      (t) => `${t}.name, ${t}.id`,
    ),
    events: throughTable(
      'events',
      { table: 'event_partnerships', parentKey: 'partnership_id', targetKey: 'event_id' },
      (t) => `${t}.id`,
    ),
    sources: toMany('evidence', 'partnership_id', (t) => `${t}.id`),
    ...supportSql,
  },
};

export const partnershipPartySql: ObjectTypeSql = {
  table: 'partnership_parties',
  fields: {
    role: column('role'),
    actor: toOne('actors', 'actor_id'),
    partnership: toOne('partnerships', 'partnership_id'),
  },
};
