import { IngestError, IngestInputErrors, type IngestErrorCode } from '../../ingest/errors.ts';
import { ingestArticle } from '../../ingest/ingest.ts';
import { UrlTakenError } from '../../ingest/store.ts';
import { builder } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import { problemType, rowById } from './payloads.ts';

interface IngestPayloadShape {
  status: 'CREATED' | 'UNCHANGED' | 'REJECTED';
  articleId: number | null;
  createdActorIds: number[];
  linkedActorIds: number[];
  createdPartnershipIds: number[];
  linkedPartnershipIds: number[];
  createdEventIds: number[];
  linkedEventIds: number[];
  errors: { code: IngestErrorCode | 'URL_TAKEN'; message: string; field: string | null }[];
}

const IngestStatusEnum = builder.enumType('IngestStatus', {
  description: 'What ingesting an article did.',
  values: {
    CREATED: { description: 'The article was new: it and its facts are stored.' },
    UNCHANGED: { description: 'The same text was stored before: nothing changed.' },
    REJECTED: { description: 'The input was refused; `errors` says why. Nothing was written.' },
  },
});

const IngestErrorCodeEnum = builder.enumType('IngestErrorCode', {
  description: 'Why an article was refused.',
  values: {
    EMPTY_TEXT: { description: 'The text is empty.' },
    NOT_TEXT: { description: 'The text holds binary data or control characters.' },
    TOO_LARGE: { description: 'The text is over 1 MiB.' },
    NO_TITLE: { description: 'No title could be found.' },
    UNPARSEABLE_DATE: { description: 'No publication date could be read.' },
    INVALID_INPUT: { description: 'Another field of the input is malformed (see `field`).' },
    EXTRACTION_TIMEOUT: {
      description: 'Reading the text took longer than the server allows (EXTRACTION_TIMEOUT_MS); nothing was stored.',
    },
    URL_TAKEN: { description: 'Another article with different text is stored under this URL.' },
  },
});

const IngestArticleErrorRef = problemType('IngestArticleError', {
  description: 'A problem with the input of `ingestArticle`.',
  codes: IngestErrorCodeEnum,
  fieldDescription: 'The input field at fault, when there is one.',
});

/** The rows with these ids, in the order they were stored. */
const byIds = (ids: number[]) => ({ where: { id: { in: ids } }, orderBy: { id: 'asc' as const } });

const IngestArticlePayloadRef = builder.objectRef<IngestPayloadShape>('IngestArticlePayload').implement({
  description: 'The result of ingesting an article: the article and the entities it created or linked, or the errors.',
  fields: (t) => ({
    status: t.field({ type: IngestStatusEnum, description: 'What the ingestion did.', resolve: (p) => p.status }),
    article: t.drizzleField({
      type: 'articles',
      nullable: true,
      description: 'The stored article (the earlier one when the text was already stored); null when rejected.',
      resolve: (query, p, _args, ctx) => rowById(p.articleId, (where) => ctx.db.query.articles.findFirst(query(where))),
    }),
    createdActors: t.drizzleField({
      type: ['actors'],
      description: 'Actors the article introduced.',
      resolve: (query, p, _args, ctx) => ctx.db.query.actors.findMany(query(byIds(p.createdActorIds))),
    }),
    linkedActors: t.drizzleField({
      type: ['actors'],
      description: 'Actors already known that the article mentions.',
      resolve: (query, p, _args, ctx) => ctx.db.query.actors.findMany(query(byIds(p.linkedActorIds))),
    }),
    createdPartnerships: t.drizzleField({
      type: ['partnerships'],
      description: 'Partnerships the article introduced.',
      resolve: (query, p, _args, ctx) => ctx.db.query.partnerships.findMany(query(byIds(p.createdPartnershipIds))),
    }),
    linkedPartnerships: t.drizzleField({
      type: ['partnerships'],
      description: 'Partnerships already known that the article adds a source to.',
      resolve: (query, p, _args, ctx) => ctx.db.query.partnerships.findMany(query(byIds(p.linkedPartnershipIds))),
    }),
    createdEvents: t.drizzleField({
      type: ['events'],
      description: 'Events the article introduced.',
      resolve: (query, p, _args, ctx) => ctx.db.query.events.findMany(query(byIds(p.createdEventIds))),
    }),
    linkedEvents: t.drizzleField({
      type: ['events'],
      description: 'Events already known that the article adds a source to.',
      resolve: (query, p, _args, ctx) => ctx.db.query.events.findMany(query(byIds(p.linkedEventIds))),
    }),
    errors: t.field({
      type: [IngestArticleErrorRef],
      description: 'Why the input was refused; empty unless `status` is REJECTED.',
      resolve: (p) => p.errors,
    }),
  }),
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'An article to ingest, as scraped.',
  fields: (t) => ({
    text: t.string({
      required: true,
      description:
        'The article text in the scraped layout (date line, title, timestamp, story, byline, tags); at most 1 MiB.',
    }),
    url: t.string({ required: false, description: 'Where the article was published (http or https).' }),
    source: t.string({ required: false, description: 'The publication, e.g. "Vietnam Investment Review".' }),
  }),
});

const payload = (status: IngestPayloadShape['status'], articleId: number | null): IngestPayloadShape => ({
  status,
  articleId,
  createdActorIds: [],
  linkedActorIds: [],
  createdPartnershipIds: [],
  linkedPartnershipIds: [],
  createdEventIds: [],
  linkedEventIds: [],
  errors: [],
});

const rejected = (
  code: IngestPayloadShape['errors'][number]['code'],
  message: string,
  field: string | null,
): IngestPayloadShape => ({
  ...payload('REJECTED', null),
  errors: [{ code, message, field }],
});

const ids = (refs: { id: number }[]) => refs.map((r) => r.id);

builder.mutationField('ingestArticle', (t) =>
  t.field({
    authScopes: { ingest: true },
    type: IngestArticlePayloadRef,
    description:
      'Ingests a raw article: parses it, extracts countries, technologies, actors, affiliations, partnerships and events, links them to what the graph already holds and stores them with their sources. The same text ingested again changes nothing. Runs in one transaction: a rejected or failed article leaves nothing behind. Needs an API token with the `ingest` scope.',
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: 'The article.' }) },
    resolve: async (_root, { input }, ctx): Promise<IngestPayloadShape> => {
      const result = await ingest(input, ctx);
      ctx.onIngested?.({
        status: result.status,
        createdActors: result.createdActorIds.length,
        createdPartnerships: result.createdPartnershipIds.length,
        createdEvents: result.createdEventIds.length,
      });
      return result;
    },
  }),
);

/** Ingests one article, answering refusals as a REJECTED payload. */
async function ingest(
  input: { text: string; url?: string | null; source?: string | null },
  ctx: GraphQLContext,
): Promise<IngestPayloadShape> {
  try {
    const result = await ingestArticle(
      ctx.db,
      { text: input.text, url: input.url, source: input.source },
      { extractor: ctx.extractor },
    );
    if (result.status === 'unchanged') return payload('UNCHANGED', result.article.id);
    const { created, linked } = result.summary;
    return {
      ...payload('CREATED', result.article.id),
      createdActorIds: ids(created.actors),
      linkedActorIds: ids(linked.actors),
      createdPartnershipIds: ids(created.partnerships),
      linkedPartnershipIds: ids(linked.partnerships),
      createdEventIds: ids(created.events),
      linkedEventIds: ids(linked.events),
    };
  } catch (error) {
    if (error instanceof IngestError) return rejected(error.code, error.message, error.field);
    if (error instanceof IngestInputErrors) {
      return {
        ...payload('REJECTED', null),
        errors: error.problems.map((p) => ({ code: p.code, message: p.message, field: p.field })),
      };
    }
    if (error instanceof UrlTakenError) return rejected('URL_TAKEN', error.message, 'url');
    throw error;
  }
}
