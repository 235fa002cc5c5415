// The GraphQL schema: importing each type module registers its types and root fields.
import { builder } from './builder.ts';
import './types/enums.ts';
import './types/country.ts';
import './types/technology.ts';
import './types/article.ts';
import './types/evidence.ts';
import './types/affiliation.ts';
import './types/partnership.ts';
import './types/event.ts';
import './types/actor.ts';
import './types/ingest.ts';
import './types/search.ts';
import './types/graph.ts';
import './types/curation.ts';
import './types/live.ts';

export const schema = builder.toSchema({ sortSchema: true });
