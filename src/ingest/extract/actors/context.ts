// What every actor pass reads and adds to: the article's sentences and their tokens, the body the
// offsets index, the actors found so far, the spans of organisation names, and the country the
// story is told from.
import type { Sentence } from '../text.ts';
import type { Token } from '../tokens.ts';
import type { ActorIndex } from './actor-index.ts';

export interface ActorContext {
  sentences: Sentence[];
  tokensOf: Token[][];
  body: string;
  index: ActorIndex;
  /** Body spans of organisation names (technologies are not taken from inside them). */
  orgSpans: { start: number; end: number }[];
  /** The country the story is told from (first in the title, else the most mentioned). */
  homeCountry: string | null;
}
