// Checks on the actors the name patterns found, before anything is built on them. A pattern
// sees capitalised words; these checks use what the rest of the article says about them:
// - A Title-Case headline capitalises every word, so "Minister Receives Czech Academy Of Sciences
//   Delegation" is no evidence of a name: an actor found only in such a headline, whose name the
//   story never writes, is dropped.
// - Agreements, strategies, programmes, declarations and joint committees have capitalised names
//   ("Comprehensive Economic Partnership Agreement", "Indo-Swiss Joint Committee") but are
//   documents or meetings, not actors.
// - A one-word "name" the story also writes in lower case ("Research", "Battery") is a word.
import type { ActorResult } from './actors.ts';
import { findCityMentions } from './gazetteer.ts';
import { technologyOfName } from './technologies.ts';
import { DOCUMENT_WORDS, HEADLINE_VERBS } from './lexicon.ts';
import { fold, phraseRegExp, within, type Sentence } from './text.ts';

/** Head words of documents, plans and programmes: a name containing one names no actor. */
const DOCUMENT = phraseRegExp(DOCUMENT_WORDS, 'u');
/** Bodies that are meetings of two sides, not actors of their own. */
const MECHANISM =
  /\b(?:Joint|Steering|Intergovernmental|Inter-Governmental|Coordinating|Co-ordinating)\b[\s\S]*\b(?:Committee|Commission|Council|Working Group)\b/u;
/** Last words that make a name an occasion or a trip ("a delegation" stays a body: ORG_HEADS). */
const OCCASION_ENDINGS = /\b(?:(?:Trade|Business|Investment) Mission|Corridor|Week|Visit)$/u;

/** Publications: "told Mining Weekly" reads like "told Ms Lee", but a paper is no party. */
const PUBLICATION =
  /\b(?:Weekly|Daily|Times|Herald|Gazette|Tribune|Insight|Magazine|Journal|Newswire|Chronicle|Bulletin)$/u;
/** Gatherings a person's pattern took ("… Critical Minerals Dialogue"); a body named "… Forum" may be an organisation. */
const GATHERING = /\b(?:Dialogue|Forum|Summit|Roundtable|Symposium|Conference)$/u;

/** "the Kingdom", "the Sultanate": a country referred to by its form of government. */
const STATE_FORMS =
  /^(?:Kingdom|Sultanate|Emirates?|Republic|Federation|Principality|Commonwealth|Union|Confederation|State)$/u;

/** Most words with four letters or more start with a capital: the headline style that capitalises every word. */
export function isTitleCase(text: string): boolean {
  const words = (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 4 && w !== w.toUpperCase());
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/** The reason an actor is not one, or null. */
export function notAnActor(name: string, kind: string, storyText: string): string | null {
  if (kind === 'state' || kind === 'intergovernmental') return null;
  if (PUBLICATION.test(name) && name.includes(' ')) return 'a publication';
  // "Whitfield Signs Semiconductor", "Wang Jiaming Meets Delegation": a Title-Case headline's clause.
  if (
    name
      .split(' ')
      .slice(1)
      .some((w) => HEADLINE_VERBS.has(w))
  )
    return "a headline's clause";
  if (kind === 'person') return GATHERING.test(name) ? 'a gathering' : null;
  if (findCityMentions(name).some((c) => c.end - c.start === name.length)) return 'a city';
  if (DOCUMENT.test(name)) return 'a document or programme';
  if (MECHANISM.test(name)) return 'a joint mechanism';
  if (OCCASION_ENDINGS.test(name)) return 'an occasion';
  if (STATE_FORMS.test(name)) return "a state's form of government";
  // "Remote Sensing", "Renewable Energy": a field written with capitals, not a company.
  if (kind === 'company' && technologyOfName(name)) return 'a technology';
  if (
    /^\p{Lu}\p{Ll}+$/u.test(name) &&
    new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, 'u').test(storyText)
  )
    return 'a common word';
  return null;
}

/** Drops the actors these checks refuse, with their mentions and any link to them. */
export function checkActors(result: ActorResult, sentences: Sentence[]): ActorResult {
  const story = sentences.filter((s) => s.blockKind !== 'title');
  const storyText = story.map((s) => s.text).join('\n');
  const foldedStory = fold(storyText).toLowerCase();
  const titleCase = sentences.filter((s) => s.blockKind === 'title').some((s) => isTitleCase(s.text));
  const titleIndexes = new Set(sentences.filter((s) => s.blockKind === 'title').map((s) => s.index));
  const mentioned = new Map<string, number[]>();
  for (const m of result.mentions) mentioned.set(m.key, [...(mentioned.get(m.key) ?? []), m.sentence]);

  const dropped = new Set<string>();
  for (const a of result.index.all()) {
    if (notAnActor(a.name, a.kind, storyText)) dropped.add(a.key);
    else if (titleCase && a.kind !== 'state' && a.kind !== 'intergovernmental') {
      const where = mentioned.get(a.key) ?? [];
      const onlyInTitle = where.length > 0 && where.every((si) => titleIndexes.has(si));
      const names = [a.name, ...a.aliases].map((n) => fold(n).toLowerCase());
      if (onlyInTitle && !names.some((n) => foldedStory.includes(n))) dropped.add(a.key);
    }
  }
  if (dropped.size === 0) return result;
  // Their names stop being organisation names too ("visited Da Nang" keeps its city).
  const droppedNames = new Set(
    [...dropped].flatMap((key) => {
      const a = result.index.get(key)!;
      return [a.name, ...a.aliases];
    }),
  );
  const spanText = (span: { start: number; end: number }) => {
    const s = sentences.find((x) => within(span, x));
    return s ? s.text.slice(span.start - s.start, span.end - s.start) : '';
  };
  const orgSpans = result.orgSpans.filter((span) => !droppedNames.has(spanText(span)));
  for (const key of dropped) result.index.remove(key);
  for (const a of result.index.all()) {
    if (a.parentKey && dropped.has(a.parentKey)) a.parentKey = null;
    if (a.affiliationKey && dropped.has(a.affiliationKey)) {
      a.affiliationKey = null;
      a.affiliationPassage = null;
    }
  }
  return {
    ...result,
    orgSpans,
    actors: result.index.all(),
    mentions: result.mentions.filter((m) => !dropped.has(m.key)),
    affiliations: result.affiliations
      .filter((f) => !dropped.has(f.personKey))
      .map((f) => (f.organizationKey && dropped.has(f.organizationKey) ? { ...f, organizationKey: null } : f)),
  };
}
