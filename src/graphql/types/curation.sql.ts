// How the compiled path reads an ActorMerge (see src/graphql/compiled/sql-model.ts); the same
// columns and relations as curation.ts.
import { column, dateTimeColumn, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';

export const actorMergeSql: ObjectTypeSql = {
  table: 'actor_merges',
  fields: {
    mergedSlug: column('merged_slug'),
    mergedName: column('merged_name'),
    mergedAt: dateTimeColumn('merged_at'),
    note: column('note'),
    survivor: toOne('actors', 'survivor_id'),
  },
};
