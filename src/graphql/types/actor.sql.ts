// How the compiled path reads an Actor (see src/graphql/compiled/sql-model.ts); the same
// columns, relations, orders and cursors as actor.ts.
import { column, enumColumn, idField, toMany, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';

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
    partnerships: {
      kind: 'connection',
      type: 'Partnership',
      source: (row, link, node) => ({
        from: `partnership_parties ${link} join partnerships ${node} on ${node}.id = ${link}.partnership_id`,
        where: `${link}.actor_id = ${row}.id`,
      }),
      order: [{ sql: (link) => `${link}.id`, direction: 'desc', tag: 'N', cast: 'int' }],
      edgeFields: { role: (link) => `${link}.role` },
      count: (row) => `(select count(*)::int from partnership_parties c where c.actor_id = ${row}.id)`,
    },
    events: {
      kind: 'connection',
      type: 'Event',
      source: (row, link, node) => ({
        from: `event_participants ${link} join events ${node} on ${node}.id = ${link}.event_id`,
        where: `${link}.actor_id = ${row}.id`,
      }),
      order: [{ sql: (link) => `${link}.id`, direction: 'desc', tag: 'N', cast: 'int' }],
      edgeFields: { role: (link) => `${link}.role` },
      count: (row) => `(select count(*)::int from event_participants c where c.actor_id = ${row}.id)`,
    },
    collaborators: {
      kind: 'connection',
      type: 'Actor',
      source: (row, link, node) => ({
        from: `actor_collaborations ${link} join actors ${node} on ${node}.id = ${link}.collaborator_id`,
        where: `${link}.actor_id = ${row}.id`,
      }),
      order: [
        { sql: (link) => `${link}.shared_count`, direction: 'desc', tag: 'N', cast: 'int' },
        { sql: (link) => `${link}.collaborator_id`, direction: 'asc', tag: 'N', cast: 'int' },
        // The drizzle plugin completes an order that is not unique with the rest of the primary
        // key, in the last key's direction; its cursors hold that key too.
        { sql: (link) => `${link}.actor_id`, direction: 'asc', tag: 'N', cast: 'int' },
      ],
      edgeFields: {
        partnershipCount: (link) => `${link}.partnership_count`,
        eventCount: (link) => `${link}.event_count`,
        sharedCount: (link) => `${link}.shared_count`,
      },
      count: (row) => `(select count(*)::int from actor_collaborations c where c.actor_id = ${row}.id)`,
    },
    mentions: {
      kind: 'connection',
      type: 'Article',
      source: (row, link, node) => ({
        from: `actor_mentions ${link} join articles ${node} on ${node}.id = ${link}.article_id`,
        where: `${link}.actor_id = ${row}.id`,
      }),
      order: [
        { sql: (link) => `${link}.article_id`, direction: 'desc', tag: 'N', cast: 'int' },
        { sql: (link) => `${link}.actor_id`, direction: 'desc', tag: 'N', cast: 'int' },
      ],
      edgeFields: { mentionCount: (link) => `${link}.mention_count`, excerpt: (link) => `${link}.excerpt` },
      count: (row) => `(select count(*)::int from actor_mentions m where m.actor_id = ${row}.id)`,
    },
  },
};
