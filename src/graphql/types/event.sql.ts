// How the compiled path reads an Event and an EventParticipant (see
// src/graphql/compiled/sql-model.ts); the same columns, relations and orders as event.ts.
import { column, enumColumn, idField, throughTable, toMany, toOne, type ObjectTypeSql } from '../compiled/sql-model.ts';
import { supportSql } from './support.sql.ts';

export const eventSql: ObjectTypeSql = {
  table: 'events',
  fields: {
    id: idField('Event'),
    slug: column('slug'),
    title: column('title'),
    kind: enumColumn('kind'),
    occurredOn: column('occurred_on'),
    city: column('city'),
    country: toOne('countries', 'country_id'),
    description: column('description'),
    participants: toMany('event_participants', 'event_id', (t) => `${t}.id`),
    partnerships: throughTable(
      'partnerships',
      { table: 'event_partnerships', parentKey: 'event_id', targetKey: 'partnership_id' },
      (t) => `${t}.id`,
    ),
    sources: toMany('evidence', 'event_id', (t) => `${t}.id`),
    ...supportSql,
  },
};

export const eventParticipantSql: ObjectTypeSql = {
  table: 'event_participants',
  fields: {
    role: column('role'),
    actor: toOne('actors', 'actor_id'),
    event: toOne('events', 'event_id'),
  },
};
