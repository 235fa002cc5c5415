// How an article states a person's title: newly taken ("the newly appointed Rector", "was named
// Director"), held ("Rector … said"), or left ("former Rector", "ex-Minister"). Ingestion dates
// positions from it (src/ingest/positions.ts): a new title starts on the article's day, a former
// one has ended by then.
//
// The cue is read in the few words right before the title, where English puts it, at the title's
// occurrence nearest the person's name. The window is bounded (CUE_WINDOW characters), so the
// look-up is linear in the sentence whatever it holds.
import type { TitleTense } from '../../../../schema/tables.ts';

/** Characters before the title that may hold its cue ("has been appointed as the " is 25). */
const CUE_WINDOW = 40;

/** Cues of a title just taken, ending right before it. */
const NEW_CUE =
  /(?:\bnewly[\s-]+(?:appointed|elected|named|installed|promoted)|\bnew|\bincoming|\brecently[\s-]+(?:appointed|elected|named)|\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|being)\s+(?:appointed|named|elected|promoted|installed)(?:\s+(?:as|to))?|\btook\s+(?:office|over)\s+as|\bsworn\s+in\s+as|\bbecame|\bbecomes|\bhas\s+become)\s+(?:the\s+|an?\s+)?$/i;

/** Cues of a title already left. "Outgoing" and "acting" titles are still held. */
const FORMER_CUE = /(?:\bformer|\bex-|\bthen-|\berstwhile|\bretired)\s*(?:the\s+)?$/i;

export function titleTense(sentence: string, title: string, personName: string): TitleTense {
  const at = titleOccurrence(sentence, title, personName);
  if (at < 0) return 'current';
  const before = sentence.slice(Math.max(0, at - CUE_WINDOW), at);
  if (FORMER_CUE.test(before)) return 'former';
  if (NEW_CUE.test(before)) return 'new';
  return 'current';
}

/**
 * Where the title is written in the sentence, nearest the person's name (a sentence may name
 * two people of one title); -1 when it is not there as such. Its first word is enough:
 * "Director of the Hue Institute" is found by "Director".
 */
function titleOccurrence(sentence: string, title: string, personName: string): number {
  const lower = sentence.toLowerCase();
  const word = title.split(' ')[0]!.toLowerCase();
  if (word === '') return -1;
  const name = lower.indexOf(personName.toLowerCase());
  let best = -1;
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
    // A whole word only ("Director", not "Directorate").
    if (/\w/.test(lower[at - 1] ?? ' ') || /\w/.test(lower[at + word.length] ?? ' ')) continue;
    if (best < 0 || (name >= 0 && Math.abs(at - name) < Math.abs(best - name))) best = at;
  }
  return best;
}
