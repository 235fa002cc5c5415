import { builder } from '../builder.ts';
import { TitleTenseEnum } from './enums.ts';

export const Evidence = builder.drizzleObject('evidence', {
  name: 'Evidence',
  description: 'Provenance of a fact: the article that supports it, and the passage that says so.',
  fields: (t) => ({
    article: t.relation('article', { description: 'The article supporting the fact.' }),
    excerpt: t.exposeString('excerpt', {
      nullable: true,
      description:
        'The supporting passage: quoted from the article for ingested articles, a short paraphrase for curated knowledge.',
    }),
    spanStart: t.exposeInt('spanStart', {
      nullable: true,
      description: 'Offset of the passage in the article body, in characters, when the body is stored.',
    }),
    spanEnd: t.exposeInt('spanEnd', {
      nullable: true,
      description: 'Offset just past the passage in the article body.',
    }),
    confidence: t.exposeFloat('confidence', {
      description: 'How sure the source is, from 0 to 1: 1 for curated facts.',
    }),
    titleTense: t.expose('titleTense', {
      type: TitleTenseEnum,
      nullable: true,
      description:
        "For a position: how the article states the title (newly taken, held, or left), from which the position's dates are taken. Null for other facts and for curated positions.",
    }),
  }),
});
