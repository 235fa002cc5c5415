// Word tokens of a sentence with body offsets, capitalisation and possessive marks: the unit the
// name patterns (titles, organisation names, person names) work on.
import type { Sentence } from './text.ts';

export interface Token {
  /** The word as written, without a possessive "'s". */
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter or a digit followed by capitals ("6G", "3M"). */
  cap: boolean;
  /** Followed by "'s" / "’s" (included in [start, end)). */
  possessive: boolean;
  /** Punctuation token (",", "(", ")", ";", ":", "-", quotes). */
  punct: boolean;
}

const KEEP_DOT = new Set([
  'Ltd',
  'Co',
  'Inc',
  'Corp',
  'Jr',
  'Sr',
  'Dr',
  'Prof',
  'Mr',
  'Mrs',
  'Ms',
  'St',
  'Assoc',
  'U.S',
  'U.K',
  'S.A',
  'H.E',
  'No',
  'Amb',
  'Pte',
  'Pvt',
  'Ltda',
  'S.p.A',
  'S.r.l',
  's.r.o',
]);
const WORD = /[\p{L}\p{M}\d]+(?:[-–'’&.][\p{L}\p{M}\d]+)*\.?|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(sentence: Sentence): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (const m of sentence.text.matchAll(WORD)) {
    let text = m[0];
    const start = sentence.start + m.index;
    let end = start + text.length;
    if (!/[\p{L}\p{M}\d]/u.test(text)) {
      out.push({ text, start, end, cap: false, possessive: false, punct: true });
      continue;
    }
    let trailingDot = false;
    if (text.endsWith('.')) {
      const bare = text.slice(0, -1);
      if (!(/^\p{Lu}$/u.test(bare) || KEEP_DOT.has(bare))) {
        text = bare;
        end -= 1;
        trailingDot = true;
      }
    }
    let possessive = false;
    const poss = /^(.+?)['’]s$/u.exec(text);
    if (poss && !/^People['’]s$/u.test(text)) {
      text = poss[1]!;
      possessive = true;
    } else if (/[^s]['’]$/u.test(text)) {
      text = text.slice(0, -1);
    }
    const cap = /^\p{Lu}/u.test(text) || /^\d+\p{Lu}/u.test(text) || /^[dl]['’]\p{Lu}/u.test(text);
    out.push({ text, start, end, cap, possessive, punct: false });
    if (trailingDot) out.push({ text: '.', start: end, end: end + 1, cap: false, possessive: false, punct: true });
  }
  return out;
}

/** Body text between two tokens (inclusive) as written. */
export function spanText(body: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[from]!;
  const last = tokens[to]!;
  let text = body.slice(first.start, last.end);
  if (last.possessive) text = text.replace(/['’]s$/u, '');
  return text;
}

/** The word of "(Masen)" when the tokens from `k` are an opening parenthesis, one word and a closing one. */
export function parenthesisedWord(tokens: Token[], k: number): Token | null {
  const word = tokens[k + 1];
  return tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && word && !word.punct ? word : null;
}
