// How the compiled path reads an Affiliation (see src/graphql/compiled/sql-model.ts); the same
// columns, relations and orders as affiliation.ts.
import { column, toMany, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';
import { supportSql } from './support.sql.ts';

export const affiliationSql: ObjectTypeSql = {
  table: 'affiliations',
  fields: {
    title: column('title'),
    person: toOne('actors', 'person_id'),
    organization: toOne('actors', 'organization_id'),
    startedOn: column('started_on'),
    endedOn: column('ended_on'),
    sources: toMany('evidence', 'affiliation_id', (t) => `${t}.id`),
    ...supportSql,
  },
};
