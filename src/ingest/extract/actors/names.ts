// The token-level readers the actor passes share: titles, organisation names and their heads,
// acronyms and short forms in parentheses, people's names, countries and cities at a token, and
// the small word lists behind them. Pure functions over tokens: no state of their own.
import type { ActorKind } from '../../../../schema/tables.ts';
import { countryOfWord, findCityMentions, findCountryMentions } from '../gazetteer.ts';
import {
  DOCUMENT_WORDS,
  EAST_ASIAN_SURNAMES,
  GLUED_PARTICLE,
  LEADING_HEADS,
  NAME_PARTICLES,
  NON_ORG_ENDINGS,
  NON_ORG_FOLLOWERS,
  NOT_NAME_WORDS,
  ORG_HEADS,
  PORTFOLIO_WORDS,
  SUFFIX_ONLY_HEADS,
  TITLE_ABBREVIATIONS,
  TITLE_CORES,
  TITLE_PREFIXES,
  TITLE_WORDS,
  VIETNAMESE_SURNAMES,
} from '../lexicon.ts';
import { MONTHS as MONTH_NAMES } from '../../parse.ts';
import { STOP_CAPS } from '../text.ts';
import { parenthesisedWord, spanText, type Token } from '../tokens.ts';
import { technologyOfName } from '../technologies.ts';

/** Month names as they stand in text: "January" ... "December". */
export const MONTHS = new Set(MONTH_NAMES.map((month) => month[0]!.toUpperCase() + month.slice(1)));
/** Months as datelines abbreviate them ("Feb 13", "Sept. 4"). */
export const MONTH_ABBREVIATIONS = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
export const PARTICLES = new Set(['de', 'du', 'des', 'la', 'del', 'der', 'van', 'von', 'di', 'bin', 'bint', 'ibn']);
const GOV_PREFIX_HEADS = new Set([
  'Ministry',
  'Department',
  'Embassy',
  'Consulate',
  'Government',
  'Agency',
  'Office',
  'Cabinet',
]);
const TAIL_HEADS = new Set([
  'Ministry',
  'Department',
  'Agency',
  'Office',
  'Embassy',
  'Consulate',
  'Commission',
  'Committee',
  'Authority',
  'Administration',
  'Directorate',
  'Bureau',
  'Government',
  'University',
  'College',
  'School',
  'Institute',
  'Laboratory',
  'Academy',
  'Centre',
  'Center',
  'Association',
  'Society',
  'Federation',
  'Chamber',
  'Union',
  'Alliance',
  'Foundation',
  'Council',
  'Bank',
  'Network',
  'Confederation',
  'Polytechnic',
  'Corporation',
  'Group',
  'Hub',
  'Consortium',
  'Observatory',
  'Secretariat',
  'Inspectorate',
  'Organisation',
  'Organization',
]);
export const HONORIFIC_WORDS = new Set([
  'Dr',
  'Dr.',
  'Prof',
  'Prof.',
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Madam',
  'Madame',
  'Sir',
  'Dame',
  'Academician',
  'H.E.',
  'Assoc.',
  'Assoc',
  'Associate',
  'Professor',
  'PhD',
  'Engineer',
  'Hon',
  'Hon.',
  'Honourable',
  'Honorable',
  'Datuk',
  'Dato’',
  "Dato'",
  'Shri',
  'Smt',
  'Smt.',
  'Shrimati',
  'Engr',
  'Engr.',
  'Eng.',
  'HE',
  'Lt',
  'Gen',
  'Maj',
  'Brig',
  'Col',
  'Capt',
]);
/** Words that add nothing to a company's name but its legal form. */
export const CORPORATE_WORDS = new Set([
  'Technology',
  'Technologies',
  'Corporation',
  'Corp',
  'Corp.',
  'Group',
  'Company',
  'Co',
  'Co.',
  'Holdings',
  'Ltd',
  'Ltd.',
  'Limited',
  'JSC',
  'Inc',
  'Inc.',
  'Bhd',
  'Berhad',
  'Sdn',
  'PLC',
  'plc',
  'AG',
  'GmbH',
  'Tbk',
  'LLC',
  'SA',
  'S.A.',
]);
export const DIPLOMATIC_MISSION =
  /\b(?:Embassy|Consulate|Consulate-General|High Commission|Representative Office|Trade Office|Liaison Office)\b/;
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&-]*[A-Za-z0-9]$/;

/** Titles as token sequences, longest first. */
const TITLE_SEQS = [...TITLE_CORES]
  .sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)
  .map((t) => t.split(/\s+/));
const PREFIX_SET = new Set(TITLE_PREFIXES);
const PREFIXES_LOWER = new Set(TITLE_PREFIXES.map((p) => p.toLowerCase()));
const TITLE_SEQS_BY_FIRST = new Map<string, string[][]>();
for (const seq of TITLE_SEQS)
  TITLE_SEQS_BY_FIRST.set(seq[0]!.toLowerCase(), [...(TITLE_SEQS_BY_FIRST.get(seq[0]!.toLowerCase()) ?? []), seq]);

export function isStop(t: Token | undefined): boolean {
  return !t || STOP_CAPS.has(t.text.toLowerCase()) || MONTHS.has(t.text);
}

export function isWord(t: Token | undefined, ...words: string[]): boolean {
  // "&" is punctuation to the tokenizer, but a word where callers ask for it ("and", "&").
  return !!t && (!t.punct || t.text === '&') && words.includes(t.text);
}

/** Matches a title starting at token i ("Permanent Deputy Minister", "US Ambassador" is handled by the caller). */
export function matchTitle(tokens: Token[], i: number, caseInsensitive = false): { end: number; title: string } | null {
  let j = i;
  const parts: string[] = [];
  while (tokens[j] && !tokens[j]!.punct && isTitlePrefix(tokens[j]!.text, caseInsensitive)) {
    parts.push(tokens[j]!.text);
    j++;
  }
  const abbr = tokens[j] && TITLE_ABBREVIATIONS[tokens[j]!.text];
  if (abbr) return { end: j + 1, title: [...parts, abbr].join(' ') };
  // Only the titles whose first word is this token's (in the same longest-first order).
  for (const seq of tokens[j] ? (TITLE_SEQS_BY_FIRST.get(tokens[j]!.text.toLowerCase()) ?? []) : []) {
    if (
      seq.every(
        (w, k) =>
          tokens[j + k] &&
          !tokens[j + k]!.punct &&
          sameWord(tokens[j + k]!.text, w, caseInsensitive) &&
          (k === seq.length - 1 || !tokens[j + k]!.possessive),
      )
    ) {
      const words = tokens.slice(j, j + seq.length).map((t) => t.text);
      return { end: j + seq.length, title: [...parts, ...words].join(' ') };
    }
  }
  return null;
}

// Module-level rather than closures in matchTitle, which runs at every token: under tsx (the
// server, the CLI, extraction workers) a named closure is created through esbuild's __name helper
// on every call.
function sameWord(a: string, b: string, caseInsensitive: boolean): boolean {
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}
function isTitlePrefix(w: string, caseInsensitive: boolean): boolean {
  return caseInsensitive ? PREFIXES_LOWER.has(w.toLowerCase()) : PREFIX_SET.has(w);
}

interface OrgParse {
  from: number;
  to: number; // exclusive
  name: string;
  kind: ActorKind;
  country: string | null;
}

/** Heads whose "of"/"for" tail may hold any words of a field, not only portfolio words. */
const OPEN_TAIL_HEADS = new Set([
  'Organisation',
  'Organization',
  'Institute',
  'Centre',
  'Center',
  'Laboratory',
  'Academy',
  'School',
  'College',
  'Council',
  'Foundation',
  'Society',
  'Association',
  'Agency',
  'Department',
  'Office',
  'Commission',
  'Authority',
  'Directorate',
  'Observatory',
  'Hub',
  'Network',
  'Alliance',
  'Consortium',
  'Federation',
  'Chamber',
  'Union',
]);

/** A capitalised word that can go on naming a field: not a title, a month, a stop word, a head or the start of a person's name. */
function nameWordOfTail(t: Token): boolean {
  return (
    !t.punct &&
    /^\p{Lu}[\p{Ll}\p{M}-]+$/u.test(t.text) &&
    !t.possessive &&
    !TITLE_WORDS.has(t.text) &&
    !MONTHS.has(t.text) &&
    !isStop(t) &&
    !ORG_HEADS[t.text] &&
    !VIETNAMESE_SURNAMES.has(t.text) &&
    !EAST_ASIAN_SURNAMES.has(t.text) &&
    !NOT_NAME_WORDS.has(t.text)
  );
}

/** "… Institute of Oceanography and Nha Trang University": after "and", the capitalised words name another organisation or a place. */
function startsAnotherName(tokens: Token[], k: number): boolean {
  let m = k;
  while (tokens[m] && tokens[m]!.cap && !tokens[m]!.punct) {
    if (ORG_HEADS[tokens[m]!.text] && !SUFFIX_ONLY_HEADS.has(tokens[m]!.text)) return true;
    m++;
  }
  const run = tokens
    .slice(k, m)
    .map((t) => t.text)
    .join(' ');
  return findCityMentions(run).some((c) => c.start === 0) || !!countryOfWord(tokens[k]!.text);
}

/** "between A and B": "and" there joins two sides, not two words of one name. */
function listContextOf(tokens: Token[], i: number): boolean {
  return isWord(tokens[i - 1], 'between') || (isWord(tokens[i - 1], 'the') && isWord(tokens[i - 2], 'between'));
}

function headKind(tokens: Token[], from: number, to: number, hasTail: boolean): ActorKind | null {
  let kind: ActorKind | null = null;
  let priority = -1;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    const headKindOf = ORG_HEADS[w];
    if (!headKindOf) continue;
    // Suffix heads end the name, or come just before a country ("Intel Products Vietnam").
    if (
      SUFFIX_ONLY_HEADS.has(w) &&
      (hasTail || !(k === to - 1 || (k === to - 2 && countryOfWord(tokens[to - 1]!.text))))
    )
      continue;
    // The last head decides ("Innovation Centre", "University … Institute"), but a government head wins.
    const p = headKindOf === 'government_body' ? 2 : 1;
    if (p >= priority) {
      kind = headKindOf;
      priority = p;
    }
  }
  return kind;
}

export function isPortfolio(word: string): boolean {
  return PORTFOLIO_WORDS.has(word) || PORTFOLIO_WORDS.has(word.replace(/s$/, '')) || PORTFOLIO_WORDS.has(`${word}s`);
}

/** A country named at token k ("Japan", "the United Kingdom" → k at "United"): its code and end. */
export function countryAt(tokens: Token[], k: number): { code: string; end: number } | null {
  for (let n = 4; n >= 1; n--) {
    const slice = tokens.slice(k, k + n);
    if (slice.length < n || slice.some((t) => t.punct) || slice.slice(0, -1).some((t) => t.possessive)) continue;
    const code = countryOfWord(slice.map((t) => t.text).join(' '));
    if (code) return { code, end: k + n };
  }
  return null;
}

/** A city named by the tokens at k (up to four words, "Ho Chi Minh City"), or null. */
export function cityAt(tokens: Token[], k: number): { code: string; end: number } | null {
  for (let n = 4; n >= 1; n--) {
    const slice = tokens.slice(k, k + n);
    if (slice.length < n || slice.some((t) => t.punct) || slice.slice(0, -1).some((t) => t.possessive)) continue;
    const text = slice.map((t) => t.text).join(' ');
    const city = findCityMentions(text).find((m) => m.start === 0 && m.end === text.length);
    if (city) return { code: city.code, end: k + n };
  }
  return null;
}

function isNameWord(t: Token | undefined, inside = false): boolean {
  return (
    !!t &&
    !t.punct &&
    t.cap &&
    !TITLE_WORDS.has(t.text) &&
    !NOT_NAME_WORDS.has(t.text) &&
    (!isStop(t) || (inside && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !MONTHS.has(t.text)))
  );
}

/** Capitalised adjectives ("Hydrographic", "Industrial", "Cultural", "Preventive"). */
const ADJECTIVE_WORD = /^\p{Lu}\p{Ll}{3,}(?:ic|al|ive|ary)$/u;
/** Capitalised gerunds ("Flood Forecasting and Warning Centre", "Packaging and Testing"). */
const GERUND_WORD = /^\p{Lu}\p{Ll}{2,}ing$/u;
/** First words of public bodies' names, whose "and" joins two fields of one body. */
const PUBLIC_OPENERS = new Set(['National', 'State', 'Federal', 'Royal', 'Central', 'Navy', 'Naval', 'Army', 'Joint']);

/** Words that open a name honouring a person ("King Mongkut's Institute", "Queen's University", "St John's College"). */
const FOUNDER_WORDS = new Set([
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Saint',
  'St',
  'St.',
  'Sultan',
  'Sheikh',
  'Emperor',
]);

/**
 * Whether the comma at token `comma` (in a capitalised run from `from`) opens the rest of a list
 * of fields that "and" closes and a head ends: "Research, Development and Innovation Council".
 * Not after a head, a place or a person ("Hanoi, Da Nang and Hue People's Committees").
 */
function fieldListBeforeHead(tokens: Token[], from: number, comma: number): boolean {
  const before = tokens.slice(from, comma);
  if (before.some((x) => ORG_HEADS[x.text] || x.possessive) || cityOrCountry(before.map((x) => x.text).join(' ')))
    return false;
  let sawAnd = false;
  for (let m = comma + 1; m < comma + 14 && tokens[m]; m++) {
    const x = tokens[m]!;
    if (x.text === ',') continue;
    if (isWord(x, 'and', '&')) {
      if (sawAnd) return false;
      sawAnd = true;
      continue;
    }
    if (x.punct || !x.cap || x.possessive || TITLE_WORDS.has(x.text)) return false;
    const endsRun = !(tokens[m + 1]?.cap && !tokens[m + 1]!.punct);
    // A public or research body's head: companies are listed, not named, this way ("Samsung, LG and SK Group").
    if (ORG_HEADS[x.text] && (!SUFFIX_ONLY_HEADS.has(x.text) || endsRun))
      return sawAnd && ORG_HEADS[x.text] !== 'company';
  }
  return false;
}

/** A head that makes a name a university's ("University", "College", "Universität"). */
function isUniversityHead(word: string): boolean {
  return ORG_HEADS[word] === 'university';
}

/** Whether the capitalised run from `k` ends in an organisation's head ("Rotterdam Authority"). */
function headEndsRunAt(tokens: Token[], k: number): boolean {
  let m = k;
  while (tokens[m]?.cap && !tokens[m]!.punct && !tokens[m]!.possessive) m++;
  return m > k && !!ORG_HEADS[tokens[m - 1]!.text];
}

/** A capitalised word that is not punctuation, an organisation's head word ("Ministry") or a title ("Minister"). */
/** A token an organisation's name may start with: a capitalised word that is no stop word or title. */
function mayOpenName(t: Token | undefined): t is Token {
  return !!t && !t.punct && t.cap && !isStop(t) && !TITLE_WORDS.has(t.text);
}

function plainCapital(t: Token | undefined): boolean {
  return !!t?.cap && !t.punct && !ORG_HEADS[t.text] && !TITLE_WORDS.has(t.text);
}

/** Local governments named by their place: "City of Oulu", "Province of Quang Ninh", "State of Indiana". */
const LOCAL_GOVERNMENT_OPENERS = new Set(['City', 'Province', 'Prefecture', 'State', 'Municipality', 'County']);

/** "City of Oulu": the government of a place, named by it (not "State of Qatar", a country's own form). */
function localGovernmentAt(tokens: Token[], i: number, body: string): OrgParse | null {
  if (!LOCAL_GOVERNMENT_OPENERS.has(tokens[i]?.text ?? '') || !isWord(tokens[i + 1], 'of')) return null;
  let j = i + 2;
  // The place: one to three capitalised words, none a field ("City of Science") or a country ("State of Qatar").
  while (j < i + 5 && plainCapital(tokens[j]) && !MONTHS.has(tokens[j]!.text)) {
    if (isPortfolio(tokens[j]!.text) || countryOfWord(tokens[j]!.text)) return null;
    j++;
    if (tokens[j - 1]!.possessive) break;
  }
  if (j === i + 2 || tokens[j - 1]!.possessive) return null;
  const place = spanText(body, tokens, i + 2, j - 1);
  if (countryOfWord(place)) return null;
  return {
    from: i,
    to: j,
    name: spanText(body, tokens, i, j - 1),
    kind: 'government_body',
    country: findCityMentions(place)[0]?.code ?? null,
  };
}

/** An organisation name starting at token i, or null. */
export function parseOrg(tokens: Token[], i: number, body: string): OrgParse | null {
  const local = localGovernmentAt(tokens, i, body);
  if (local) return local;
  let j = i;
  const first = tokens[i];
  // "General Administration of Customs", "General Department of Taxation": "General" before a
  // head opens a name; elsewhere it ends a title ("Director General").
  const generalHead =
    first?.text === 'General' &&
    !!tokens[i + 1] &&
    !!ORG_HEADS[tokens[i + 1]!.text] &&
    !SUFFIX_ONLY_HEADS.has(tokens[i + 1]!.text);
  if (!mayOpenName(first) || (NOT_NAME_WORDS.has(first.text) && !ORG_HEADS[first.text] && !isPortfolio(first.text))) {
    if (
      !(
        first &&
        (first.text === 'National' ||
          first.text === 'Government' ||
          first.text === 'Ministry' ||
          first.text === 'Embassy' ||
          generalHead)
      )
    )
      return null;
  }
  // The capitalised run (no possessives inside but at its end); name particles ("de", "du") join.
  let fieldList = false;
  for (;;) {
    const t = tokens[j];
    // "Korea Hydro & Nuclear Power", "Wageningen University & Research": an ampersand between
    // capitalised words is inside the name.
    if (
      t?.text === '&' &&
      j > i &&
      tokens[j - 1]!.cap &&
      !tokens[j - 1]!.possessive &&
      tokens[j + 1]?.cap &&
      !tokens[j + 1]!.punct
    ) {
      j++;
      continue;
    }
    // "Qatar Research, Development and Innovation Council", "Philippine Atmospheric, Geophysical and
    // Astronomical Services Administration": a list of fields with commas, closed by "and", before the head.
    if (t?.text === ',' && j > i && (fieldList || fieldListBeforeHead(tokens, i, j))) {
      fieldList = true;
      j++;
      continue;
    }
    if (fieldList && isWord(t, 'and', '&')) {
      j++;
      continue;
    }
    if (!t || t.punct) break;
    if (!t.cap && PARTICLES.has(t.text) && j > i && tokens[j + 1]?.cap && !tokens[j + 1]!.punct) {
      j++;
      continue;
    }
    // "Port of Rotterdam Authority", "Port of Singapore Authority": a port named by its city, then the head.
    if (j === i + 1 && tokens[i]!.text === 'Port' && isWord(t, 'of') && headEndsRunAt(tokens, j + 1)) {
      j++;
      continue;
    }
    // "Science and Training Council": "and" between two portfolio words before a head; likewise
    // between two adjectives ("Hydrographic and Oceanographic Service") and inside a name that
    // opens like a public body's ("National Disaster Prevention and Response Service").
    const joins = (a: Token, b: Token) =>
      (isPortfolio(a.text) && isPortfolio(b.text)) ||
      (ADJECTIVE_WORD.test(a.text) && ADJECTIVE_WORD.test(b.text)) ||
      (GERUND_WORD.test(a.text) && GERUND_WORD.test(b.text)) ||
      (PUBLIC_OPENERS.has(tokens[i]!.text) &&
        j - i >= 2 &&
        !tokens.slice(i, j).some((x) => ORG_HEADS[x.text] && !PUBLIC_OPENERS.has(x.text)) &&
        !countryOfWord(b.text));
    if (
      isWord(t, 'and', '&') &&
      j > i &&
      tokens[j + 1]?.cap &&
      !tokens[j + 1]!.punct &&
      joins(tokens[j - 1]!, tokens[j + 1]!) &&
      !tokens[j - 1]!.possessive
    ) {
      let m = j + 1;
      // A suffix-only head inside the run is an ordinary word ("Sciences and Engineering Research Council");
      // at the run's end it is the head ("… and Oceanographic Service").
      const endsRun = (x: number) => !(tokens[x + 1]?.cap && !tokens[x + 1]!.punct);
      while (
        tokens[m] &&
        tokens[m]!.cap &&
        !tokens[m]!.punct &&
        (!ORG_HEADS[tokens[m]!.text] || (SUFFIX_ONLY_HEADS.has(tokens[m]!.text) && !endsRun(m)))
      )
        m++;
      if (tokens[m] && ORG_HEADS[tokens[m]!.text] && (!SUFFIX_ONLY_HEADS.has(tokens[m]!.text) || endsRun(m))) {
        j++;
        continue;
      }
    }
    if (!t.cap || (TITLE_WORDS.has(t.text) && !(j === i && generalHead)) || MONTHS.has(t.text)) break;
    j++;
    // "King Mongkut's Institute of Technology", "Queen's University": a founder's possessive inside the name.
    if (
      t.possessive &&
      !(
        FOUNDER_WORDS.has(tokens[i]!.text) &&
        tokens[j] &&
        ORG_HEADS[tokens[j]!.text] &&
        !SUFFIX_ONLY_HEADS.has(tokens[j]!.text)
      )
    )
      break;
  }
  // "Co., Ltd." / "Co. Ltd" closing a company name.
  if (
    /^Co\.?$/.test(tokens[j - 1]?.text ?? '') &&
    tokens[j]?.text === ',' &&
    /^Ltd\.?$/.test(tokens[j + 1]?.text ?? '')
  )
    j += 2;
  if (j === i) return null;
  let runEnd = j;
  // "and" inside a run only joins portfolio words of a tail, handled below.
  let hasTail = false;
  const lastRun = tokens[runEnd - 1]!;
  const toTail =
    /^(?:Delegation|Mission|Embassy)$/.test(lastRun.text) &&
    isWord(tokens[runEnd], 'to') &&
    !!countryAt(tokens, runEnd + 1 + (isWord(tokens[runEnd + 1], 'the') ? 1 : 0));
  // A university's name takes "of" and "for" ("University of Tokyo"); "in Japan" and "on the
  // Egyptian side" after it say where it is or which side it is on.
  const placedHead = isUniversityHead(lastRun.text);
  const tailWord = placedHead ? isWord(tokens[runEnd], 'of', 'for') : isWord(tokens[runEnd], 'of', 'for', 'on', 'in');
  if (!lastRun.possessive && ((TAIL_HEADS.has(lastRun.text) && tailWord) || toTail)) {
    // "Ministry of Science and Technology", "University of Tokyo", "Embassy of France", "Centre for Space Research".
    let k = runEnd + 1;
    if (isWord(tokens[k], 'the')) k++;
    const tailStart = k;
    if (tokens[runEnd]!.text === 'in' && !(tokens[k] && countryOfWord(tokens[k]!.text))) {
      // "Centre in Hanoi" is a location, not a name; stop.
    } else if (toTail) {
      // "EU Delegation to Vietnam"
      k = countryAt(tokens, k)!.end;
      hasTail = true;
      runEnd = k;
    } else if (
      tokens[k] &&
      tokens[k]!.cap &&
      !TITLE_WORDS.has(tokens[k]!.text) &&
      !isStop(tokens[k]) &&
      !(ORG_HEADS[tokens[k]!.text] && !isPortfolio(tokens[k]!.text)) &&
      // A demonym before a head starts another name ("… Institute of the Chinese Academy of Sciences").
      !(
        countryOfWord(tokens[k]!.text) &&
        tokens[k + 1] &&
        ORG_HEADS[tokens[k + 1]!.text] &&
        !SUFFIX_ONLY_HEADS.has(tokens[k + 1]!.text)
      )
    ) {
      // Research and public bodies are named after their field in any words ("Institute for Applied
      // Optics"); a ministry's tail is its portfolio.
      const openTail = OPEN_TAIL_HEADS.has(lastRun.text);
      k++;
      if (tokens[runEnd]!.text !== 'in') {
        for (;;) {
          const t = tokens[k];
          if (!t || tokens[k - 1]!.possessive) break;
          // A demonym before a head starts another name ("… Institute of the Chinese Academy of Sciences").
          const startsOrg =
            !!countryOfWord(t.text) &&
            !!tokens[k + 1] &&
            !!ORG_HEADS[tokens[k + 1]!.text] &&
            !SUFFIX_ONLY_HEADS.has(tokens[k + 1]!.text);
          if (
            !t.punct &&
            t.cap &&
            !startsOrg &&
            (isPortfolio(t.text) || countryOfWord(t.text) || (openTail && nameWordOfTail(t))) &&
            !TITLE_WORDS.has(t.text)
          ) {
            k++;
            continue;
          }
          // "… Centre for Development of Telematics", "… Institute for Applied Optics and Precision Engineering".
          // A second "and" starts another name ("… of Science and Technology and Naver Cloud").
          const secondAnd = isWord(t, 'and', '&') && tokens.slice(tailStart, k).some((x) => isWord(x, 'and', '&'));
          if (
            openTail &&
            isWord(t, 'and', '&', 'of', 'on') &&
            tokens[k + 1] &&
            nameWordOfTail(tokens[k + 1]!) &&
            !secondAnd &&
            !(isWord(t, 'and', '&') && (listContextOf(tokens, i) || startsAnotherName(tokens, k + 1)))
          ) {
            k++;
            continue;
          }
          // A research or public body's field may be any words ("Centre for Security, Reliability and Trust").
          const listWord = (x: Token | undefined) =>
            !!x &&
            x.cap &&
            !x.punct &&
            (isPortfolio(x.text) ||
              (openTail && nameWordOfTail(x) && !countryOfWord(x.text) && !findCityMentions(x.text).length));
          if (
            (isWord(t, 'and', '&') || t.text === ',') &&
            tokens[k + 1] &&
            tokens[k + 1]!.cap &&
            (isPortfolio(tokens[k + 1]!.text) || (t.text === ',' && listWord(tokens[k + 1])))
          ) {
            // "Culture, Sports and Tourism": a comma only inside a list that ends with "and".
            if (t.text === ',') {
              let m = k + 1;
              while (listWord(tokens[m])) m++;
              if (!isWord(tokens[m], 'and', '&') && !(tokens[m]?.text === ',')) break;
            }
            k++;
            continue;
          }
          // "Ministry of Planning, Development and Special Initiatives": after a list of portfolios with
          // commas, "and" and the last item's capitalised words (up to three) close the name.
          if (isWord(t, 'and', '&') && tokens.slice(tailStart, k).some((x) => x.text === ',')) {
            let m = k + 1;
            while (m < k + 4 && plainCapital(tokens[m]) && !countryOfWord(tokens[m]!.text)) m++;
            if (m > k + 1 && !(tokens[m]?.cap && !tokens[m]!.punct)) {
              k = m;
              break;
            }
          }
          // "… of Hygiene and Epidemiology": "and" + a last capitalised word closes the name.
          const w2 = tokens[k + 1];
          const w3 = tokens[k + 2];
          // Not in "between A and B", nor when the word has an appositive of its own ("and Windlab, a … institute").
          const listContext = listContextOf(tokens, i);
          const ownAppositive = w3?.text === ',' && isWord(tokens[k + 3], 'a', 'an');
          if (
            isWord(t, 'and', '&') &&
            w2 &&
            /^\p{Lu}\p{Ll}+$/u.test(w2.text) &&
            !isStop(w2) &&
            !ORG_HEADS[w2.text] &&
            !TITLE_WORDS.has(w2.text) &&
            !countryOfWord(w2.text) &&
            !(w3?.cap && !w3.punct) &&
            !listContext &&
            !ownAppositive
          ) {
            k += 2;
            break;
          }
          if (isWord(t, 'of', 'for', 'in') && tokens[k + 1] && tokens[k + 1]!.cap && isPortfolio(tokens[k + 1]!.text)) {
            k++;
            continue;
          }
          break;
        }
      }
      if (k > tailStart && tokens[runEnd]!.text !== 'in') {
        // A multi-word place ends the name ("University of São Paulo"), and so does an acronym in
        // parentheses right after a few more capitalised words ("University of New Brunswick (UNB)").
        for (let n = 4; n >= 2; n--) {
          const slice = tokens.slice(tailStart, tailStart + n);
          if (slice.length < n || slice.some((t) => t.punct) || tailStart + n <= k) continue;
          const text = slice.map((t) => t.text).join(' ');
          if (findCityMentions(text).some((c) => c.end - c.start === text.length) || countryOfWord(text)) {
            k = tailStart + n;
            break;
          }
        }
        let m = k;
        while (m < k + 3 && plainCapital(tokens[m]) && !isStop(tokens[m])) m++;
        if (m > k && acronymAt(tokens, m, body)) k = m;
      }
      // "Indian Institute of Technology Delhi": a campus's city after the name belongs to it.
      if (k > tailStart && tokens[k]?.cap && !tokens[k]!.punct) {
        for (let n = 3; n >= 1; n--) {
          const slice = tokens.slice(k, k + n);
          if (slice.length < n || slice.some((t) => t.punct)) continue;
          const text = slice.map((t) => t.text).join(' ');
          if (
            findCityMentions(text).some((c) => c.end - c.start === text.length) &&
            !(tokens[k + n]?.cap && !tokens[k + n]!.punct)
          ) {
            k += n;
            break;
          }
        }
      }
      // "Fraunhofer Institute for Solar Energy Systems ISE": the institute's initials written after
      // its name, without brackets, belong to it.
      if (
        k > tailStart &&
        tokens[k] &&
        /^[A-Z]{2,5}$/.test(tokens[k]!.text) &&
        !(tokens[k + 1]?.cap && !tokens[k + 1]!.punct)
      ) {
        const initials = tokens
          .slice(i, k)
          .filter((t) => /^\p{Lu}/u.test(t.text))
          .map((t) => t.text[0])
          .join('');
        let at = 0;
        for (const letter of tokens[k]!.text) at = initials.indexOf(letter, at) + 1 || -1;
        if (at > 0 && !countryOfWord(tokens[k]!.text)) k++;
      }
      // "University of Texas at San Antonio": a campus's place belongs to a university's name.
      if (k > tailStart && /^(?:University|College)$/.test(lastRun.text) && isWord(tokens[k], 'at')) {
        let m = k + 1;
        while (
          m < k + 4 &&
          tokens[m] &&
          !tokens[m]!.punct &&
          tokens[m]!.cap &&
          !isStop(tokens[m]) &&
          !ORG_HEADS[tokens[m]!.text]
        )
          m++;
        if (m > k + 1) k = m;
      }
      if (k > tailStart) {
        hasTail = true;
        runEnd = k;
      }
    }
  }
  // A trailing country after a company suffix ("Samsung Electronics Vietnam").
  let from = i;
  // Trim leading stop words and title parts.
  while (
    from < runEnd &&
    (isStop(tokens[from]) || TITLE_WORDS.has(tokens[from]!.text)) &&
    !ORG_HEADS[tokens[from]!.text] &&
    !(from === i && generalHead)
  )
    from++;
  if (from >= runEnd) return null;
  const kind = headKind(tokens, from, runEnd, hasTail);
  if (!kind) return null;
  if (!hasTail) {
    // Words after the last head belong to the name only when they are a place ("… University Ho Chi
    // Minh City", "… Products Vietnam"); otherwise they are what follows it ("… Committee Vo Van Hoan").
    let lastHead = -1;
    for (let m = from; m < runEnd; m++) if (ORG_HEADS[tokens[m]!.text]) lastHead = m;
    if (
      lastHead >= from &&
      lastHead < runEnd - 1 &&
      !LEADING_HEADS.has(tokens[lastHead]!.text) &&
      tokens[lastHead + 1]!.text !== '&'
    ) {
      const rest = tokens
        .slice(lastHead + 1, runEnd)
        .map((t) => t.text)
        .join(' ');
      const place =
        countryOfWord(rest) ||
        findCityMentions(rest).some((c) => c.end - c.start === rest.length) ||
        /^No\.?\s?\d+$/.test(rest);
      // "Leibniz University Hannover", "Technische Universität Dresden": one word after a
      // university is its town, unless it starts a person's name.
      const town =
        runEnd - lastHead === 2 &&
        isUniversityHead(tokens[lastHead]!.text) &&
        /^\p{Lu}\p{Ll}+$/u.test(rest) &&
        !VIETNAMESE_SURNAMES.has(rest) &&
        !EAST_ASIAN_SURNAMES.has(rest) &&
        !NOT_NAME_WORDS.has(rest);
      if (!place && !town) runEnd = lastHead + 1;
    }
  }
  // "Vietnam National University, Hanoi", "Vietnam National University – Ho Chi Minh City": a
  // university's campus city after a comma or a dash, when no other name goes on from it.
  if (
    /^(?:University|Universities)$/.test(tokens[runEnd - 1]!.text) &&
    (tokens[runEnd]?.text === ',' || tokens[runEnd]?.text === '–')
  ) {
    const city = cityAt(tokens, runEnd + 1);
    if (city && !(tokens[city.end]?.cap && !tokens[city.end]!.punct)) runEnd = city.end;
  }
  // "University of Science and Technology – The University of Da Nang": a member university named
  // with its parent university after a dash is one name.
  if (
    tokens.slice(from, runEnd).some((t) => t.text === 'University') &&
    (tokens[runEnd]?.text === '–' || tokens[runEnd]?.text === '—')
  ) {
    const parentAt = runEnd + 1 + (/^the$/i.test(tokens[runEnd + 1]?.text ?? '') ? 1 : 0);
    const parent =
      tokens[parentAt]?.text === 'University' || tokens[parentAt + 1]?.text === 'University'
        ? parseOrg(tokens, parentAt, body)
        : null;
    if (parent && parent.kind === 'university' && !(tokens[parent.to]?.cap && !tokens[parent.to]!.punct))
      runEnd = parent.to;
  }
  const lastCore =
    tokens[hasTail ? tokens.slice(from, runEnd).findIndex((t) => TAIL_HEADS.has(t.text)) + from : runEnd - 1]!;
  if (NON_ORG_ENDINGS.has(tokens[runEnd - 1]!.text) || NON_ORG_ENDINGS.has(lastCore.text)) return null;
  // Leading country words: part of the name ("Vietnam National University"), except before a
  // government head ("the Japanese Ministry of …" → Ministry of …, country JP).
  let country: string | null = null;
  let k = from;
  while (k < runEnd && countryOfWord(tokens[k]!.text) && !ORG_HEADS[tokens[k]!.text]) k++;
  // …unless the acronym keeps the demonym's letter ("Moroccan Agency for Sustainable Energy (Masen)").
  const acr = (acronymAt(tokens, runEnd, body) ?? shortFormAt(tokens, runEnd, spanText(body, tokens, from, runEnd - 1)))
    ?.text;
  const demonymInName =
    !!acr &&
    k > from &&
    acr[0]!.toUpperCase() === tokens[from]!.text[0] &&
    acr[0]!.toUpperCase() !== tokens[k]?.text[0];
  // …and a country's own name before "Agency" is the agency's name ("Japan Agency for Medical Research
  // and Development"), where a nationality word is not ("the Japanese Agency for …").
  const countryNamedAgency =
    k === from + 1 && tokens[k]!.text === 'Agency' && findCountryMentions(tokens[from]!.text)[0]?.form === 'name';
  // A diplomatic mission keeps its nationality ("the Chinese Embassy in Bangkok"): it names which one.
  if (
    k > from &&
    k < runEnd &&
    GOV_PREFIX_HEADS.has(tokens[k]!.text) &&
    !demonymInName &&
    !countryNamedAgency &&
    !DIPLOMATIC_MISSION.test(tokens[k]!.text)
  ) {
    country = countryOfWord(tokens[from]!.text);
    from = k;
  } else if (k > from) {
    country = countryOfWord(tokens[from]!.text);
  }
  // A city in the name places it ("Ho Chi Minh City People's Committee", "University of Tokyo"); a
  // country word inside a place's name ("University of New South Wales") is that place's.
  const words = tokens.slice(from, runEnd).map((t) => t.text);
  const cities = findCityMentions(words.join(' '));
  if (!country) {
    let at = 0;
    for (const word of words) {
      const c = countryOfWord(word);
      if (c && !cities.some((x) => x.start <= at && x.end >= at + word.length)) {
        country = c;
        break;
      }
      at += word.length + 1;
    }
  }
  if (!country) country = cities[0]?.code ?? null;
  if (runEnd - from === 1 && ORG_HEADS[tokens[from]!.text] && !/^[A-Z]{2,}$/.test(tokens[from]!.text)) return null; // a bare "Ministry"
  const name = spanText(body, tokens, from, runEnd - 1);
  return { from, to: runEnd, name, kind, country };
}

/**
 * A name defined by an acronym in parentheses whose letters are the name's initials, even without
 * an English head noun: "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
 * "Vietnam Electricity (EVN)".
 */
export function acronymDefinedOrg(tokens: Token[], i: number, body: string): OrgParse | null {
  const first = tokens[i];
  if (!mayOpenName(first) || VIETNAMESE_SURNAMES.has(first.text)) return null;
  // Not from inside a capitalised run; a sentence's opening "The" and an owner ("Ukraine's") are no part of it.
  if (i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.punct && !isStop(tokens[i - 1]) && !tokens[i - 1]!.possessive)
    return null;
  let j = i;
  while (
    tokens[j] &&
    !tokens[j]!.punct &&
    (tokens[j]!.cap ||
      ((PARTICLES.has(tokens[j]!.text) || /^(?:für|fur|and|of|for|et|y)$/.test(tokens[j]!.text)) &&
        tokens[j + 1]?.cap)) &&
    j - i < 8
  ) {
    if (tokens[j]!.possessive) return null;
    j++;
  }
  const acronym = j - i >= 2 ? acronymAt(tokens, j, body) : null;
  if (!acronym) return null;
  // "… (CBERS) programme": the name of a programme or thing, not of an organisation.
  const follower = tokens[acronym.end];
  if (follower && !follower.punct && !follower.cap && NON_ORG_FOLLOWERS.has(follower.text)) return null;
  // "the Cybersecurity Labelling Scheme (CLS)": a scheme or a programme, not who runs it.
  if (DOCUMENT_WORDS.includes(tokens[j - 1]!.text) || PROGRAMME_ENDINGS.has(tokens[j - 1]!.text)) return null;
  const acr = acronym.text;
  const initials = tokens
    .slice(i, j)
    .filter((t) => t.cap)
    .map((t) => t.text[0]!.toUpperCase());
  const letters = acr.replace(/[^A-Z]/g, '').split('');
  const common = letters.filter((l) => initials.includes(l)).length;
  // Initials ("GIZ", "EVN") or a syllabic short form ("VABIOTECH") that starts like the name.
  const initialism =
    common >= Math.min(2, letters.length) && common >= letters.length - 1 && initials.includes(letters[0]!);
  const shortForm = letters[0] === initials[0] && initials.length >= 2 && letters.length >= 4;
  if (!initialism && !shortForm) return null;
  // "head Rhiannon Leckie and Indian Space Research Organisation (ISRO)": when the words after an
  // "and" spell the acronym alone, the words before it are another actor and the name starts later.
  let and = j - 1;
  while (and >= i && !isWord(tokens[and], 'and', '&')) and--;
  if (and >= i) {
    // Capitals inside a word count ("NewSpace India Limited (NSIL)").
    const after = tokens
      .slice(and + 1, j)
      .filter((t) => t.cap)
      .flatMap((t) => t.text.match(/\p{Lu}/gu) ?? [t.text[0]!.toUpperCase()]);
    let at = 0;
    for (const l of letters) at = at < 0 ? -1 : after.indexOf(l, at) < 0 ? -1 : after.indexOf(l, at) + 1;
    if (at > 0) return null;
  }
  if (tokens.slice(i, j).every((t) => countryOfWord(t.text))) return null;
  const name = spanText(body, tokens, i, j - 1);
  // "the Republic of Korea (RoK)", "Internet of Things (IoT)": a country's or a technology's own
  // acronym, not an organisation's.
  if (countryOfWord(name) || technologyOfName(name)) return null;
  const country =
    tokens
      .slice(i, j)
      .map((t) => countryOfWord(t.text))
      .find((c) => c) ?? null;
  const kind: ActorKind = headKind(tokens, i, j, false) ?? 'company';
  return { from: i, to: j, name, kind, country };
}

/** Last words of the names of schemes, programmes and systems, which an acronym names as well as it names a body. */
const PROGRAMME_ENDINGS = new Set([
  'Scheme',
  'Programme',
  'Program',
  'Initiative',
  'Project',
  'Interface',
  'Platform',
  'Mechanism',
]);

/** "(ACR)" or "(ACR ACR)" at token k: the acronym and the token after ")". */
export function acronymAt(tokens: Token[], k: number, body: string): { text: string; end: number } | null {
  if (tokens[k]?.text !== '(') return null;
  for (const n of [1, 2]) {
    const inner = tokens.slice(k + 1, k + 1 + n);
    if (inner.length === n && tokens[k + 1 + n]?.text === ')' && inner.every((t) => !t.punct && ACRONYM.test(t.text))) {
      return { text: spanText(body, tokens, k + 1, k + n), end: k + n + 2 };
    }
  }
  return null;
}

/**
 * ", better known as Embrapa", "(known as KEPCO)", ", also called Vinnova": the name the story
 * uses afterwards, one to three capitalised words after "known as" or "called". `end` is the
 * token after the name (and after a closing parenthesis).
 */
export function knownAsAt(tokens: Token[], k: number, body: string): { text: string; end: number } | null {
  let i = k;
  // "Korea Hydro & Nuclear Power, or KHNP, …": an acronym after "or".
  if (
    tokens[k]?.text === ',' &&
    isWord(tokens[k + 1], 'or') &&
    /^[A-Z][A-Z&]{1,7}$/.test(tokens[k + 2]?.text ?? '') &&
    (!tokens[k + 3] || tokens[k + 3]!.punct)
  ) {
    return { text: tokens[k + 2]!.text, end: k + 3 };
  }
  if (tokens[i]?.text === ',' || tokens[i]?.text === '(') i++;
  if (isWord(tokens[i], 'better', 'also', 'commonly', 'locally', 'widely')) i++;
  if (isWord(tokens[i], 'known') && isWord(tokens[i + 1], 'as')) i += 2;
  else if (isWord(tokens[i], 'called')) i++;
  else return null;
  if (i === k + 1 && tokens[k]?.text !== ',' && tokens[k]?.text !== '(') return null;
  const from = i;
  while (i < tokens.length && i - from < 3 && tokens[i]!.cap && !tokens[i]!.punct && !isStop(tokens[i]!)) i++;
  if (i === from) return null;
  const end = tokens[i]?.text === ')' && tokens[k]?.text === '(' ? i + 1 : i;
  return { text: spanText(body, tokens, from, i - 1), end };
}

/**
 * "(Masen)" after "Moroccan Agency for Sustainable Energy": a short form in parentheses that is one
 * capitalised word, starts with the name's first letter and whose letters appear in order in the name.
 */
export function shortFormAt(tokens: Token[], k: number, name: string): { text: string; end: number } | null {
  const word = parenthesisedWord(tokens, k);
  if (!word || !/^\p{Lu}\p{Ll}{2,}$/u.test(word.text)) return null;
  const letters = word.text.toLowerCase();
  const target = name.toLowerCase();
  if (letters[0] !== target[0] || name.split(/\s+/).length < 2) return null;
  let at = 0;
  for (const l of letters) {
    at = target.indexOf(l, at);
    if (at < 0) return null;
    at++;
  }
  return { text: word.text, end: k + 3 };
}

/** A person's name (2–5 capitalised words, initials allowed) starting at token i. */
export function parsePersonName(
  tokens: Token[],
  i: number,
  minWords = 2,
): { from: number; to: number; name: string } | null {
  let j = i;
  // Honorifics are dropped.
  for (;;) {
    // "Eng." is an engineer's honorific; "Eng" without the stop is a name ("Lim Guan Eng").
    if (
      tokens[j] &&
      (HONORIFIC_WORDS.has(tokens[j]!.text) ||
        tokens[j]!.text === '.' ||
        (tokens[j]!.text === 'Eng' && tokens[j + 1]?.text === '.'))
    )
      j++;
    // "Lt Gen (retd) NAME": a retired officer's rank.
    else if (tokens[j]?.text === '(' && tokens[j + 1]?.text === 'retd' && tokens[j + 2]?.text === ')') j += 3;
    else break;
  }
  let from = j;
  let particles = 0;
  for (;;) {
    // An honorific inside the run starts the name after it ("… for Marine Ecosystems Dr. Erlend Thorsen").
    if (
      j > from &&
      tokens[j] &&
      /^(?:Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Engr\.?|Eng\.)$/.test(tokens[j]!.text) &&
      tokens[j + 1]?.cap
    ) {
      j++;
      if (tokens[j]?.text === '.') j++;
      from = j;
      particles = 0;
      continue;
    }
    // Lowercase name particles join when a capitalised word follows ("Remco van Wijngaarden",
    // "Renata dos Santos Ferreira", "Hélène van der Meer"); never at the start of a name.
    const t = tokens[j];
    if (t && j > from && !t.punct && !t.cap && GLUED_PARTICLE.test(t.text)) {
      // "al-Mansouri": a surname with its article glued on.
      j++;
      if (t.possessive) break;
      continue;
    }
    if (t && j > from && !t.punct && !t.cap && NAME_PARTICLES.has(t.text)) {
      let k = j;
      while (tokens[k] && !tokens[k]!.punct && !tokens[k]!.cap && NAME_PARTICLES.has(tokens[k]!.text) && k - j < 2) k++;
      const after = tokens[k];
      if (
        after &&
        !after.punct &&
        after.cap &&
        isNameWord(after, true) &&
        !ORG_HEADS[after.text] &&
        !countryOfWord(after.text) &&
        !/^[A-Z]{2,}$/.test(after.text)
      ) {
        particles += k - j;
        j = k;
        continue;
      }
      break;
    }
    const nameWord =
      !!t &&
      !t.punct &&
      t.cap &&
      j - from - particles < 5 &&
      // A capitalised stop word inside a name ("… Van An", "… de La Torre"); a Vietnamese name may end in one ("Nguyen Van An").
      isNameWord(
        t,
        j > from && ((!!tokens[j + 1]?.cap && !tokens[j + 1]!.punct) || VIETNAMESE_SURNAMES.has(tokens[from]!.text)),
      ) &&
      !ORG_HEADS[t.text] &&
      !(countryOfWord(t.text) && j === from) &&
      !/^[A-Z]{2,}$/.test(t.text);
    if (!nameWord) break;
    j++;
    if (tokens[j - 1]!.possessive) break;
  }
  const words = j - from - particles;
  if (words < minWords) return null;
  // A name running into an organisation head is the organisation's ("Hanoi University").
  if (tokens[j] && !tokens[j]!.punct && tokens[j]!.cap && ORG_HEADS[tokens[j]!.text]) return null;
  const last = tokens[j - 1]!;
  if (/^\p{Lu}\.$/u.test(last.text)) return null; // ends with an initial
  return {
    from,
    to: j,
    name: tokens
      .slice(from, j)
      .map((t) => t.text)
      .join(' '),
  };
}

/** The surname of a name with particles, from the first particle on ("van Wijngaarden"), or null. */
export function particleSurname(name: string): string | null {
  const words = name.split(' ');
  const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w));
  return at > 0 ? words.slice(at).join(' ') : null;
}

export function cityOrCountry(name: string): boolean {
  return !!countryOfWord(name) || findCityMentions(name).some((c) => c.city.length >= name.length - 1);
}

export function capitalise(title: string): string {
  return title
    .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
    .replace(/\bOf\b/g, 'of')
    .replace(/\bTo\b/g, 'to');
}
