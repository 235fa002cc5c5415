import { builder } from '../builder.ts';
import { supportFields } from './support.ts';

export const Affiliation = builder.drizzleObject('affiliations', {
  name: 'Affiliation',
  description: "A person's position: a title, held at an organisation when the sources name one.",
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title without the organisation, e.g. "Deputy Minister".' }),
    person: t.relation('person', { description: 'The person holding the position.' }),
    organization: t.relation('organization', {
      nullable: true,
      description: 'The organisation, when the title names or implies one.',
    }),
    startedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the person took the position, if known.',
      resolve: (a) => a.startedOn,
    }),
    endedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the person left the position, if known.',
      resolve: (a) => a.endedOn,
    }),
    sources: t.relation('sources', {
      description: 'Articles that state the position.',
      query: { orderBy: { id: 'asc' } },
    }),
    ...supportFields(t, 'position'),
  }),
});
