// How the compiled path reads an Actor (see src/graphql/compiled/sql-model.ts); the same
// columns, relations, orders and cursors as actor.ts.
import { alias } from 'drizzle-orm/pg-core';
import { affiliations } from '../../../schema/tables.ts';
import { positionConditions, positionHistoryOrder } from '../../knowledge/filters.ts';
import {
  column,
  connectionThrough,
  enumColumn,
  idField,
  intKey,
  type ListFieldSql,
  listColumn,
  sqlText,
  toMany,
  toOne,
  type ObjectTypeSql,
} from '../compiled/sql-model.ts';
import { toPositionFilter } from './actor.ts';

const role = { role: (link: string) => `${link}.role` };

/** The affiliations table under a statement's alias, for the domain's conditions and orders. */
const positionsAs = (target: string) => alias(affiliations, target) as unknown as typeof affiliations;

/** A list of positions (affiliations) through `foreignKey`, narrowed by its arguments as actor.ts narrows it. */
const positions = (foreignKey: string, order: (target: string) => string): ListFieldSql => ({
  ...toMany('affiliations', foreignKey, order),
  where: (args, statement, target) => {
    const condition = positionConditions(positionsAs(target), toPositionFilter(args));
    return condition === undefined ? undefined : statement.embed(condition);
  },
});

export const actorSql: ObjectTypeSql = {
  table: 'actors',
  fields: {
    id: idField('Actor'),
    slug: column('slug'),
    name: column('name'),
    kind: enumColumn('kind'),
    description: column('description'),
    aliases: listColumn('aliases'),
    country: toOne('countries', 'country_id'),
    parent: toOne('actors', 'parent_id'),
    children: toMany('actors', 'parent_id', (t) => `${t}.name, ${t}.id`),
    affiliations: positions('person_id', (t) => `${t}.id`),
    members: positions('organization_id', (t) => `${t}.id`),
    titleHistory: positions('person_id', (t) => sqlText(positionHistoryOrder(positionsAs(t)))),
    merges: toMany('actor_merges', 'survivor_id', (t) => `${t}.merged_at, ${t}.id`),
    partnerships: connectionThrough(
      'partnerships',
      { table: 'partnership_parties', parentKey: 'actor_id', targetKey: 'partnership_id' },
      [intKey('id', 'desc')],
      role,
    ),
    events: connectionThrough(
      'events',
      { table: 'event_participants', parentKey: 'actor_id', targetKey: 'event_id' },
      [intKey('id', 'desc')],
      role,
    ),
    // The drizzle plugin completes an order that is not unique with the rest of the primary key,
    // in the last key's direction; its cursors hold that key too (collaborations, mentions).
    collaborators: connectionThrough(
      'actors',
      { table: 'actor_collaborations', parentKey: 'actor_id', targetKey: 'collaborator_id' },
      [intKey('shared_count', 'desc'), intKey('collaborator_id', 'asc'), intKey('actor_id', 'asc')],
      {
        partnershipCount: (link) => `${link}.partnership_count`,
        eventCount: (link) => `${link}.event_count`,
        sharedCount: (link) => `${link}.shared_count`,
      },
    ),
    mentions: connectionThrough(
      'articles',
      { table: 'actor_mentions', parentKey: 'actor_id', targetKey: 'article_id' },
      [intKey('article_id', 'desc'), intKey('actor_id', 'desc')],
      { mentionCount: (link) => `${link}.mention_count`, excerpt: (link) => `${link}.excerpt` },
    ),
  },
};
