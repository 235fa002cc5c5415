// Partnership candidates from cooperation cues, sentence by sentence: a word that states a kind
// of cooperation ("memorandum", "agreement", "joint laboratory", "network", "strategic
// partnership", "cooperation") and the sides the sentence names or refers back to. The hand rules
// (relations.ts) miss cooperation stated loosely or across sentences; these candidates are
// deliberately generous, and the learned scorer (../learn/decide.ts) keeps the real ones.
//
// Sides of a cue, in order of preference:
// - organisations named in the sentence (a person counts through their organisation);
// - countries named in the sentence outside organisation names, as states;
// - "the two sides", "both countries", "they", "the two ministries": the sides named last (by a
//   rule partnership or by a sentence naming two or more), else the two countries the story is about.
// A sentence that ends in a colon after a cue ("Four memoranda were signed:") lends its cue to the
// list items after it ("– between A and B on …").
import type { PartnershipKind } from '../../../schema/tables.ts';
import type { ActorDraft, ActorIndex, ActorMention } from './actors.ts';
import type { CountryMention } from './gazetteer.ts';
import type { TechMention } from './technologies.ts';
import { perSentence, within, type Sentence } from './text.ts';

/** A side of a candidate: an actor already extracted, or a country that acts as a whole. */
export type PartyRef = { key: string } | { country: string };

export interface CueCandidate {
  kind: PartnershipKind;
  /** The cue's words as written ("memorandum of understanding", "joint laboratory"). */
  cue: string;
  parties: PartyRef[];
  /** How the sides were found. */
  sides: 'named' | 'countries' | 'referred';
  technologies: string[];
  sentence: Sentence;
}

export interface CueInput {
  sentences: Sentence[];
  index: ActorIndex;
  mentions: ActorMention[];
  countries: CountryMention[];
  techs: TechMention[];
  orgSpans: { start: number; end: number }[];
  pair: string[];
  /** Partnerships the rules found, by sentence index, as the sides they name. */
  ruleSides: Map<number, PartyRef[][]>;
}

/** Cue words, most specific first; the first that matches a stretch of text gives the kind. */
const CUES: [PartnershipKind, RegExp][] = [
  ['comprehensive_strategic_partnership', /\bcomprehensive strategic partnership\b/i],
  ['strategic_partnership', /\bstrategic partnership\b/i],
  ['mou', /\b(?:memorand(?:um|a) of understanding|MoUs?|MOUs?|letters? of intent|declarations? of intent|LoIs?)\b/],
  ['joint_research', /\bjoint (?:research|laborator(?:y|ies)|labs?|stud(?:y|ies)|research (?:centre|center|programme|program|projects?))\b/i],
  ['network', /\b(?:network|consortium|consortia|alliance)\b/i],
  ['project', /\b(?:joint |pilot |research )?(?:projects?|programmes?|programs?)\b/i],
  ['agreement', /\b(?:agreements?|accords?|framework (?:agreement|arrangement)|cooperation documents?|deals?)\b/i],
  ['bilateral_cooperation', /\b(?:cooperat(?:ion|e|ed|ing)|co-operation|collaborat(?:ion|e|ed|ing)|partnerships?|work(?:ing)? together|join(?:ed)? hands|team(?:ed)? up|co-financ(?:e|ed|ing)|co-fund(?:ed|ing)?)\b/i],
];

/** A list item: a sentence opening with a dash or a bullet. */
const LIST_ITEM = /^\s*[–—•·*-]\s/;

const REFERS_TO_SIDES = /\b(?:the two (?:sides|countries|nations|parties|governments|ministries|agencies|institutions|universities|companies|firms|partners)|both (?:sides|countries|nations|parties|governments|ministries|institutions|partners)|the (?:two|three) organisations|the partners|they|their)\b/i;

export function cooperationCandidates(input: CueInput): CueCandidate[] {
  const { sentences, index } = input;
  const mentionsOf = perSentence(sentences, input.mentions);
  const countriesOf = perSentence(sentences, input.countries.filter((c) => !input.orgSpans.some((o) => within(c, o))));
  const techsOf = perSentence(sentences, input.techs);

  const out: CueCandidate[] = [];
  // The sides named last (the rules' own first): what "the two sides" refers back to.
  let lastSides: PartyRef[] | null = null;
  // "Four memoranda of understanding were signed:" and the items listed after it, each naming its sides.
  let listCue: { kind: PartnershipKind; cue: string } | null = null;
  for (const s of sentences) {
    const item = LIST_ITEM.test(s.text);
    if (!item) listCue = null;
    const named = namedSides(mentionsOf(s), index);
    const countries = [...new Set(countriesOf(s).map((c) => c.code))].map((country) => ({ country }));
    let parties: PartyRef[] = [];
    let sides: CueCandidate['sides'] = 'named';
    if (named.length >= 2) parties = named;
    else if (named.length + countries.length >= 2) {
      parties = [...named, ...countries.filter((c) => !named.some((n) => 'key' in n && index.get(n.key)?.country === c.country))];
      sides = named.length === 0 ? 'countries' : 'named';
    } else if (REFERS_TO_SIDES.test(s.text)) {
      parties = lastSides ?? input.pair.map((country) => ({ country }));
      sides = 'referred';
    }
    if (parties.length >= 2) {
      // One candidate a sentence, of its most specific cue: "a strategic partnership" is not also
      // "partnership" cooperation, nor "a joint research project" also a project.
      let found = false;
      for (const [kind, re] of CUES) {
        const m = re.exec(s.text);
        if (!m) continue;
        out.push({ kind, cue: m[0], parties, sides, technologies: [...new Set(techsOf(s).map((t) => t.slug))], sentence: s });
        found = true;
        break;
      }
      if (!found && item && listCue) out.push({ ...listCue, parties, sides, technologies: [...new Set(techsOf(s).map((t) => t.slug))], sentence: s });
    }
    if (/:\s*$/.test(s.text)) {
      for (const [kind, re] of CUES) {
        const m = re.exec(s.text);
        if (!m) continue;
        listCue = { kind, cue: m[0] };
        break;
      }
    }
    // What later sentences may refer back to: the rules' sides in this sentence, then its own.
    for (const ruled of input.ruleSides.get(s.index) ?? []) if (ruled.length >= 2) lastSides = ruled;
    if (named.length + countries.length >= 2) lastSides = parties;
  }
  return out;
}

/** The organisations a sentence names, a person standing for their organisation; states and implied actors aside. */
function namedSides(mentions: readonly ActorMention[], index: ActorIndex): PartyRef[] {
  const keys: string[] = [];
  for (const m of mentions) {
    const a: ActorDraft | undefined = index.get(m.key);
    if (!a) continue;
    let side: ActorDraft | undefined = a;
    if (a.kind === 'person') side = a.affiliationKey ? index.get(a.affiliationKey) : undefined;
    if (!side) continue;
    if (side.kind === 'state') {
      if (side.country && !keys.includes(`country:${side.country}`)) keys.push(`country:${side.country}`);
      continue;
    }
    if (!keys.includes(side.key)) keys.push(side.key);
  }
  return keys.map((k) => (k.startsWith('country:') ? { country: k.slice(8) } : { key: k }));
}
