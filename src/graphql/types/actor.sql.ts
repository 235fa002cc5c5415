// How the compiled path reads an Actor (see src/graphql/compiled/sql-model.ts); the same
// columns, relations, orders and cursors as actor.ts.
import { column, connectionThrough, enumColumn, idField, linkKey, toMany, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';

export const actorSql: ObjectTypeSql = {
  table: 'actors',
  fields: {
    id: idField('Actor'),
    slug: column('slug'),
    name: column('name'),
    kind: enumColumn('kind'),
    description: column('description'),
    aliases: { kind: 'scalar', sql: (row) => `to_json(${row}.aliases)` },
    country: toOne('Country', 'countries', 'country_id'),
    parent: toOne('Actor', 'actors', 'parent_id'),
    children: toMany('Actor', 'actors', 'parent_id', (t) => `${t}.name, ${t}.id`),
    affiliations: toMany('Affiliation', 'affiliations', 'person_id', (t) => `${t}.id`),
    members: toMany('Affiliation', 'affiliations', 'organization_id', (t) => `${t}.id`),
    merges: toMany('ActorMerge', 'actor_merges', 'survivor_id', (t) => `${t}.merged_at, ${t}.id`),
    partnerships: connectionThrough(
      'Partnership',
      'partnerships',
      { table: 'partnership_parties', parentKey: 'actor_id', targetKey: 'partnership_id' },
      [linkKey('id', 'desc')],
      { role: (link) => `${link}.role` },
    ),
    events: connectionThrough(
      'Event',
      'events',
      { table: 'event_participants', parentKey: 'actor_id', targetKey: 'event_id' },
      [linkKey('id', 'desc')],
      { role: (link) => `${link}.role` },
    ),
    // The drizzle plugin completes an order that is not unique with the rest of the primary key,
    // in the last key's direction; its cursors hold that key too (collaborations, mentions).
    collaborators: connectionThrough(
      'Actor',
      'actors',
      { table: 'actor_collaborations', parentKey: 'actor_id', targetKey: 'collaborator_id' },
      [linkKey('shared_count', 'desc'), linkKey('collaborator_id', 'asc'), linkKey('actor_id', 'asc')],
      {
        partnershipCount: (link) => `${link}.partnership_count`,
        eventCount: (link) => `${link}.event_count`,
        sharedCount: (link) => `${link}.shared_count`,
      },
    ),
    mentions: connectionThrough(
      'Article',
      'articles',
      { table: 'actor_mentions', parentKey: 'actor_id', targetKey: 'article_id' },
      [linkKey('article_id', 'desc'), linkKey('actor_id', 'desc')],
      { mentionCount: (link) => `${link}.mention_count`, excerpt: (link) => `${link}.excerpt` },
    ),
  },
};
