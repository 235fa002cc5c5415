// Pass 3b: the short names of organisations, and a country after a name ("Mahidol University of
// Thailand" where the story also writes "Mahidol University") folded into the name without it.
// Trade and university press name a company or a university in full once and by its first word
// after ("Tenryu Space Systems" … "Tenryu said";
// "Tohoku University" … "Tohoku will host"). The first word is that organisation's alias when it
// is a name and not a word: no other organisation of the story starts with it, it is no country,
// city, nationality, month or head noun, and the story never writes it in lower case. A brand
// with a country ("Intel Products Vietnam") is a national subsidiary, not what the brand alone
// names. An actor some earlier pass made of the short name alone after the full name is folded
// into the full one.
import type { ActorKind } from '../../../../schema/tables.ts';
import { countryOfWord, findCityMentions, findCountryMentions } from '../gazetteer.ts';
import { KIND_NOUNS, ORG_HEADS, TITLE_WORDS } from '../lexicon.ts';
import type { ActorContext } from './context.ts';
import type { ActorDraft, ActorIndex } from './actor-index.ts';
import { CORPORATE_WORDS, MONTHS, PARTICLES } from './names.ts';

/** Kinds of organisation the press shortens to a first word. */
const SHORTENED: ReadonlySet<ActorKind> = new Set(['company', 'university', 'research_institute']);

/** First words of names that are ordinary words, whatever their capital. */
const GENERIC = new Set([
  'The',
  'National',
  'International',
  'Royal',
  'State',
  'Federal',
  'Central',
  'General',
  'Global',
  'United',
  'First',
  'New',
  'Southern',
  'Northern',
  'Eastern',
  'Western',
  'South',
  'North',
  'East',
  'West',
  'Advanced',
  'Applied',
  'Technical',
  'Science',
  'Research',
  'Digital',
  'Smart',
  'Green',
  'Open',
  'Energy',
  'Power',
  'Ocean',
  'Marine',
  'Space',
  'Asian',
  'European',
  'African',
  'American',
  'Joint',
  'Higher',
  'Institute',
  'University',
  'Polytechnic',
  'Technological',
  'Medical',
  'Agricultural',
  'Industrial',
  'Enterprise',
  'Business',
  'Trade',
  'Investment',
  'Development',
  'Innovation',
  'Technology',
  'Academy',
  'Council',
  'Centre',
  'Center',
]);

export function findShortNames({ index, body }: ActorContext): void {
  foldCountrySuffixes(index);
  const lowerWords = new Set(body.match(/\b\p{Ll}[\p{L}\p{M}-]*/gu) ?? []);
  const byFirst = new Map<string, ActorDraft[]>();
  for (const a of index.all()) {
    if (a.kind === 'person' || a.kind === 'state') continue;
    const words = a.name.split(' ');
    if (words.length < 2) continue;
    const first = words[0]!;
    // "Mohamed bin Zayed University", "King Mongkut's Institute": a person's name, not a short one.
    if (PARTICLES.has(words[1]!) || /['’]s$/u.test(first)) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), a]);
  }
  for (const [first, owners] of byFirst) {
    const owner = owners[0]!;
    if (owners.length !== 1 || !SHORTENED.has(owner.kind) || !isName(first, lowerWords) || namesPlace(owner.name))
      continue;
    const other = index.find(first);
    if (!other) index.alias(owner, first);
    // Named alone before the full name, it is rather the parent ("chipmaker Intel" … "Intel Products Vietnam").
    else if (
      other !== owner &&
      SHORTENED.has(other.kind) &&
      other.name.split(' ').length === 1 &&
      other.firstStart > owner.firstStart
    )
      index.merge(other, owner);
  }
}

/**
 * "Mahidol University of Thailand" beside "Mahidol University": the country after the name says
 * where it is, and the name is the shorter one ("National University of Singapore" alone stays).
 */
function foldCountrySuffixes(index: ActorIndex): void {
  for (const a of index.all()) {
    if (a.kind === 'person' || a.kind === 'state') continue;
    const suffix = / of (?:the )?([\p{L}\p{M} ]+)$/u.exec(a.name);
    const country = suffix ? countryOfWord(suffix[1]!) : null;
    if (!suffix || !country) continue;
    const short = index.find(a.name.slice(0, suffix.index));
    if (!short || short === a || short.kind === 'person' || short.kind === 'state') continue;
    short.country ??= country;
    index.merge(a, short);
  }
}

/** "Cần Thơ University", "Việt Nam–Singapore Industrial Park", "Intel Products Vietnam": a place in the name. */
function namesPlace(name: string): boolean {
  return findCityMentions(name).some((m) => m.start === 0) || findCountryMentions(name).length > 0;
}

function isName(word: string, lowerWords: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}[\p{L}\p{M}\d-]{2,}$/u.test(word)) return false;
  if (GENERIC.has(word) || MONTHS.has(word) || CORPORATE_WORDS.has(word) || TITLE_WORDS.has(word)) return false;
  if (Object.hasOwn(ORG_HEADS, word) || Object.hasOwn(KIND_NOUNS, word.toLowerCase())) return false;
  if (lowerWords.has(word.toLowerCase())) return false;
  return !countryOfWord(word) && findCityMentions(word).length === 0;
}
