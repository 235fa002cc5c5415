import { countries } from '../../../schema/tables.ts';
import { builder } from '../builder.ts';
import { rootList } from '../total-count.ts';
import { validCountryCode } from './inputs.ts';

export const Country = builder.drizzleNode('countries', {
  name: 'Country',
  description: 'A country of ISO 3166-1, with the actors based in it and the cooperation it takes part in.',
  // Only the columns a query asks for (a row's search vector, for one, is never needed here).
  select: {},
  id: { column: (c) => c.id },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'ISO 3166-1 alpha-2 code, e.g. "VN".' }),
    name: t.exposeString('name', { description: 'Common English name, e.g. "Vietnam".' }),
    officialName: t.exposeString('officialName', { nullable: true, description: 'Official English name.' }),
    region: t.exposeString('region', { nullable: true, description: 'World region, e.g. "Asia".' }),
    subregion: t.exposeString('subregion', { nullable: true, description: 'Subregion, e.g. "South-Eastern Asia".' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and spellings ("Viet Nam", "UK").' }),
    demonyms: t.exposeStringList('demonyms', { description: 'Adjectives of nationality ("Vietnamese").' }),
    actors: t.relatedConnection('actors', {
      description: 'Actors based in this country, by name.',
      query: { orderBy: { name: 'asc' } },
      totalCount: true,
    }),
    partnerships: t.relatedConnection('partnerships', {
      description: 'Partnerships this country takes part in, most recently started first.',
      query: { orderBy: { id: 'desc' } },
      totalCount: true,
    }),
    articles: t.relatedConnection('articles', {
      description: 'Articles that mention this country, newest first.',
      query: { orderBy: { publishedAt: 'desc', id: 'desc' } },
      totalCount: true,
    }),
    partnerCountries: t.relation('partners', {
      description: 'Countries that share partnerships with this one, most shared first.',
      query: { orderBy: { partnershipCount: 'desc', partnerId: 'asc' } },
    }),
  }),
});

builder.drizzleObject('countryPartners', {
  name: 'CountryPartner',
  description: 'Another country that takes part in the same partnerships, and how many.',
  fields: (t) => ({
    country: t.relation('partner', { description: 'The partner country.' }),
    partnershipCount: t.exposeInt('partnershipCount', {
      description: 'How many partnerships the two countries share.',
    }),
  }),
});

// Every country: no arguments, no filter.
const allCountries = rootList(
  countries,
  () => null,
  () => undefined,
);

builder.queryFields((t) => ({
  country: t.drizzleField({
    type: 'countries',
    nullable: true,
    description: 'A country by its ISO 3166-1 alpha-2 code, in any case ("vn" or "VN"); null when no country has it.',
    args: { code: t.arg.string({ required: true, description: 'ISO 3166-1 alpha-2 code.' }) },
    resolve: (query, _root, { code }, ctx) =>
      ctx.db.query.countries.findFirst(query({ where: { code: validCountryCode(code) } })),
  }),
  countries: t.drizzleConnection(
    {
      type: 'countries',
      description: 'All countries, by code.',
      resolve: (query, _parent, args, ctx, info) =>
        ctx.db.query.countries.findMany(query({ ...allCountries.pageQuery(args, info), orderBy: { code: 'asc' } })),
    },
    allCountries.connection,
  ),
}));
