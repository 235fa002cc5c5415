// Curation through the API: merging two actors that are one, and the merge history on Actor.
// The work is done by src/knowledge/curation.ts; this module maps its result and its refusals.
import {
  CurationError,
  mergeActors,
  type CurationErrorCode,
  type CurationProblem,
  type MergeCounts,
} from '../../knowledge/curation.ts';
import { builder } from '../builder.ts';
import { Actor } from './actor.ts';
import { problemType, rowById } from './payloads.ts';

export const ActorMerge = builder.drizzleObject('actorMerges', {
  name: 'ActorMerge',
  description: 'A record of an actor merged into another: the merged slug keeps resolving to the survivor.',
  fields: (t) => ({
    mergedSlug: t.exposeString('mergedSlug', {
      description: 'The slug of the merged actor; `actor(slug:)` answers it with the survivor.',
    }),
    mergedName: t.exposeString('mergedName', {
      description: "The name of the merged actor (now one of the survivor's aliases).",
    }),
    mergedAt: t.field({
      type: 'DateTime',
      description: 'When the merge was made.',
      resolve: (m) => new Date(m.mergedAt),
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'Why the two actors were found to be one, as the curator wrote it.',
    }),
    survivor: t.relation('survivor', { description: 'The actor the merged one became part of.' }),
  }),
});

builder.drizzleObjectFields(Actor, (t) => ({
  merges: t.relation('merges', {
    description: 'Actors merged into this one, oldest first; their slugs resolve to this actor.',
    query: { orderBy: { mergedAt: 'asc', id: 'asc' } },
  }),
}));

interface MergePayloadShape {
  survivorId: number | null;
  mergeId: number | null;
  moved: MergeCounts | null;
  errors: CurationProblem[];
}

const CurationErrorCodeEnum = builder.enumType('CurationErrorCode', {
  description: 'Why a curation was refused.',
  values: {
    NOT_FOUND: { description: 'No actor has the slug, and none was merged under it (see `field` for which one).' },
    SAME_ACTOR: {
      description: 'The two slugs name one actor: the same slug twice, or slugs merged into one actor earlier.',
    },
    KIND_MISMATCH: {
      description: 'A person and an organisation cannot be merged: a person merges only with a person.',
    },
    COUNTRY_MISMATCH: {
      description: 'The two actors have different countries; pass `force: true` to merge them anyway.',
    },
    INVALID_INPUT: { description: 'A field of the input is malformed (see `field`).' },
  } satisfies Record<CurationErrorCode, { description: string }>,
});

const CurationErrorRef = problemType('CurationError', {
  description: 'A problem with the input of a curation mutation. Nothing was written.',
  codes: CurationErrorCodeEnum,
  fieldDescription: 'The input field at fault (`survivor`, `merged`, `note` or `force`), when there is one.',
});

const MergeCountsRef = builder.objectRef<MergeCounts>('MergeCounts').implement({
  description: 'What the survivor took over from the merged actor, by kind.',
  fields: (t) => ({
    aliases: t.exposeInt('aliases', {
      description: "Names added to the survivor's aliases: the merged actor's name and aliases it did not have yet.",
    }),
    partnerships: t.exposeInt('partnerships', {
      description:
        "Partnerships the merged actor was a party to, now the survivor's (including those both were parties to).",
    }),
    events: t.exposeInt('events', {
      description: "Events the merged actor took part in, now the survivor's (including those both took part in).",
    }),
    affiliations: t.exposeInt('affiliations', {
      description: "Affiliations of the merged actor, as person or as organisation, now the survivor's.",
    }),
    mentions: t.exposeInt('mentions', {
      description: 'Articles that mention the merged actor, now counted as mentioning the survivor.',
    }),
    children: t.exposeInt('children', {
      description: 'Organisations that sat under the merged actor, now under the survivor.',
    }),
    earlierMerges: t.exposeInt('earlierMerges', {
      description: 'Earlier merges into the merged actor, now recorded as merges into the survivor.',
    }),
    collapsed: t.exposeInt('collapsed', {
      description:
        'Of the partnerships, events, affiliations and mentions: how many the survivor already had, folded into one (mention counts add up).',
    }),
    evidence: t.exposeInt('evidence', { description: 'Sources moved from a duplicate affiliation to the one kept.' }),
  }),
});

const MergeActorsPayloadRef = builder.objectRef<MergePayloadShape>('MergeActorsPayload').implement({
  description: 'The result of merging two actors: the survivor and what it took over, or the errors.',
  fields: (t) => ({
    survivor: t.drizzleField({
      type: 'actors',
      nullable: true,
      description: 'The actor that stays, with everything merged into it; null when refused.',
      resolve: (query, p, _args, ctx) => rowById(p.survivorId, (where) => ctx.db.query.actors.findFirst(query(where))),
    }),
    merge: t.drizzleField({
      type: 'actorMerges',
      nullable: true,
      description: 'The record of this merge; null when refused.',
      resolve: (query, p, _args, ctx) =>
        rowById(p.mergeId, (where) => ctx.db.query.actorMerges.findFirst(query(where))),
    }),
    moved: t.field({
      type: MergeCountsRef,
      nullable: true,
      description: 'What the survivor took over, by kind; null when refused.',
      resolve: (p) => p.moved,
    }),
    errors: t.field({
      type: [CurationErrorRef],
      description: 'Why the merge was refused; empty when it was made.',
      resolve: (p) => p.errors,
    }),
  }),
});

const MergeActorsInput = builder.inputType('MergeActorsInput', {
  description: 'Two actors that are one: the merged actor goes, the survivor takes over its names, links and sources.',
  fields: (t) => ({
    survivor: t.string({
      required: true,
      description: 'The slug of the actor that stays. A slug merged earlier stands for the actor it was merged into.',
    }),
    merged: t.string({
      required: true,
      description: 'The slug of the actor that goes. A slug merged earlier stands for the actor it was merged into.',
    }),
    note: t.string({
      required: false,
      description: 'Why the two are one, kept with the merge record; at most 2000 characters.',
    }),
    force: t.boolean({
      required: false,
      description:
        'Merge even when the two actors have different countries (the survivor keeps its own). False by default.',
    }),
  }),
});

builder.mutationField('mergeActors', (t) =>
  t.field({
    authScopes: { edit: true },
    type: MergeActorsPayloadRef,
    description:
      "Merges one actor into another. The merged actor's name and aliases become the survivor's aliases; its partnerships, events, affiliations (with their sources), mentions and child organisations move to the survivor, duplicates folded into one; the survivor takes its country, description and parent where it has none. The merge is recorded, and the merged slug keeps resolving to the survivor through `actor(slug:)`. Runs in one transaction: a refused or failed merge writes nothing. Needs an API token with the `edit` scope.",
    args: { input: t.arg({ type: MergeActorsInput, required: true, description: 'The two actors.' }) },
    resolve: async (_root, { input }, ctx): Promise<MergePayloadShape> => {
      try {
        const summary = await mergeActors(ctx.db, {
          survivorSlug: input.survivor,
          mergedSlug: input.merged,
          note: input.note,
          force: input.force,
        });
        return { survivorId: summary.survivor.id, mergeId: summary.mergeId, moved: summary.moved, errors: [] };
      } catch (error) {
        if (error instanceof CurationError)
          return { survivorId: null, mergeId: null, moved: null, errors: error.problems };
        throw error;
      }
    },
  }),
);
