// The shape of hand-curated knowledge: plain data, keyed by slugs and ISO codes, that the seed
// loads into the tables. Nothing here knows about SQL or GraphQL.
import type { ActorKind, EventKind, PartnershipKind, PartnershipStatus } from '../../../schema/tables.ts';

/** A technology in the taxonomy. `parent` is the slug of a broader area. */
export interface TaxonomyEntry {
  slug: string;
  name: string;
  parent?: string;
  description?: string;
  /** Other names and spellings: acronyms ("AI"), singulars, phrasings ("6G mobile networks"). */
  aliases: string[];
}

/** The article supporting a fact, and a short passage (a curator's paraphrase, not the article's words). */
export interface CuratedSource {
  article: string;
  excerpt: string;
}

interface CuratedArticle {
  slug: string;
  url: string | null;
  title: string;
  source: string;
  section: string | null;
  author: string | null;
  /** ISO 8601 with the site's offset, e.g. 2025-09-29T23:15:00+07:00. */
  publishedAt: string;
  /** A summary in the curator's own words. */
  summary: string;
  tags: string[];
  themes: string[];
  /** SHA-256 (hex) of the article text, so ingesting the same text later is recognised. */
  contentHash: string | null;
}

interface CuratedActor {
  slug: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 code. */
  country: string | null;
  /** Slug of the organisation this one sits under. */
  parent?: string;
  description: string;
  aliases: string[];
}

interface CuratedAffiliation {
  /** Slug of the person. */
  person: string;
  /** Slug of the organisation, or null when the title names none. */
  organization: string | null;
  title: string;
  sources: CuratedSource[];
}

interface CuratedPartnership {
  slug: string;
  title: string;
  kind: PartnershipKind;
  status: PartnershipStatus | null;
  /** YYYY-MM-DD, only for a dated signing or launch. */
  startedOn: string | null;
  description: string;
  parties: { actor: string; role: string }[];
  countries: string[];
  technologies: string[];
  sources: CuratedSource[];
}

interface CuratedEvent {
  slug: string;
  title: string;
  kind: EventKind;
  occurredOn: string | null;
  city: string | null;
  country: string | null;
  description: string;
  participants: { actor: string; role: string }[];
  partnerships: string[];
  sources: CuratedSource[];
}

/** What one article mentions, with counts of how often. */
interface CuratedMentions {
  article: string;
  actors: { slug: string; count: number }[];
  countries: { code: string; count: number }[];
  technologies: { slug: string; count: number }[];
}

export interface CuratedKnowledge {
  articles: CuratedArticle[];
  actors: CuratedActor[];
  affiliations: CuratedAffiliation[];
  partnerships: CuratedPartnership[];
  events: CuratedEvent[];
  mentions: CuratedMentions[];
}
