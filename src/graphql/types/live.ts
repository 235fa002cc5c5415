// Live updates: the Subscription root. `knowledgeAdded` delivers each partnership and event
// committed to the graph after the subscription starts, by this instance or any other (the
// primary's knowledge_changed notifications, src/db/knowledge-changes.ts), over server-sent
// events: POST or GET /graphql with `Accept: text/event-stream`, as GraphiQL does.
import { Repeater } from 'graphql-yoga';
import type { KnowledgeChangeFeed } from '../../db/knowledge-changes.ts';
import type { Executor } from '../../db/database.ts';
import { type AddedFact, AddedFacts, type LiveFilter } from '../../knowledge/live.ts';
import { builder } from '../builder.ts';
import { GraphQLError } from 'graphql';
import { validCountryCode, validSlug } from './inputs.ts';

const KnowledgeAddedFilterInput = builder.inputType('KnowledgeAddedFilter', {
  description: 'Which new facts to deliver; all given conditions must hold. None: every new fact.',
  fields: (t) => ({
    country: t.string({
      required: false,
      description: 'Only partnerships this country takes part in, and events held in it (ISO alpha-2 code).',
    }),
    technology: t.string({
      required: false,
      description:
        'Only partnerships covering this technology or one below it, and events of such partnerships (slug).',
    }),
    actor: t.string({ required: false, description: 'Only facts this actor is a party to or takes part in (slug).' }),
  }),
});

function toLiveFilter(filter: typeof KnowledgeAddedFilterInput.$inferInput | null | undefined): LiveFilter {
  return {
    country: filter?.country == null ? undefined : validCountryCode(filter.country, 'filter.country'),
    technology: filter?.technology == null ? undefined : validSlug(filter.technology, 'filter.technology'),
    actor: filter?.actor == null ? undefined : validSlug(filter.actor, 'filter.actor'),
  };
}

const KnowledgeAddedKind = builder.enumType('KnowledgeAddedKind', {
  description: 'What kind of fact was added.',
  values: {
    PARTNERSHIP: { value: 'partnership', description: 'A partnership.' },
    EVENT: { value: 'event', description: 'An event.' },
  },
});

const KnowledgeAdded = builder.objectRef<AddedFact>('KnowledgeAdded').implement({
  description: 'A partnership or an event just committed to the graph: the one field of its kind is set.',
  fields: (t) => ({
    kind: t.field({
      type: KnowledgeAddedKind,
      description: 'Which of the fields below is set.',
      resolve: (f) => f.kind,
    }),
    partnership: t.drizzleField({
      type: 'partnerships',
      nullable: true,
      description: 'The new partnership.',
      resolve: (query, fact, _args, ctx) =>
        fact.kind === 'partnership' ? ctx.db.query.partnerships.findFirst(query({ where: { id: fact.id } })) : null,
    }),
    event: t.drizzleField({
      type: 'events',
      nullable: true,
      description: 'The new event.',
      resolve: (query, fact, _args, ctx) =>
        fact.kind === 'event' ? ctx.db.query.events.findFirst(query({ where: { id: fact.id } })) : null,
    }),
  }),
});

/** The facts added after now that match the filter, as they are committed, until the client goes. */
function follow(db: Executor, changes: KnowledgeChangeFeed, filter: LiveFilter): Repeater<AddedFact> {
  return new Repeater<AddedFact>(async (push, stop) => {
    const facts = new AddedFacts(db, filter);
    // One look at a time, in order: notifications that arrive meanwhile wait for the look before.
    let looking = facts.start();
    const unsubscribe = changes.subscribe(() => {
      looking = looking
        .then(async () => {
          for (const fact of await facts.added()) await push(fact);
        })
        .catch((error: unknown) => stop(error));
    });
    await looking.catch((error: unknown) => stop(error));
    await stop;
    unsubscribe();
  });
}

builder.subscriptionType({
  description: 'Live updates, over server-sent events (`Accept: text/event-stream`).',
  authScopes: { read: true },
});

builder.subscriptionField('knowledgeAdded', (t) =>
  t.field({
    type: KnowledgeAdded,
    description:
      'Each partnership and event matching the filter as it is committed, by this instance or any other, from the moment of subscribing; each once.',
    args: {
      filter: t.arg({ type: KnowledgeAddedFilterInput, required: false, description: 'Which new facts to deliver.' }),
    },
    subscribe: (_root, { filter }, ctx) => {
      if (!ctx.knowledgeChanges)
        throw new GraphQLError(
          'Live updates are off on this server: it does not listen for changes to the knowledge.',
          {
            extensions: { code: 'LIVE_UPDATES_OFF' },
          },
        );
      return follow(ctx.db, ctx.knowledgeChanges, toLiveFilter(filter));
    },
    resolve: (fact) => fact,
  }),
);
