import { technologies } from '../../../schema/tables.ts';
import { technologyConditions, type TechnologyFilter } from '../../knowledge/filters.ts';
import { builder } from '../builder.ts';
import { rootList } from '../total-count.ts';
import { validSlug } from './inputs.ts';

export const Technology = builder.drizzleNode('technologies', {
  name: 'Technology',
  description: 'A technology or a broader area in the taxonomy (artificial intelligence, semiconductors, 6G, ...).',
  // Only the columns a query asks for (a row's search vector, for one, is never needed here).
  select: {},
  id: { column: (t) => t.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, readable identifier, e.g. "artificial-intelligence".' }),
    name: t.exposeString('name', { description: 'Canonical name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the area covers.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and phrasings ("AI", "6G mobile networks").' }),
    parent: t.relation('parent', { nullable: true, description: 'The broader area this one belongs to.' }),
    children: t.relation('children', {
      description: 'Narrower technologies within this one.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    partnerships: t.relatedConnection('partnerships', {
      description: 'Partnerships covering this technology, most recently recorded first.',
      query: { orderBy: { id: 'desc' } },
      totalCount: true,
    }),
    articles: t.relatedConnection('articles', {
      description: 'Articles that mention this technology, newest first.',
      query: { orderBy: { publishedAt: 'desc', id: 'desc' } },
      totalCount: true,
    }),
  }),
});

const TechnologyFilterInput = builder.inputType('TechnologyFilter', {
  description: 'Narrows the list of technologies; all given conditions must hold.',
  fields: (t) => ({
    parent: t.string({ required: false, description: 'Only the direct children of this area (slug).' }),
    topLevel: t.boolean({
      required: false,
      description: 'true: only the top-level areas; false: only technologies under an area.',
    }),
    name: t.string({
      required: false,
      description: 'Only technologies whose name or an alias contains this text, in any case.',
    }),
  }),
});

/** The domain filter for the `filter` argument; throws BAD_USER_INPUT on a malformed code or slug. */
export function toTechnologyFilter(
  filter: typeof TechnologyFilterInput.$inferInput | null | undefined,
): TechnologyFilter {
  return {
    parent: filter?.parent == null ? undefined : validSlug(filter.parent, 'filter.parent'),
    topLevel: filter?.topLevel ?? undefined,
    name: filter?.name ?? undefined,
  };
}

const technologyList = rootList(
  technologies,
  ({ filter }: { filter?: Parameters<typeof toTechnologyFilter>[0] }) => toTechnologyFilter(filter),
  technologyConditions,
);

builder.queryFields((t) => ({
  technology: t.drizzleField({
    type: 'technologies',
    nullable: true,
    description: 'A technology by its slug; null when none has it.',
    args: { slug: t.arg.string({ required: true, description: 'The slug of the technology.' }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.db.query.technologies.findFirst(query({ where: { slug: validSlug(slug) } })),
  }),
  technologies: t.drizzleConnection(
    {
      type: 'technologies',
      description: 'Technologies by name, optionally filtered.',
      args: {
        filter: t.arg({
          type: TechnologyFilterInput,
          required: false,
          description: 'Conditions the technologies must meet.',
        }),
      },
      resolve: (query, _parent, args, ctx, info) =>
        ctx.db.query.technologies.findMany(
          query({ ...technologyList.pageQuery(args, info), orderBy: { name: 'asc' } }),
        ),
    },
    technologyList.connection,
  ),
}));
