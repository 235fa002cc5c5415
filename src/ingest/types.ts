// The data that flows through ingestion: parse -> extract -> resolve -> store. Plain types;
// nothing here knows about SQL or GraphQL.
import type { ActorKind, EventKind, PartnershipKind, PartnershipStatus, TitleTense } from '../../schema/tables.ts';

/** Where a block of story text came from in the scraped layout. */
export type BlockKind = 'title' | 'lead' | 'body' | 'caption';

/** A paragraph of the story (never a teaser), with its offsets in `ParsedArticle.body`. */
export interface StoryBlock {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
}

/** A related-article teaser after the story: another story, kept apart so nothing is extracted from it. */
export interface Teaser {
  title: string;
  blurb: string;
}

export interface ParsedArticle {
  title: string;
  /** Publication day as printed on the date line or timestamp, YYYY-MM-DD (site time). */
  publishedOn: string;
  /** Publication instant, ISO 8601 with the site's offset (+07:00); midnight when only the day is known. */
  publishedAt: string;
  section: string | null;
  author: string | null;
  tags: string[];
  themes: string[];
  /**
   * The day a paper's own header line gives above the story ("Wednesday, 07 Oct 2026", "Aug 19,
   * 2025, 08:47 PM"), when it is up to two weeks before publication: the day "today" and "on
   * Monday" count from when the site republished the story later. Absent when there is none.
   */
  storyDay?: string | null;
  /** The story text the facts come from: title, lead, body paragraphs and photo captions. */
  blocks: StoryBlock[];
  /** The story blocks joined by blank lines: what is stored as the article body; spans index into it. */
  body: string;
  teasers: Teaser[];
}

/** A passage of the story supporting an extracted fact: character offsets into `ParsedArticle.body`. */
export interface Passage {
  excerpt: string;
  start: number;
  end: number;
}

export interface ExtractedCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  mentions: number;
  passage: Passage;
}

export interface ExtractedTechnology {
  /** Slug in the taxonomy (src/knowledge/reference/technologies.ts). */
  slug: string;
  mentions: number;
  passage: Passage;
}

export interface ExtractedActor {
  /** Local key, unique within one extraction, that the other facts refer to (e.g. "nguyen-chi-dung"). */
  key: string;
  name: string;
  kind: ActorKind;
  /** ISO code of the country the actor serves, represents or is based in, when the text says or implies it. */
  country: string | null;
  /** Acronyms and other forms seen in the text ("MoST", "DPM Dung", "Quan"). */
  aliases: string[];
  /** Key of the organisation this one sits under ("under the Ministry of Finance"). */
  parentKey: string | null;
  mentions: number;
  passage: Passage;
  confidence: number;
}

export interface ExtractedAffiliation {
  personKey: string;
  /** Key of the organisation, or null when the title names none ("Deputy Prime Minister"). */
  organizationKey: string | null;
  /** The title without the organisation ("Deputy Minister"). */
  title: string;
  /** How the article states it: newly taken, held, or left (src/ingest/extract/actors/title-tense.ts). */
  tense: TitleTense;
  passage: Passage;
  confidence: number;
}

export interface ExtractedPartnership {
  title: string;
  kind: PartnershipKind;
  status: PartnershipStatus | null;
  /** YYYY-MM-DD, only for a dated signing or launch. */
  startedOn: string | null;
  /** Actor keys with roles; a country acting as a party is a state actor (kind "state"). */
  parties: { actorKey: string; role: string }[];
  countries: string[];
  technologies: string[];
  passage: Passage;
  confidence: number;
}

export interface ExtractedEvent {
  title: string;
  kind: EventKind;
  occurredOn: string | null;
  city: string | null;
  country: string | null;
  participants: { actorKey: string; role: string }[];
  /** Indexes into `Extraction.partnerships` of the partnerships signed or discussed at the event. */
  partnershipIndexes: number[];
  passage: Passage;
  confidence: number;
}

export interface Extraction {
  countries: ExtractedCountry[];
  technologies: ExtractedTechnology[];
  actors: ExtractedActor[];
  affiliations: ExtractedAffiliation[];
  partnerships: ExtractedPartnership[];
  events: ExtractedEvent[];
}
