// Actors: people (introduced by a title, an appositive title or an honorific; lowercase name
// particles such as "van", "dos", "bin" stay inside names), organisations (names built around a
// head noun: "Ministry of …", "… Centre", "… University", "… Ltd"), acronyms and short forms given
// in parentheses, blocs, companies named as the makers of something ("developed by X"), the named
// sides of a relation ("between X and Y", "X and Y signed"), organisations described by an
// appositive ("X, a Dutch research institute", "Y, a Toronto-based startup": kind and country) and
// organisations listed after a kind noun ("Dutch companies such as X and Y"). Later mentions
// (surname, surname with its particle, title + surname, acronym) are resolved to the actor first
// introduced.
import type { ActorKind } from '../../../schema/tables.ts';
import type { ExtractedActor, ExtractedAffiliation, Passage } from '../types.ts';
import { countryInfo, countryOfWord, findCityMentions } from './gazetteer.ts';
import {
  BLOCS,
  HONORIFICS,
  kindOfNoun,
  GLUED_PARTICLE,
  LEGAL_SUFFIXES,
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
} from './lexicon.ts';
import { nameKey, passageOf, phraseRegExp, slugify, STOP_CAPS, type Sentence } from './text.ts';
import { spanText, tokenize, type Token } from './tokens.ts';
import { technologyOfName } from './technologies.ts';

export interface ActorDraft {
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  aliases: Set<string>;
  parentKey: string | null;
  passage: Passage;
  confidence: number;
  /** Where the actor was introduced (body offset). */
  firstStart: number;
  /** People: title and organisation. */
  title: string | null;
  affiliationKey: string | null;
  affiliationPassage: Passage | null;
  /** Known only through a person's title ("Deputy Minister of Finance" → Ministry of Finance). */
  implied: boolean;
  /** The kind is a default (a bare name with no head noun), so a later appositive may correct it. */
  kindGuessed?: boolean;
}

export interface ActorMention {
  key: string;
  start: number;
  end: number;
  sentence: number;
}

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

const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'del', 'der', 'van', 'von', 'di']);
const GOV_PREFIX_HEADS = new Set(['Ministry', 'Department', 'Embassy', 'Consulate', 'Government', 'Agency', 'Office', 'Cabinet']);
const TAIL_HEADS = new Set([
  'Ministry', 'Department', 'Agency', 'Office', 'Embassy', 'Consulate', 'Commission', 'Committee', 'Authority', 'Administration',
  'Directorate', 'Bureau', 'Government', 'University', 'College', 'School', 'Institute', 'Laboratory', 'Academy', 'Centre', 'Center',
  'Association', 'Society', 'Federation', 'Chamber', 'Union', 'Alliance', 'Foundation', 'Council', 'Bank', 'Network', 'Confederation',
  'Polytechnic', 'Corporation', 'Group', 'Hub', 'Consortium', 'Observatory', 'Secretariat', 'Inspectorate',
]);
const HONORIFIC_RE = new RegExp(`^(?:${HONORIFICS.map((h) => h.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})$`);
const HONORIFIC_WORDS = new Set(['Dr', 'Dr.', 'Prof', 'Prof.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Madam', 'Madame', 'Sir', 'Dame', 'Academician', 'H.E.', 'Assoc.', 'Assoc', 'Associate', 'Professor', 'PhD', 'Engineer', 'Hon', 'Hon.', 'Honourable', 'Honorable', 'Datuk', 'Dato’', "Dato'"]);
/** Words that add nothing to a company's name but its legal form. */
const CORPORATE_WORDS = new Set(['Technology', 'Technologies', 'Corporation', 'Corp', 'Corp.', 'Group', 'Company', 'Co', 'Co.', 'Holdings', 'Ltd', 'Ltd.', 'Limited', 'JSC', 'Inc', 'Inc.', 'Bhd', 'Berhad', 'Sdn', 'PLC', 'plc', 'AG', 'GmbH', 'Tbk', 'LLC', 'SA', 'S.A.']);
const DIPLOMATIC_MISSION = /\b(?:Embassy|Consulate|Consulate-General|High Commission|Representative Office|Trade Office|Liaison Office)\b/;
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&-]*[A-Za-z0-9]$/;

/** Titles as token sequences, longest first. */
const TITLE_SEQS = [...TITLE_CORES].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length).map((t) => t.split(/\s+/));
const PREFIX_SET = new Set(TITLE_PREFIXES);

function isStop(t: Token | undefined): boolean {
  return !t || STOP_CAPS.has(t.text.toLowerCase()) || MONTHS.has(t.text);
}

function isWord(t: Token | undefined, ...words: string[]): boolean {
  return !!t && !t.punct && words.includes(t.text);
}

/** Matches a title starting at token i ("Permanent Deputy Minister", "US Ambassador" is handled by the caller). */
export function matchTitle(tokens: Token[], i: number, caseInsensitive = false): { end: number; title: string } | null {
  let j = i;
  const parts: string[] = [];
  const same = (a: string, b: string) => (caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);
  while (tokens[j] && !tokens[j]!.punct && [...PREFIX_SET].some((p) => same(tokens[j]!.text, p))) {
    parts.push(tokens[j]!.text);
    j++;
  }
  const abbr = tokens[j] && TITLE_ABBREVIATIONS[tokens[j]!.text];
  if (abbr) return { end: j + 1, title: [...parts, abbr].join(' ') };
  for (const seq of TITLE_SEQS) {
    if (seq.every((w, k) => tokens[j + k] && !tokens[j + k]!.punct && same(tokens[j + k]!.text, w) && (k === seq.length - 1 || !tokens[j + k]!.possessive))) {
      const words = tokens.slice(j, j + seq.length).map((t) => t.text);
      return { end: j + seq.length, title: [...parts, ...words].join(' ') };
    }
  }
  return null;
}

interface OrgParse {
  from: number;
  to: number; // exclusive
  name: string;
  kind: ActorKind;
  country: string | null;
}

function headKind(tokens: Token[], from: number, to: number, hasTail: boolean): ActorKind | null {
  let kind: ActorKind | null = null;
  let priority = -1;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    const headKindOf = ORG_HEADS[w];
    if (!headKindOf) continue;
    // Suffix heads end the name, or come just before a country ("Intel Products Vietnam").
    if (SUFFIX_ONLY_HEADS.has(w) && (hasTail || !(k === to - 1 || (k === to - 2 && countryOfWord(tokens[to - 1]!.text))))) continue;
    // The last head decides ("Innovation Centre", "University … Institute"), but a government head wins.
    const p = headKindOf === 'government_body' ? 2 : 1;
    if (p >= priority) {
      kind = headKindOf;
      priority = p;
    }
  }
  return kind;
}

function isPortfolio(word: string): boolean {
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
  return !!t && !t.punct && t.cap && !TITLE_WORDS.has(t.text) && !NOT_NAME_WORDS.has(t.text) && (!isStop(t) || (inside && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !MONTHS.has(t.text)));
}

/** An organisation name starting at token i, or null. */
export function parseOrg(tokens: Token[], i: number, body: string): OrgParse | null {
  let j = i;
  const first = tokens[i];
  if (!first || first.punct || !first.cap || isStop(first) || TITLE_WORDS.has(first.text) || (NOT_NAME_WORDS.has(first.text) && !ORG_HEADS[first.text] && !isPortfolio(first.text))) {
    if (!(first && (first.text === 'National' || first.text === 'Government' || first.text === 'Ministry' || first.text === 'Embassy'))) return null;
  }
  // The capitalised run (no possessives inside but at its end); name particles ("de", "du") join.
  for (;;) {
    const t = tokens[j];
    if (!t || t.punct) break;
    if (!t.cap && PARTICLES.has(t.text) && j > i && tokens[j + 1]?.cap && !tokens[j + 1]!.punct) {
      j++;
      continue;
    }
    // "Science and Training Council": "and" between two portfolio words before a head.
    if (isWord(t, 'and', '&') && j > i && isPortfolio(tokens[j - 1]!.text) && tokens[j + 1]?.cap && isPortfolio(tokens[j + 1]!.text) && !tokens[j - 1]!.possessive) {
      let m = j + 1;
      // A suffix-only head inside the run is an ordinary word ("Sciences and Engineering Research Council").
      while (tokens[m] && tokens[m]!.cap && !tokens[m]!.punct && (!ORG_HEADS[tokens[m]!.text] || SUFFIX_ONLY_HEADS.has(tokens[m]!.text))) m++;
      if (tokens[m] && ORG_HEADS[tokens[m]!.text] && !SUFFIX_ONLY_HEADS.has(tokens[m]!.text)) {
        j++;
        continue;
      }
    }
    if (!t.cap || TITLE_WORDS.has(t.text) || MONTHS.has(t.text)) break;
    j++;
    if (t.possessive) break;
  }
  // "Co., Ltd." / "Co. Ltd" closing a company name.
  if (/^Co\.?$/.test(tokens[j - 1]?.text ?? '') && tokens[j]?.text === ',' && /^Ltd\.?$/.test(tokens[j + 1]?.text ?? '')) j += 2;
  if (j === i) return null;
  let runEnd = j;
  // "and" inside a run only joins portfolio words of a tail, handled below.
  let hasTail = false;
  const lastRun = tokens[runEnd - 1]!;
  const toTail = /^(?:Delegation|Mission|Embassy)$/.test(lastRun.text) && isWord(tokens[runEnd], 'to') && !!countryAt(tokens, runEnd + 1 + (isWord(tokens[runEnd + 1], 'the') ? 1 : 0));
  if (!lastRun.possessive && (TAIL_HEADS.has(lastRun.text) && isWord(tokens[runEnd], 'of', 'for', 'on', 'in') || toTail)) {
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
    } else if (tokens[k] && tokens[k]!.cap && !TITLE_WORDS.has(tokens[k]!.text) && !isStop(tokens[k]) && !(ORG_HEADS[tokens[k]!.text] && !isPortfolio(tokens[k]!.text))) {
      k++;
      if (tokens[runEnd]!.text !== 'in') {
        for (;;) {
          const t = tokens[k];
          if (!t || tokens[k - 1]!.possessive) break;
          if (!t.punct && t.cap && (isPortfolio(t.text) || countryOfWord(t.text)) && !TITLE_WORDS.has(t.text)) {
            k++;
            continue;
          }
          if ((isWord(t, 'and', '&') || t.text === ',') && tokens[k + 1] && tokens[k + 1]!.cap && isPortfolio(tokens[k + 1]!.text)) {
            // "Culture, Sports and Tourism": a comma only inside a list that ends with "and".
            if (t.text === ',') {
              let m = k + 1;
              while (tokens[m] && tokens[m]!.cap && isPortfolio(tokens[m]!.text)) m++;
              if (!isWord(tokens[m], 'and', '&') && !(tokens[m]?.text === ',' )) break;
            }
            k++;
            continue;
          }
          // "… of Hygiene and Epidemiology": "and" + a last capitalised word closes the name.
          const w2 = tokens[k + 1];
          const w3 = tokens[k + 2];
          // Not in "between A and B", nor when the word has an appositive of its own ("and Windlab, a … institute").
          const listContext = isWord(tokens[i - 1], 'between') || (isWord(tokens[i - 1], 'the') && isWord(tokens[i - 2], 'between'));
          const ownAppositive = w3?.text === ',' && isWord(tokens[k + 3], 'a', 'an');
          if (isWord(t, 'and', '&') && w2 && /^\p{Lu}\p{Ll}+$/u.test(w2.text) && !isStop(w2) && !ORG_HEADS[w2.text] && !TITLE_WORDS.has(w2.text) && !countryOfWord(w2.text) && !(w3 && w3.cap && !w3.punct) && !listContext && !ownAppositive) {
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
        while (m < k + 3 && tokens[m] && !tokens[m]!.punct && tokens[m]!.cap && !isStop(tokens[m]) && !TITLE_WORDS.has(tokens[m]!.text) && !ORG_HEADS[tokens[m]!.text]) m++;
        if (m > k && acronymAt(tokens, m, body)) k = m;
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
  while (from < runEnd && (isStop(tokens[from]) || TITLE_WORDS.has(tokens[from]!.text)) && !ORG_HEADS[tokens[from]!.text]) from++;
  if (from >= runEnd) return null;
  const kind = headKind(tokens, from, runEnd, hasTail);
  if (!kind) return null;
  if (!hasTail) {
    // Words after the last head belong to the name only when they are a place ("… University Ho Chi
    // Minh City", "… Products Vietnam"); otherwise they are what follows it ("… Committee Vo Van Hoan").
    let lastHead = -1;
    for (let m = from; m < runEnd; m++) if (ORG_HEADS[tokens[m]!.text]) lastHead = m;
    if (lastHead >= from && lastHead < runEnd - 1) {
      const rest = tokens.slice(lastHead + 1, runEnd).map((t) => t.text).join(' ');
      const place = countryOfWord(rest) || findCityMentions(rest).some((c) => c.end - c.start === rest.length) || /^No\.?\s?\d+$/.test(rest);
      if (!place) runEnd = lastHead + 1;
    }
  }
  const lastCore = tokens[hasTail ? (tokens.slice(from, runEnd).findIndex((t) => TAIL_HEADS.has(t.text)) + from) : runEnd - 1]!;
  if (NON_ORG_ENDINGS.has(tokens[runEnd - 1]!.text) || NON_ORG_ENDINGS.has(lastCore.text)) return null;
  // Leading country words: part of the name ("Vietnam National University"), except before a
  // government head ("the Japanese Ministry of …" → Ministry of …, country JP).
  let country: string | null = null;
  let k = from;
  while (k < runEnd && countryOfWord(tokens[k]!.text) && !ORG_HEADS[tokens[k]!.text]) k++;
  // …unless the acronym keeps the demonym's letter ("Moroccan Agency for Sustainable Energy (Masen)").
  const acr = (acronymAt(tokens, runEnd, body) ?? shortFormAt(tokens, runEnd, spanText(body, tokens, from, runEnd - 1)))?.text;
  const demonymInName = !!acr && k > from && acr[0]!.toUpperCase() === tokens[from]!.text[0] && acr[0]!.toUpperCase() !== tokens[k]?.text[0];
  if (k > from && k < runEnd && GOV_PREFIX_HEADS.has(tokens[k]!.text) && !demonymInName) {
    country = countryOfWord(tokens[from]!.text);
    from = k;
  } else if (k > from) {
    country = countryOfWord(tokens[from]!.text);
  }
  if (!country) {
    for (let m = from; m < runEnd; m++) {
      const c = countryOfWord(tokens[m]!.text);
      if (c) {
        country = c;
        break;
      }
    }
  }
  // A city in the name places it ("Ho Chi Minh City People's Committee", "University of Tokyo").
  if (!country) country = findCityMentions(tokens.slice(from, runEnd).map((t) => t.text).join(' '))[0]?.code ?? null;
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
  if (!first || first.punct || !first.cap || isStop(first) || TITLE_WORDS.has(first.text) || VIETNAMESE_SURNAMES.has(first.text)) return null;
  if (i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.punct) return null;
  let j = i;
  while (tokens[j] && !tokens[j]!.punct && (tokens[j]!.cap || (PARTICLES.has(tokens[j]!.text) || /^(?:für|fur|and|of|for|et|y)$/.test(tokens[j]!.text)) && tokens[j + 1]?.cap) && j - i < 8) {
    if (tokens[j]!.possessive) return null;
    j++;
  }
  const acronym = j - i >= 2 ? acronymAt(tokens, j, body) : null;
  if (!acronym) return null;
  // "… (CBERS) programme": the name of a programme or thing, not of an organisation.
  const follower = tokens[acronym.end];
  if (follower && !follower.punct && !follower.cap && NON_ORG_FOLLOWERS.has(follower.text)) return null;
  const acr = acronym.text;
  const initials = tokens.slice(i, j).filter((t) => t.cap).map((t) => t.text[0]!.toUpperCase());
  const letters = acr.replace(/[^A-Z]/g, '').split('');
  const common = letters.filter((l) => initials.includes(l)).length;
  // Initials ("GIZ", "EVN") or a syllabic short form ("VABIOTECH") that starts like the name.
  const initialism = common >= Math.min(2, letters.length) && common >= letters.length - 1 && initials.includes(letters[0]!);
  const shortForm = letters[0] === initials[0] && initials.length >= 2 && letters.length >= 4;
  if (!initialism && !shortForm) return null;
  if (tokens.slice(i, j).every((t) => countryOfWord(t.text))) return null;
  const name = spanText(body, tokens, i, j - 1);
  // "the Republic of Korea (RoK)", "Internet of Things (IoT)": a country's or a technology's own
  // acronym, not an organisation's.
  if (countryOfWord(name) || technologyOfName(name)) return null;
  const country = tokens.slice(i, j).map((t) => countryOfWord(t.text)).find((c) => c) ?? null;
  const kind: ActorKind = headKind(tokens, i, j, false) ?? 'company';
  return { from: i, to: j, name, kind, country };
}

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
 * "(Masen)" after "Moroccan Agency for Sustainable Energy": a short form in parentheses that is one
 * capitalised word, starts with the name's first letter and whose letters appear in order in the name.
 */
export function shortFormAt(tokens: Token[], k: number, name: string): { text: string; end: number } | null {
  const word = tokens[k + 1];
  if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !word || word.punct || !/^\p{Lu}\p{Ll}{2,}$/u.test(word.text)) return null;
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
export function parsePersonName(tokens: Token[], i: number, minWords = 2): { from: number; to: number; name: string } | null {
  let j = i;
  // Honorifics are dropped.
  while (tokens[j] && (HONORIFIC_WORDS.has(tokens[j]!.text) || tokens[j]!.text === '.') ) j++;
  const from = j;
  let particles = 0;
  for (;;) {
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
      if (after && !after.punct && after.cap && isNameWord(after, true) && !ORG_HEADS[after.text] && !countryOfWord(after.text) && !/^[A-Z]{2,}$/.test(after.text)) {
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
      isNameWord(t, j > from && !!tokens[j + 1]?.cap && !tokens[j + 1]!.punct) &&
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
  return { from, to: j, name: tokens.slice(from, j).map((t) => t.text).join(' ') };
}

/** The surname of a name with particles, from the first particle on ("van Wijngaarden"), or null. */
export function particleSurname(name: string): string | null {
  const words = name.split(' ');
  const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w));
  return at > 0 ? words.slice(at).join(' ') : null;
}

export class ActorIndex {
  readonly byKey = new Map<string, ActorDraft>();
  private readonly byName = new Map<string, string>();

  get(key: string): ActorDraft | undefined {
    return this.byKey.get(key);
  }

  /** The actor a name or alias refers to (case- and diacritic-insensitive; acronyms case-sensitive). */
  find(name: string): ActorDraft | undefined {
    const exact = this.byName.get(name);
    if (exact) return this.byKey.get(exact);
    if (/^[A-Z][A-Za-z]*[A-Z]/.test(name) && name.length <= 6) {
      // acronyms: allow case variants only ("MOIT" vs "MoIT")
      const folded = this.byName.get(`acr:${name.toUpperCase()}`);
      return folded ? this.byKey.get(folded) : undefined;
    }
    const key = this.byName.get(`key:${nameKey(name)}`);
    return key ? this.byKey.get(key) : undefined;
  }

  addName(key: string, name: string): void {
    if (!this.byName.has(name)) this.byName.set(name, key);
    if (/^[A-Z][A-Za-z]*[A-Z]/.test(name) && name.length <= 6 && !this.byName.has(`acr:${name.toUpperCase()}`)) this.byName.set(`acr:${name.toUpperCase()}`, key);
    const k = `key:${nameKey(name)}`;
    if (!this.byName.has(k)) this.byName.set(k, key);
  }

  upsert(draft: Omit<ActorDraft, 'key' | 'aliases'> & { aliases?: string[] }): ActorDraft {
    // A country is never an organisation: "Việt Nam" or "New Zealand" read as a name of an
    // organisation is the country itself, one state actor under its short name.
    const code = draft.kind !== 'person' && draft.kind !== 'state' ? countryOfWord(draft.name) : null;
    const info = code ? countryInfo(code) : null;
    if (info) {
      return this.upsert({ ...draft, name: info.shortName, kind: 'state', country: info.code, parentKey: null, title: null, affiliationKey: null, affiliationPassage: null, aliases: draft.name === info.shortName ? [] : [draft.name] });
    }
    const existing =
      this.find(draft.name) ??
      this.sameCompany(draft) ??
      (draft.kind !== 'person' ? (draft.aliases ?? []).map((a) => this.find(a)).find((a) => a && a.kind !== 'person' && a.kind !== 'state') : undefined);
    if (existing) {
      if (existing.name !== draft.name) this.alias(existing, draft.name);
      for (const a of draft.aliases ?? []) this.alias(existing, a);
      if (!existing.country && draft.country) existing.country = draft.country;
      if (!existing.parentKey && draft.parentKey) existing.parentKey = draft.parentKey;
      if (existing.implied && !draft.implied) {
        existing.implied = false;
        existing.confidence = Math.max(existing.confidence, draft.confidence);
        existing.passage = draft.passage;
      }
      // A fuller title wins ("Ambassador" → "Ambassador to Vietnam").
      if (draft.title && (!existing.title || (draft.title.length > existing.title.length && draft.title.includes(existing.title)))) existing.title = draft.title;
      if (!existing.affiliationKey && draft.affiliationKey) {
        existing.affiliationKey = draft.affiliationKey;
        existing.affiliationPassage = draft.affiliationPassage;
      }
      return existing;
    }
    let key = slugify(draft.name) || 'actor';
    for (let n = 2; this.byKey.has(key); n++) key = `${slugify(draft.name)}-${n}`;
    const actor: ActorDraft = { ...draft, key, aliases: new Set() };
    this.byKey.set(key, actor);
    this.addName(key, draft.name);
    for (const a of draft.aliases ?? []) this.alias(actor, a);
    return actor;
  }

  alias(actor: ActorDraft, alias: string): void {
    const a = alias.trim();
    if (!a || a === actor.name) return;
    const owner = this.find(a);
    if (owner && owner !== actor) return; // an alias never moves between actors
    actor.aliases.add(a);
    this.addName(actor.key, a);
  }

  all(): ActorDraft[] {
    return [...this.byKey.values()];
  }

  /**
   * A company already known under a longer or shorter form of the same name, the difference being
   * only corporate words ("Sao Bac" and "Sao Bac Technology", "Kelana" and "Kelana Semitech Bhd"
   * are not that: "Semitech" is a name). The longer form is kept as the name.
   */
  private sameCompany(draft: { name: string; kind: ActorKind }): ActorDraft | undefined {
    if (draft.kind !== 'company') return undefined;
    const words = draft.name.split(' ');
    for (const a of this.byKey.values()) {
      if (a.kind !== 'company') continue;
      const other = a.name.split(' ');
      const [short, long] = words.length < other.length ? [words, other] : [other, words];
      if (short.length === long.length || short.join(' ') !== long.slice(0, short.length).join(' ')) continue;
      if (!long.slice(short.length).every((w) => CORPORATE_WORDS.has(w))) continue;
      if (long === words) {
        this.alias(a, a.name);
        a.name = draft.name;
        this.addName(a.key, draft.name);
      }
      return a;
    }
    return undefined;
  }

  /** Forgets an actor; its names then find nothing. */
  remove(key: string): void {
    this.byKey.delete(key);
  }
}

/** Main entry: actors, their mentions and the people's affiliations. */
export function extractActors(sentences: Sentence[], body: string, countryCounts: Map<string, number>, titleCountries: string[]): ActorResult {
  const index = new ActorIndex();
  const tokensOf = sentences.map((s) => tokenize(s));
  const homeCountry = titleCountries[0] ?? [...countryCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const orgSpans: { start: number; end: number }[] = [];

  // Blocs first, so that a name like "European Union" keeps the kind intergovernmental.
  const blocRe = phraseRegExp(BLOCS.flatMap((b) => [b.name, ...b.aliases]), 'gu');
  for (const sentence of sentences) {
    blocRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = blocRe.exec(sentence.text))) {
      const bloc = BLOCS.find((b) => b.name === m![0] || b.aliases.includes(m![0]))!;
      index.upsert({
        name: bloc.name,
        kind: 'intergovernmental',
        country: null,
        aliases: bloc.aliases,
        parentKey: null,
        passage: passageOf(sentence),
        confidence: 0.8,
        firstStart: sentence.start + m.index,
        title: null,
        affiliationKey: null,
        affiliationPassage: null,
        implied: false,
      });
    }
  }

  // ── Pass 1: organisations, acronyms, blocs ──────────────────────────────────────────────
  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    let lastOrg: { actor: ActorDraft; to: number } | null = null;
    for (let i = 0; i < tokens.length; i++) {
      // "Vietnam's Ministry of …": the possessive gives the country.
      let owner: string | null = null;
      const ownerStart = i;
      const ownerCountry = countryAt(tokens, i);
      if (ownerCountry && tokens[ownerCountry.end - 1]!.possessive) {
        owner = ownerCountry.code;
        if (!tokens[ownerCountry.end] || !tokens[ownerCountry.end]!.cap) continue;
        i = ownerCountry.end;
      }
      let org = parseOrg(tokens, i, body) ?? acronymDefinedOrg(tokens, i, body);
      if (!org) continue;
      // "University of X – University of Y": a member institution named after its parent.
      if ((tokens[org.to]?.text === '–' || tokens[org.to]?.text === '-') && !tokens[org.to - 1]!.possessive) {
        const second = parseOrg(tokens, org.to + 1, body);
        if (second && second.kind === org.kind) org = { ...second, from: org.from, name: spanText(body, tokens, org.from, second.to - 1), country: org.country ?? second.country };
      }
      let to = org.to;
      const aliases: string[] = [];
      // "Name (ACR)".
      const acr = acronymAt(tokens, to, body) ?? shortFormAt(tokens, to, org.name);
      if (acr) {
        aliases.push(acr.text);
        to = acr.end;
      }
      let country = owner ?? org.country;
      // "… in the United Kingdom": where it is based.
      let k = to;
      let placeEnd: number | null = null;
      if (isWord(tokens[k], 'in')) {
        k++;
        if (isWord(tokens[k], 'the')) k++;
        const c = countryAt(tokens, k);
        if (c) {
          country = c.code;
          placeEnd = c.end;
        } else {
          const city = cityAt(tokens, k);
          if (city && !country) country = city.code;
          if (city) placeEnd = city.end;
        }
      }
      // "… under the Ministry of Finance": the previous organisation sits under this one.
      const between = lastOrg ? body.slice(tokens[lastOrg.to - 1]!.end, tokens[org.from]!.start) : '';
      // "the Institute for Quantum Computing (IQC) at the University of Waterloo": an institute or centre at a university.
      const atUniversity = !!lastOrg && org.kind === 'university' && lastOrg.actor.kind === 'research_institute' && /^\s*(?:\([^()]*\)\s*)?,?\s*at\s+(?:the\s+)?$/i.test(between);
      const isParentOfLast = !!lastOrg && (/^\s*,?\s*(?:under|of|affiliated (?:to|with)|belonging to|part of|within)\s+(?:the\s+)?$/i.test(between) || atUniversity);
      let name = org.name;
      // A diplomatic mission is named with its place ("Embassy of France in Vietnam", "U.S.
      // Embassy in Manila"): one country has several.
      if (placeEnd !== null && to === org.to && DIPLOMATIC_MISSION.test(name)) {
        aliases.push(name);
        name = spanText(body, tokens, org.from, placeEnd - 1);
        to = placeEnd;
      }
      if (owner) aliases.push(spanText(body, tokens, ownerStart, org.to - 1));
      // Legal-form suffix dropped ("Acme Ltd" → "Acme").
      if (org.kind === 'company') {
        for (const suffix of LEGAL_SUFFIXES) {
          if (name.endsWith(` ${suffix}`)) {
            const short = name.slice(0, -suffix.length - 1).replace(/,$/, '').trim();
            if (short.length >= 2 && !countryOfWord(short) && !ORG_HEADS[short]) aliases.push(short);
            break;
          }
        }
      }
      const actor = index.upsert({
        name,
        kind: org.kind,
        country,
        aliases,
        parentKey: null,
        passage: passageOf(sentence),
        confidence: 0.85,
        firstStart: tokens[org.from]!.start,
        title: null,
        affiliationKey: null,
        affiliationPassage: null,
        implied: false,
      });
      if (isParentOfLast && lastOrg && lastOrg.actor !== actor) {
        lastOrg.actor.parentKey = actor.key;
        if (!lastOrg.actor.country && actor.country) lastOrg.actor.country = actor.country;
      }
      orgSpans.push({ start: tokens[org.from]!.start, end: tokens[Math.max(org.to, name === org.name ? org.to : to) - 1]!.end });
      lastOrg = { actor, to };
      i = to - 1;
    }
  }
  // ── Pass 2: people ──────────────────────────────────────────────────────────────────────
  const addPerson = (
    sentence: Sentence,
    tokens: Token[],
    name: { from: number; to: number; name: string },
    title: string | null,
    orgKey: string | null,
    country: string | null,
    confidence: number,
    titleFrom: number | null,
  ) => {
    const org = orgKey ? index.get(orgKey) : undefined;
    const first = name.name.split(' ')[0]!;
    const personCountry = country ?? org?.country ?? (VIETNAMESE_SURNAMES.has(first) ? 'VN' : null) ?? (title && /Minister|Governor|Mayor/.test(title) ? homeCountry : null);
    const aliases: string[] = [];
    if (titleFrom !== null && title) aliases.push(`${title.replace(/ to .*$/, '')} ${name.name}`);
    // "Van Wijngaarden said": the surname keeps its particle.
    const surname = particleSurname(name.name);
    if (surname) aliases.push(surname);
    const person = index.upsert({
      name: name.name,
      kind: 'person',
      country: personCountry,
      aliases,
      parentKey: null,
      passage: passageOf(sentence),
      confidence,
      firstStart: tokens[name.from]!.start,
      title,
      affiliationKey: orgKey,
      affiliationPassage: passageOf(sentence),
      implied: false,
    });
    if (person.kind !== 'person') return;
    if (!person.title && title) person.title = title;
  };

  const orgBefore = (tokens: Token[], i: number): { key: string | null; country: string | null } => {
    // "US Ambassador", "Vietnamese Deputy Prime Minister", "Viettel's CEO", "KAIST President".
    const prev = tokens[i - 1];
    if (!prev || prev.punct) return { key: null, country: null };
    const c = countryOfWord(prev.text);
    if (c) return { key: null, country: c };
    if (!prev.cap || isStop(prev)) return { key: null, country: null };
    // The longest known actor name ending right before the title.
    for (let from = Math.max(0, i - 8); from < i; from++) {
      const text = tokens.slice(from, i).map((t) => t.text).join(' ');
      const a = index.find(text);
      if (a && a.kind !== 'person') return { key: a.key, country: a.country };
    }
    return { key: null, country: null };
  };

  const afterTitle = (
    sentence: Sentence,
    tokens: Token[],
    at: number,
    titleText: string,
    personCountry: string | null,
  ): { next: number; title: string; orgKey: string | null; country: string | null } => {
    let j = at;
    let title = titleText;
    let orgKey: string | null = null;
    let country = personCountry;
    if (isWord(tokens[j], 'in') && tokens[j + 1]) {
      // "Consul General in Ho Chi Minh City", "Representative in Vietnam".
      let k = j + 1;
      if (isWord(tokens[k], 'the')) k++;
      const c = countryAt(tokens, k);
      let end = c ? c.end : k;
      if (!c) {
        for (let n = 4; n >= 1; n--) {
          const slice = tokens.slice(k, k + n);
          if (slice.length === n && !slice.some((t) => t.punct) && findCityMentions(slice.map((t) => t.text).join(' ')).some((m) => m.end - m.start === slice.map((t) => t.text).join(' ').length)) {
            end = k + n;
            break;
          }
        }
      }
      if (end > k) {
        title = `${title} in ${spanText(body, tokens, k, end - 1)}`;
        j = end;
      }
    } else if (isWord(tokens[j], 'to') && tokens[j + 1]) {
      // "Ambassador to Vietnam"
      let k = j + 1;
      if (isWord(tokens[k], 'the')) k++;
      const c = tokens[k] && countryOfWord(tokens[k]!.text);
      if (c) {
        // "United States" etc. may be two tokens.
        let end = k + 1;
        while (tokens[end] && tokens[end]!.cap && countryOfWord(tokens.slice(k, end + 1).map((t) => t.text).join(' ')) === c) end++;
        title = `${title} to ${spanText(body, tokens, k, end - 1)}`;
        j = end;
      }
    } else if (isWord(tokens[j], 'of', 'at', 'for') && tokens[j + 1]) {
      let k = j + 1;
      if (isWord(tokens[k], 'the')) k++;
      let owner: string | null = null;
      if (tokens[k]?.possessive && countryOfWord(tokens[k]!.text)) {
        owner = countryOfWord(tokens[k]!.text);
        k++;
      }
      const known = knownActorAt(tokens, k);
      const org = known ? null : parseOrg(tokens, k, body);
      if (known) {
        orgKey = known.actor.key;
        country ??= known.actor.country;
        j = known.to;
      } else if (org) {
        const actor = index.find(org.name);
        if (actor) {
          orgKey = actor.key;
          country ??= actor.country ?? owner;
        }
        j = org.to;
      } else if (tokens[k] && isPortfolio(tokens[k]!.text)) {
        // "Minister of Finance", "Deputy Minister of Science and Technology".
        let m = k;
        while (
          tokens[m] &&
          (isPortfolio(tokens[m]!.text) ||
            ((isWord(tokens[m], 'and', '&') || tokens[m]!.text === ',') && tokens[m + 1] && isPortfolio(tokens[m + 1]!.text)))
        ) {
          m++;
          if (tokens[m - 1]!.possessive) break;
        }
        // Leave at least two words for the name that follows.
        while (m > k + 1 && !parsePersonName(tokens, m) && parsePersonName(tokens, m - 1)) m--;
        const portfolio = tokens.slice(k, m).map((t) => t.text).join(' ').replace(/ ,/g, ',');
        if (m > k) orgSpans.push({ start: tokens[k]!.start, end: tokens[m - 1]!.end });
        if (/Minister/.test(titleText)) {
          const ministry = `Ministry of ${portfolio}`;
          // The minister's country: stated, else told by the name that follows, else the home country.
          const following = parsePersonName(tokens, tokens[m]?.text === ',' ? m + 1 : m);
          const byName = following && VIETNAMESE_SURNAMES.has(following.name.split(' ')[0]!) ? 'VN' : null;
          const actor = index.upsert({
            name: ministry,
            kind: 'government_body',
            country: owner ?? country ?? byName ?? homeCountry,
            parentKey: null,
            passage: passageOf(sentence),
            confidence: 0.6,
            firstStart: tokens[k]!.start,
            title: null,
            affiliationKey: null,
            affiliationPassage: null,
            implied: true,
          });
          orgKey = actor.key;
          country ??= actor.country;
        } else {
          // "Cabinet Secretary for Energy and Petroleum": the ministry of that portfolio, when the story names it.
          const ministry = index.find(`Ministry of ${portfolio}`);
          if (ministry && ministry.kind === 'government_body') {
            orgKey = ministry.key;
            country ??= ministry.country;
          }
        }
        j = m;
      }
      // "(ACR)" after the organisation.
      if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')') j += 3;
      if (owner) country ??= owner;
    }
    return { next: j, title, orgKey, country };
  };

  const knownActorAt = (tokens: Token[], k: number): { actor: ActorDraft; to: number } | null => {
    for (let end = Math.min(tokens.length, k + 10); end > k; end--) {
      if (tokens.slice(k, end).some((t) => t.punct)) continue;
      const text = tokens.slice(k, end).map((t) => t.text).join(' ');
      const a = index.find(text);
      if (a && a.kind !== 'person') {
        let to = end;
        if (tokens[to]?.text === '(' && tokens[to + 2]?.text === ')') to += 3;
        return { actor: a, to };
      }
    }
    return null;
  };

  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    for (let i = 0; i < tokens.length; i++) {
      // (a) TITLE … NAME; business and academic titles are often written in lower case
      // ("THCT president Grace Wu", "group managing director and chief executive officer Lim
      // Chee Keong"): a lower-case title counts when a person's name follows it at once.
      let t = matchTitle(tokens, i);
      const lowerTitle = !t && /^\p{Ll}/u.test(tokens[i]!.text) ? matchTitle(tokens, i, true) : null;
      if (lowerTitle) {
        let end = lowerTitle.end;
        let title = lowerTitle.title;
        // "managing director and chief executive officer": two titles joined.
        const second = isWord(tokens[end], 'and') ? matchTitle(tokens, end + 1, true) : null;
        if (second) {
          title = `${title} and ${second.title}`;
          end = second.end;
        }
        const name = parsePersonName(tokens, end);
        if (name && name.name.includes(' ') && !cityOrCountry(name.name) && !index.find(name.name)) t = { end, title: capitalise(title) };
      }
      if (t) {
        const pre = orgBefore(tokens, i);
        const after = afterTitle(sentence, tokens, t.end, t.title, pre.country);
        let j = after.next;
        if (tokens[j]?.text === ',') j++;
        const name = parsePersonName(tokens, j);
        if (name) {
          addPerson(sentence, tokens, name, after.title, after.orgKey ?? pre.key, after.country ?? pre.country ?? (pre.key ? index.get(pre.key)?.country ?? null : null), 0.9, i);
          i = name.to - 1;
          continue;
        }
      }
      // (b) NAME, [the] TITLE [of ORG]  — appositive; also after a possessive ("Chulalongkorn’s NAME, associate professor …")
      if (tokens[i]!.cap && (i === 0 || !tokens[i - 1]!.cap || tokens[i - 1]!.punct || tokens[i - 1]!.possessive)) {
        const name = parsePersonName(tokens, i);
        if (name && tokens[name.to]?.text === ',') {
          let k = name.to + 1;
          if (isWord(tokens[k], 'the', 'a', 'an')) k++;
          let country: string | null = null;
          if (tokens[k] && countryOfWord(tokens[k]!.text) && matchTitle(tokens, k + 1, true)) {
            country = countryOfWord(tokens[k]!.text);
            k++;
          }
          const t2 = matchTitle(tokens, k, true);
          if (t2 && !cityOrCountry(name.name)) {
            const after = afterTitle(sentence, tokens, t2.end, capitalise(t2.title), country);
            addPerson(sentence, tokens, name, after.title, after.orgKey, after.country, 0.8, null);
            i = after.next - 1;
            continue;
          }
        }
      }
      // (c) Dr./Prof./Mr. NAME
      if (HONORIFIC_WORDS.has(tokens[i]!.text) && /^(?:Dr|Prof|Mr|Mrs|Ms|Madam|Academician|Assoc)/.test(tokens[i]!.text)) {
        const name = parsePersonName(tokens, i);
        if (name && !cityOrCountry(name.name)) {
          addPerson(sentence, tokens, name, null, null, null, 0.75, null);
          i = name.to - 1;
        }
      }
    }
  }
  // (d) Vietnamese full names without a title ("Nguyen Van An said"), and "said NAME".
  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    for (let i = 0; i < tokens.length; i++) {
      const tk = tokens[i]!;
      if (!tk.cap || (i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.punct)) continue;
      const saidBefore = i > 0 && /^(?:said|says|according to|told)$/i.test(tokens[i - 1]!.text);
      if (!VIETNAMESE_SURNAMES.has(tk.text) && !saidBefore) continue;
      const name = parsePersonName(tokens, i, VIETNAMESE_SURNAMES.has(tk.text) ? 3 : 2);
      if (!name || index.find(name.name) || cityOrCountry(name.name)) continue;
      const next = tokens[name.to];
      if (next && next.cap && !next.punct) continue;
      if (findCityMentions(name.name).length) continue;
      if (!VIETNAMESE_SURNAMES.has(tk.text) && !(next === undefined || next.punct)) continue;
      addPerson(sentence, tokens, name, null, null, null, 0.6, null);
      i = name.to - 1;
    }
  }

  // ── Pass 3: named makers and sides ("developed by X", "between X and Y", "X and Y signed") ──
  const guessActor = (
    sentence: Sentence,
    tokens: Token[],
    from: number,
    opts: { allowAnd?: boolean; country?: string | null; kind?: ActorKind } = {},
  ): { actor: ActorDraft; to: number } | null => {
    if (isWord(tokens[from], 'the')) from++;
    // "Abu Dhabi’s Technology Innovation Institute", "Japan’s NEC": the place only says where.
    const place = countryAt(tokens, from) ?? cityAt(tokens, from);
    if (place && tokens[place.end - 1]!.possessive && tokens[place.end]?.cap && !tokens[place.end]!.punct) from = place.end;
    const known = knownActorAt(tokens, from);
    if (known) return known;
    const tk = tokens[from];
    if (!tk || tk.punct || !tk.cap || isStop(tk) || TITLE_WORDS.has(tk.text) || NOT_NAME_WORDS.has(tk.text)) return null;
    if (countryOfWord(tk.text) || findCityMentions(tk.text).length) return null;
    let j = from;
    for (;;) {
      const t = tokens[j];
      if (!t || t.punct || j - from >= 6) break;
      if (opts.allowAnd && j > from && isWord(t, 'and', '&') && tokens[j + 1]?.cap && !tokens[j + 1]!.punct && !(tokens[j + 2]?.cap && !tokens[j + 2]!.punct)) {
        j++;
        continue;
      }
      // Particles inside a name ("Politecnico di Milano", "Banco do Brasil").
      if (j > from && !t.cap && (PARTICLES.has(t.text) || NAME_PARTICLES.has(t.text) || /^(?:für|fur)$/.test(t.text)) && !isWord(t, 'y', 'la', 'le') && tokens[j + 1]?.cap && !tokens[j + 1]!.punct) {
        j++;
        continue;
      }
      if (!t.cap || TITLE_WORDS.has(t.text) || isStop(t)) break;
      j++;
      if (t.possessive) break;
    }
    if (j === from) return null;
    const words = tokens.slice(from, j);
    if (words.some((w) => countryOfWord(w.text) && words.length === 1)) return null;
    if (NON_ORG_ENDINGS.has(words[words.length - 1]!.text)) return null;
    // A head or legal form alone, or a head cut from its "of …", is not a name.
    if (words.length === 1 && (ORG_HEADS[words[0]!.text] || LEGAL_SUFFIXES.includes(words[0]!.text))) return null;
    if (ORG_HEADS[words[words.length - 1]!.text] && isWord(tokens[j], 'of', 'for')) return null;
    const name = spanText(body, tokens, from, j - 1);
    // A Vietnamese-style full name is a person.
    const kind: ActorKind = VIETNAMESE_SURNAMES.has(words[0]!.text) && words.length >= 3 ? 'person' : opts.kind ?? 'company';
    const actor = index.upsert({
      name,
      kind,
      country: opts.country ?? null,
      parentKey: null,
      passage: passageOf(sentence),
      confidence: 0.55,
      firstStart: words[0]!.start,
      title: null,
      affiliationKey: null,
      affiliationPassage: null,
      implied: false,
      kindGuessed: !opts.kind && kind !== 'person',
    });
    orgSpans.push({ start: words[0]!.start, end: words[words.length - 1]!.end });
    return { actor, to: j };
  };

  /** Kind and country an appositive or list noun phrase gives: "a Dutch research institute", "Toronto-based startup". */
  const describe = (tokens: Token[], k: number): { kind: ActorKind; country: string | null; end: number } | null => {
    let kind: ActorKind | null = null;
    let country: string | null = null;
    let j = k;
    for (; j < tokens.length && j - k < 7; j++) {
      const t = tokens[j]!;
      if (t.punct || isWord(t, 'that', 'which', 'who', 'whose', 'with', 'in', 'of', 'for', 'from', 'on', 'at', 'to', 'by', 'and', 'or', 'such', 'including', 'like')) {
        if (kind || !isWord(t, 'and')) break;
        continue;
      }
      const c = countryOfWord(t.text);
      const based = /^(.+)-based$/u.exec(t.text);
      if (c && !kind) {
        country ??= c;
        continue;
      }
      if (based) {
        country ??= countryOfWord(based[1]!) ?? findCityMentions(based[1]!)[0]?.code ?? null;
        continue;
      }
      if (t.cap && !/^NGOs?$/.test(t.text)) break;
      // The last kind noun of the phrase decides ("a university spin-off" is a company); a two-word noun first.
      const two = tokens[j + 1] && !tokens[j + 1]!.punct ? kindOfNoun(`${t.text} ${tokens[j + 1]!.text}`) : null;
      if (two) {
        kind = two;
        j++;
        continue;
      }
      const one = kindOfNoun(t.text);
      if (one) {
        kind = one;
        continue;
      }
      // "a company spokesman", "a university researcher": a person described, not an organisation.
      if (kind && PERSON_ROLE.test(t.text)) return null;
      // A participle after the noun ends the phrase ("a startup building …"); before it, it describes ("a drilling firm").
      if (kind && /(?:ing|ed)$/.test(t.text)) break;
    }
    if (!kind) return null;
    // "… based in São José dos Campos".
    if (!country && isWord(tokens[j], 'based') && isWord(tokens[j + 1], 'in')) {
      const place = countryAt(tokens, j + 2 + (isWord(tokens[j + 2], 'the') ? 1 : 0));
      country = place?.code ?? (tokens[j + 2] ? findCityMentions(tokens.slice(j + 2, j + 6).map((t) => t.text).join(' '))[0]?.code ?? null : null);
    }
    return { kind, country, end: j };
  };
  const PERSON_ROLE = /^(?:spokes(?:man|woman|person)|officials?|executives?|directors?|representatives?|engineers?|researchers?|scientists?|employees?|staff|chief|head|leaders?|founders?|managers?|veterans?|members?|advis[eo]rs?|analysts?|experts?|professors?|students?|graduates?|alumn[ia]|lecturers?|officers?|delegates?)$/i;
  /** Applies what an appositive or list says about an organisation already found. */
  const describeActor = (actor: ActorDraft, kind: ActorKind, country: string | null) => {
    if (actor.kind === 'person' || actor.kind === 'state') return;
    if (actor.kindGuessed) {
      actor.kind = kind;
      actor.kindGuessed = false;
    }
    if (!actor.country && country) actor.country = country;
  };
  /** The organisation named right before token i ("…, Deltares, a Dutch …", "Vietnam Electricity (EVN), a …"). */
  const nameEndingAt = (sentence: Sentence, tokens: Token[], i: number, kind: ActorKind, country: string | null): ActorDraft | null => {
    let end = i - 1;
    if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(') end -= 3;
    if (end < 0 || tokens[end]!.punct) return null;
    for (let from = Math.max(0, end - 10); from <= end; from++) {
      const text = body.slice(tokens[from]!.start, tokens[end]!.end).replace(/['’]s$/u, '');
      const a = index.find(text);
      if (a && (a.kind === 'person' || a.kind === 'state')) return null;
      if (a) return a;
    }
    let from = end;
    while (from >= 0 && tokens[from]!.cap && !tokens[from]!.punct && !TITLE_WORDS.has(tokens[from]!.text) && !isStop(tokens[from])) from--;
    from++;
    if (from > end || tokens[end]!.possessive) return null;
    const words = tokens.slice(from, end + 1);
    const name = spanText(body, tokens, from, end);
    if (cityOrCountry(name) || words.every((w) => countryOfWord(w.text))) return null;
    if (VIETNAMESE_SURNAMES.has(words[0]!.text) && words.length >= 3) return null;
    if (words.length === 1 && (ORG_HEADS[words[0]!.text] || NOT_NAME_WORDS.has(words[0]!.text))) return null;
    if (NON_ORG_ENDINGS.has(words[words.length - 1]!.text)) return null;
    const actor = index.upsert({
      name,
      kind,
      country,
      parentKey: null,
      passage: passageOf(sentence),
      confidence: 0.7,
      firstStart: words[0]!.start,
      title: null,
      affiliationKey: null,
      affiliationPassage: null,
      implied: false,
    });
    orgSpans.push({ start: words[0]!.start, end: words[words.length - 1]!.end });
    return actor;
  };
  const MAKER = /^(?:implemented|developed|introduced|presented|built|led|run|operated|provided|offered|designed|manufactured|produced|supplied|funded|sponsored|organised|organized|hosted|co-organised|co-hosted|launched|established|founded|unveiled|showcased|deployed|delivered|financed|backed|made|applications|solutions|technologies|products|systems|services)$/i;
  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!;
      // "Deltares, a Dutch research institute": an appositive gives the kind and the country.
      if (w.text === ',' && i > 0 && isWord(tokens[i + 1], 'a', 'an', 'the')) {
        const d = describe(tokens, i + 2);
        if (d) {
          const actor = nameEndingAt(sentence, tokens, i, d.kind, d.country);
          if (actor) describeActor(actor, d.kind, d.country);
        }
      }
      // "the Dutch applied research institute Deltares", "Denmark’s transmission system operator
      // Energinet", "telecom operator Viettel": a lower-case description ending in a kind noun,
      // then the name.
      const opensDescription = i === 0 || isWord(tokens[i - 1], 'the', 'a', 'an') || tokens[i - 1]!.possessive || tokens[i - 1]!.punct || !!countryOfWord(tokens[i - 1]!.text);
      if (opensDescription && !w.punct && !w.cap) {
        const d = describe(tokens, i);
        const head = d ? tokens[d.end - 1] : undefined;
        const headIsKind = !!head && !head.punct && (!!kindOfNoun(head.text) || (d!.end - 2 >= i && !!kindOfNoun(`${tokens[d!.end - 2]!.text} ${head.text}`)));
        if (d && headIsKind && !/s$/.test(head!.text) && tokens[d.end]?.cap && !tokens[d.end]!.punct) {
          const found = guessActor(sentence, tokens, d.end, { kind: d.kind, country: d.country ?? (tokens[i - 1] ? countryOfWord(tokens[i - 1]!.text.replace(/['’]s$/u, '')) : null) });
          if (found) {
            describeActor(found.actor, d.kind, d.country);
            i = found.to - 1;
            continue;
          }
        }
      }
      // "Dutch companies such as X and Y", "Japanese universities including X": listed organisations.
      const listAt = isWord(w, 'such') && isWord(tokens[i + 1], 'as') ? i + 2 : isWord(w, 'including') ? i + 1 : -1;
      if (listAt > 0 && i > 0) {
        let start = i - 1;
        while (
          start > 0 &&
          i - start < 4 &&
          !tokens[start - 1]!.punct &&
          (!tokens[start - 1]!.cap || !!countryOfWord(tokens[start - 1]!.text)) &&
          !isWord(tokens[start - 1], 'and', 'or', 'the', 'a', 'an', 'other', 'many', 'several', 'some')
        ) start--;
        const d = describe(tokens, start);
        if (d && d.end === i && /s$/.test(tokens[i - 1]!.text)) {
          let k = listAt;
          for (let n = 0; n < 8; n++) {
            const found = guessActor(sentence, tokens, k, { kind: d.kind, country: d.country });
            if (!found) break;
            describeActor(found.actor, d.kind, d.country);
            k = found.to;
            if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
            if (tokens[k]?.text === ',' && isWord(tokens[k + 1], 'and', 'or')) k += 2;
            else if (tokens[k]?.text === ',' || isWord(tokens[k], 'and', 'or')) k += 1;
            else break;
          }
        }
      }
      if (isWord(w, 'by') && i > 0 && MAKER.test(tokens[i - 1]!.text)) {
        const first = guessActor(sentence, tokens, i + 1);
        if (first && isWord(tokens[first.to], 'and')) guessActor(sentence, tokens, first.to + 1);
      } else if (isWord(w, 'between') && tokens[i + 1]) {
        const a = guessActor(sentence, tokens, i + 1);
        if (a && isWord(tokens[a.to], 'and')) guessActor(sentence, tokens, a.to + 1);
      } else if (isWord(w, 'visited', 'visiting', 'toured') && tokens[i + 1]) {
        // "The delegation visited Airbus Defence and Space": a place that is not a city or country is an organisation.
        guessActor(sentence, tokens, i + 1, { allowAnd: true });
      } else if (/^(?:company|firm|group|corporation|startup|start-up|chipmaker|carmaker|manufacturer|developer|operator|provider|supplier|conglomerate|giant|investor|insurer|lender)$/.test(w.text) && tokens[i + 1]?.cap) {
        // "the Belgian firm Spacebel", "Australian company SunGrid Energy", "tech giant Samsung".
        const prev = tokens[i - 1];
        const prev2 = tokens[i - 2];
        const demonym = prev && countryOfWord(prev.text) ? countryOfWord(prev.text) : prev2 && countryOfWord(prev2.text) ? countryOfWord(prev2.text) : null;
        const found = guessActor(sentence, tokens, i + 1, { country: demonym });
        if (found && demonym && !found.actor.country) found.actor.country = demonym;
      } else if (isWord(w, 'signed', 'inked', 'agreed') && i > 0) {
        // "A and B signed": the names opening the clause, right before the verb.
        const before = tokens[i - 1]!;
        if (before.cap && !before.punct && !ORG_HEADS[before.text] && !knownActorAt(tokens, i - 1)) {
          let c = i - 1;
          while (c > 0 && !(tokens[c - 1]!.punct && tokens[c - 1]!.text !== '&') && !isWord(tokens[c - 1], 'while', 'whereas')) c--;
          const a = guessActor(sentence, tokens, c);
          if (a && a.to < i && isWord(tokens[a.to], 'and')) guessActor(sentence, tokens, a.to + 1);
        }
        // "A signed … with B", "A agreed with B".
        for (let k = i + 1; k < Math.min(tokens.length, i + 14); k++) {
          if (isWord(tokens[k], 'with')) {
            guessActor(sentence, tokens, k + 1);
            break;
          }
        }
      }
    }
  }

  // ── Pass 4: mentions (names, aliases, surnames) ─────────────────────────────────────────
  const mentions: ActorMention[] = [];
  const people = index.all().filter((a) => a.kind === 'person' && a.name.split(' ').length >= 2);
  const shortForms = new Map<string, ActorDraft[]>();
  for (const p of people) {
    const parts = p.name.split(' ');
    const forms = [parts[parts.length - 1]!];
    if (parts.length >= 2 && /-/.test(parts[parts.length - 1]!)) forms.push(parts[0]!);
    for (const f of forms) shortForms.set(f, [...(shortForms.get(f) ?? []), p]);
  }
  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    for (let i = 0; i < tokens.length; i++) {
      // The longest known name starting here.
      let found: { actor: ActorDraft; to: number } | null = null;
      for (let end = Math.min(tokens.length, i + 12); end > i; end--) {
        const slice = tokens.slice(i, end);
        if (slice.some((t) => t.punct && t.text !== ',' && t.text !== '.' && t.text !== '&')) continue;
        if (!slice[0]!.cap) break;
        // A mention never ends on punctuation ("Deltares," is "Deltares"): the span must stay inside its clause.
        if (slice[slice.length - 1]!.punct) continue;
        const text = body.slice(slice[0]!.start, slice[slice.length - 1]!.end).replace(/['’]s$/u, '');
        const a = index.find(text) ?? index.find(slice.map((t) => t.text).join(' '));
        if (a && a.kind !== 'state') {
          found = { actor: a, to: end };
          break;
        }
      }
      if (found) {
        mentions.push({ key: found.actor.key, start: tokens[i]!.start, end: tokens[found.to - 1]!.end, sentence: sentence.index });
        i = found.to - 1;
        continue;
      }
      // A surname alone, or after a title ("Watanabe", "DPM Tien", "Ambassador Farani").
      const tk = tokens[i]!;
      const candidates = shortForms.get(tk.text);
      if (!candidates || candidates.length !== 1 || !tk.cap) continue;
      const next = tokens[i + 1];
      if (next && next.cap && !next.punct) continue;
      let titleStart = i;
      for (let k = Math.max(0, i - 5); k < i; k++) {
        const t = matchTitle(tokens, k);
        if (t && t.end === i) {
          titleStart = k;
          break;
        }
      }
      if (titleStart === i && tokens[i - 1] && HONORIFIC_WORDS.has(tokens[i - 1]!.text)) titleStart = i - 1; // "Mr. Duc"
      const prev = tokens[titleStart - 1];
      if (titleStart === i && prev && prev.cap && !prev.punct && !isStop(prev)) continue;
      const person = candidates[0]!;
      index.alias(person, tk.text);
      if (titleStart < i) index.alias(person, body.slice(tokens[titleStart]!.start, tk.end).replace(/['’]s$/u, ''));
      mentions.push({ key: person.key, start: tokens[titleStart]!.start, end: tk.end, sentence: sentence.index });
    }
  }

  // Affiliations.
  const affiliations: ExtractedAffiliation[] = [];
  for (const a of index.all()) {
    if (a.kind !== 'person' || !a.title) continue;
    affiliations.push({
      personKey: a.key,
      organizationKey: a.affiliationKey,
      title: a.title,
      passage: a.affiliationPassage ?? a.passage,
      confidence: a.affiliationKey ? 0.8 : 0.7,
    });
  }
  // Government bodies without a country are the home country's; a centre or office under a
  // government body, or a "National … Centre", is a government body itself.
  for (const a of index.all()) {
    const parent = a.parentKey ? index.get(a.parentKey) : undefined;
    if (a.kind === 'research_institute' && /\b(?:Centre|Center|Hub)$/.test(a.name) && (parent?.kind === 'government_body' || /^(?:National|State)\b/.test(a.name)) && !/Research/.test(a.name)) {
      a.kind = 'government_body';
    }
    if (!a.country && a.parentKey) a.country = index.get(a.parentKey)?.country ?? null;
    if (!a.country && a.kind === 'government_body') a.country = homeCountry;
  }
  return { actors: index.all(), mentions, affiliations, orgSpans, homeCountry, index };
}

function cityOrCountry(name: string): boolean {
  return !!countryOfWord(name) || findCityMentions(name).some((c) => c.city.length >= name.length - 1);
}

function capitalise(title: string): string {
  return title.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/\bOf\b/g, 'of').replace(/\bTo\b/g, 'to');
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

