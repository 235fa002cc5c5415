// Partnerships and events, read sentence by sentence from general news phrasing:
// - signings: "A and B signed an MoU/agreement", "the MoU signing ceremony between A and B", "the
//   signing of a memorandum of understanding between A and B", a letter of intent (an MoU), and the
//   passive "The agreement was signed … by A and B" (officials signing for their governments make it
//   their states' agreement); "A and B will expand cooperation … under a new agreement signed in C"
//   states cooperation, not a signing by A and B;
// - named frameworks: "(comprehensive) strategic partnership" between two countries;
// - agreed or proposed cooperation: "A and B will increase cooperation in …", "cooperation
//   between A and B", "X proposed cooperation with B in …", "the two sides can expand cooperation";
// - projects: "… projects between A and B implemented/developed/introduced/presented by X", a
//   programme named after two countries ("the China–Brazil … (CBERS) programme"), "A and B have started
//   a feasibility study …" ("the company" standing for the last company named), "a pilot plant built
//   with Y", and "It brings together A and B" after a project or joint research was introduced;
// - joint research and launched networks;
// - events: meetings ("held a working session with", "met"), forums, dialogues, conferences,
//   workshops, exhibitions, visits and signings, with the date ("On <Month> <day>", weekdays,
//   or the story's date context), the city and its country, and the participants.
//
// Each kind of finding is a pass over a `RelationContext` built once from the input
// (relations/context.ts): the partnership passes run over every sentence in turn
// (relations/partnerships.ts: signings.ts, frameworks.ts, projects.ts, cooperation.ts, networks.ts),
// recording what they find in a ledger (relations/ledger.ts); the events are read next
// (relations/events.ts), then the other side of a bilateral deal is completed.
import type { ExtractedEvent, ExtractedPartnership } from '../types.ts';
import type { ActorIndex, ActorMention } from './actors.ts';
import type { DateMention } from './dates.ts';
import type { CityMention, CountryMention } from './gazetteer.ts';
import { RelationContext } from './relations/context.ts';
import { findEvents } from './relations/events.ts';
import { findPartnerships, otherSideOfBilateralDeals } from './relations/partnerships.ts';
import type { TechMention } from './technologies.ts';
import type { Sentence } from './text.ts';

export interface RelationInput {
  sentences: Sentence[];
  body: string;
  index: ActorIndex;
  mentions: ActorMention[];
  countries: CountryMention[];
  techs: TechMention[];
  dates: DateMention[]; // body offsets
  cities: CityMention[];
  orgSpans: { start: number; end: number }[];
  /** The two countries the story is about, when it is bilateral. */
  pair: string[];
  homeCountry: string | null;
}

export function extractRelations(input: RelationInput): {
  partnerships: ExtractedPartnership[];
  events: ExtractedEvent[];
} {
  const ctx = new RelationContext(input);
  const ledger = findPartnerships(ctx);
  const events = findEvents(ctx, ledger);
  otherSideOfBilateralDeals(ctx, ledger);
  return {
    partnerships: ledger.partnerships.map(({ partyKeys: _k, sentence: _s, ...p }) => p),
    events,
  };
}
