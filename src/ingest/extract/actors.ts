// Actors: people (introduced by a title, an appositive title or an honorific; lowercase name
// particles such as "van", "dos", "bin" stay inside names), organisations (names built around a
// head noun: "Ministry of …", "… Centre", "… University", "… Ltd"), acronyms and short forms given
// in parentheses, blocs, companies named as the makers of something ("developed by X"), the named
// sides of a relation ("between X and Y", "X and Y signed"), organisations described by an
// appositive ("X, a Dutch research institute", "Y, a Toronto-based startup": kind and country) and
// organisations listed after a kind noun ("Dutch companies such as X and Y"). Later mentions
// (surname, surname with its particle, title + surname, acronym) are resolved to the actor first
// introduced.
//
// The passes, in order, each a module over the shared ActorContext (actors/): organisations
// (blocs first), people, organisations named as sides or by a description, organisations' short
// names ("Tenryu" for "Tenryu Space Systems"), then mentions.
import type { ExtractedActor, ExtractedAffiliation } from '../types.ts';
import { ActorIndex, type ActorDraft, type ActorMention } from './actors/actor-index.ts';
import type { ActorContext } from './actors/context.ts';
import { findMentions } from './actors/mentions.ts';
import { findOrganisations } from './actors/organisations.ts';
import { findPeople } from './actors/people.ts';
import { findShortNames } from './actors/short-names.ts';
import { findAcronymNames } from './actors/acronym-names.ts';
import { findNamedSides } from './actors/sides.ts';
import { titleTense } from './actors/title-tense.ts';
import type { Sentence } from './text.ts';
import { tokenize } from './tokens.ts';

export { ActorIndex, type ActorDraft, type ActorMention } from './actors/actor-index.ts';

export interface ActorResult {
  actors: ActorDraft[];
  mentions: ActorMention[];
  affiliations: ExtractedAffiliation[];
  /** Body spans of organisation names (technologies are not taken from inside them). */
  orgSpans: { start: number; end: number }[];
  /** The country the story is told from (first in the title, else the most mentioned). */
  homeCountry: string | null;
  index: ActorIndex;
}

/** Main entry: actors, their mentions and the people's affiliations. */
export function extractActors(
  sentences: Sentence[],
  body: string,
  countryCounts: Map<string, number>,
  titleCountries: string[],
): ActorResult {
  const ctx: ActorContext = {
    sentences,
    tokensOf: sentences.map((s) => tokenize(s)),
    body,
    index: new ActorIndex(),
    orgSpans: [],
    homeCountry: titleCountries[0] ?? [...countryCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
  };
  findOrganisations(ctx);
  findPeople(ctx);
  findNamedSides(ctx);
  findShortNames(ctx);
  findAcronymNames(ctx);
  const mentions = findMentions(ctx);
  const affiliations = affiliationsOf(ctx.index);
  settleKindsAndCountries(ctx);
  return {
    actors: ctx.index.all(),
    mentions,
    affiliations,
    orgSpans: ctx.orgSpans,
    homeCountry: ctx.homeCountry,
    index: ctx.index,
  };
}

/** The affiliation each person's title gives (the organisation, when the title names one). */
function affiliationsOf(index: ActorIndex): ExtractedAffiliation[] {
  const affiliations: ExtractedAffiliation[] = [];
  for (const a of index.all()) {
    if (a.kind !== 'person' || !a.title) continue;
    const passage = a.affiliationPassage ?? a.passage;
    affiliations.push({
      personKey: a.key,
      organizationKey: a.affiliationKey,
      title: a.title,
      tense: titleTense(passage.excerpt, a.title, a.name),
      passage,
      confidence: a.affiliationKey ? 0.8 : 0.7,
    });
  }
  return affiliations;
}

/**
 * Government bodies without a country are the home country's; a centre or office under a
 * government body, or a "National … Centre", is a government body itself.
 */
function settleKindsAndCountries({ index, homeCountry }: ActorContext): void {
  for (const a of index.all()) {
    const parent = a.parentKey ? index.get(a.parentKey) : undefined;
    if (
      a.kind === 'research_institute' &&
      /\b(?:Centre|Center|Hub)$/.test(a.name) &&
      (parent?.kind === 'government_body' || /^(?:National|State)\b/.test(a.name)) &&
      !/Research/.test(a.name)
    ) {
      a.kind = 'government_body';
    }
    if (!a.country && a.parentKey) a.country = index.get(a.parentKey)?.country ?? null;
    if (!a.country && a.kind === 'government_body') a.country = homeCountry;
  }
}

export function toExtractedActors(actors: ActorDraft[], mentions: ActorMention[]): ExtractedActor[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  return actors.map((a) => ({
    key: a.key,
    name: a.name,
    kind: a.kind,
    country: a.country,
    aliases: [...a.aliases],
    parentKey: a.parentKey,
    mentions: Math.max(1, counts.get(a.key) ?? 0),
    passage: a.passage,
    confidence: a.confidence,
  }));
}
