// Text helpers for extraction: normalisation, diacritic folding, keys, sentence splitting with
// offsets into `ParsedArticle.body`, and the building blocks of the capitalised-name patterns.
import { MONTHS } from '../parse.ts';
import type { BlockKind, ParsedArticle, Passage } from '../types.ts';

export { fold, foldKeepingOffsets, nameKey, slugify } from '../../knowledge/text.ts';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A sentence of the story with its offsets in `article.body`. */
export interface Sentence {
  index: number;
  /** Index of the block (title, lead, body paragraph, caption) it belongs to. */
  block: number;
  blockKind: BlockKind;
  text: string;
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'assoc',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'co',
  'corp',
  'inc',
  'ltd',
  'bros',
  'pte',
  'pvt',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gen',
  'lt',
  'col',
  'capt',
  'gov',
  'sen',
  'rep',
  'amb',
  'h.e',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'vs',
  'approx',
  'dept',
  'est',
  'fig',
  'engr',
  'eng',
  'smt',
  'maj',
  'brig',
]);

/**
 * No sentence of news is longer than this; text that runs on without a full stop (a list, a
 * scrape gone wrong, one letter repeated) is cut into pieces of at most this many characters, at
 * a space when there is one. Every pass that looks within a sentence then costs at most a
 * constant per piece, whatever the input.
 */
export const MAX_SENTENCE_CHARS = 1_500;

/** Splits every story block into sentences; offsets index into `article.body`. */
export function splitSentences(article: ParsedArticle): Sentence[] {
  const out: Sentence[] = [];
  article.blocks.forEach((block, blockIndex) => {
    const text = block.text;
    let from = 0;
    const boundary = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
    for (const m of text.matchAll(boundary)) {
      const end = m.index + m[0].length;
      if (m[0][0] === '.' && !endsSentence(text, m.index)) continue;
      push(out, blockIndex, block.kind, text, from, end, block.start);
      from = end;
    }
    push(out, blockIndex, block.kind, text, from, text.length, block.start);
  });
  return out;
}

function endsSentence(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return true;
  const word = before[1]!;
  if (/^\p{Lu}$/u.test(word)) {
    // An initial ("John F. Smith"), unless a word that starts sentences follows ("… Le Van A. Then …").
    const next = /^\s+["“‘(]?([\p{L}]+)/u.exec(text.slice(dot + 1));
    return !!next && STOP_CAPS.has(next[1]!.toLowerCase()) && !/^(?:of|and|to|for|the|on|in|at|by)$/.test(next[1]!);
  }
  return !ABBREVIATIONS.has(word.toLowerCase().replace(/^\.+/, ''));
}

function push(
  out: Sentence[],
  block: number,
  blockKind: BlockKind,
  text: string,
  from: number,
  to: number,
  offset: number,
): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    // Cut at the last space within the limit (not in the first half), else at the limit.
    // (Searched within the piece only: a search back to the start would be quadratic.)
    const half = s + MAX_SENTENCE_CHARS / 2;
    const space = text.slice(half, s + MAX_SENTENCE_CHARS).lastIndexOf(' ');
    const cut = space > 0 ? half + space : s + MAX_SENTENCE_CHARS;
    out.push({ index: out.length, block, blockKind, text: text.slice(s, cut), start: offset + s, end: offset + cut });
    s = cut;
    while (s < e && /\s/.test(text[s]!)) s++;
  }
  if (e <= s) return;
  out.push({ index: out.length, block, blockKind, text: text.slice(s, e), start: offset + s, end: offset + e });
}

export function passageOf(sentence: Sentence): Passage {
  return { excerpt: sentence.text, start: sentence.start, end: sentence.end };
}

/** Words that are capitalised at the start of a sentence or as function words, never names. */
export const STOP_CAPS = new Set([
  'the',
  'a',
  'an',
  'on',
  'in',
  'at',
  'as',
  'by',
  'for',
  'from',
  'with',
  'to',
  'of',
  'and',
  'or',
  'but',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'our',
  'his',
  'her',
  'their',
  'under',
  'after',
  'before',
  'during',
  'while',
  'meanwhile',
  'also',
  'both',
  'each',
  'all',
  'some',
  'many',
  'other',
  'such',
  'according',
  'besides',
  'furthermore',
  'moreover',
  'however',
  'additionally',
  'in addition',
  'last',
  'next',
  'earlier',
  'later',
  'today',
  'yesterday',
  'tomorrow',
  ...MONTHS,
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'speaking',
  'addressing',
  'photo',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'there',
  'here',
  'when',
  'where',
  'what',
  'which',
  'who',
  'how',
  'why',
  'if',
  'than',
  'then',
  'participants',
  'delegates',
  'experts',
  'representatives',
  'both',
  'together',
  'among',
  'within',
  'through',
  'via',
  'following',
  'upon',
  'since',
  'until',
  'despite',
  'regarding',
  'concerning',
  'including',
  'notably',
  'particularly',
]);

/** Sentence-level word-boundary regex for a literal phrase. */
export function phraseRegExp(phrases: string[], flags = 'gu'): RegExp {
  const sorted = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  return new RegExp(String.raw`(?<![\p{L}\p{M}\d])(?:${sorted.map(escapeRegExp).join('|')})(?![\p{L}\p{M}\d])`, flags);
}

/** A span of the body: start inclusive, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** `s` lies within `r`. */
export function within(s: Span, r: Span): boolean {
  return s.start >= r.start && s.end <= r.end;
}

function inSpan<T extends Span>(items: readonly T[], s: Span): T[] {
  return items.filter((x) => within(x, s));
}

/**
 * A lookup of the items lying within each sentence, in the items' order: for every sentence what
 * `inSpan(items, sentence)` gives, found in one sweep over the items instead of a filter of the
 * whole list per sentence. The sweep relies on the sentences running in body order without
 * overlapping (as `splitSentences` and the reading windows make them); when they do not, and for
 * a sentence that is not one of the list's own, the lookup filters the items itself.
 */
export function perSentence<T extends Span>(
  sentences: readonly Sentence[],
  items: readonly T[],
): (s: Sentence) => readonly T[] {
  const inOrder = sentences.every((s, i) => s.start <= s.end && (i === 0 || sentences[i - 1]!.end <= s.start));
  if (!inOrder || sentences.length === 0) return (s) => inSpan(items, s);
  const buckets: T[][] = sentences.map(() => []);
  let j = 0;
  for (const x of items) {
    // The last sentence starting at or before the item (the items come mostly in body order, so
    // the cursor moves little).
    while (j + 1 < sentences.length && sentences[j + 1]!.start <= x.start) j++;
    while (j > 0 && sentences[j]!.start > x.start) j--;
    // Sentences end in order too, so those that hold the item are that one and the ones just
    // before it that still reach the item's end (an empty item where two sentences touch).
    for (let k = j; k >= 0 && sentences[k]!.start <= x.start && sentences[k]!.end >= x.end; k--) buckets[k]!.push(x);
  }
  return (s) => (sentences[s.index] === s ? buckets[s.index]! : inSpan(items, s));
}
