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
  /**
   * How the sentence ties the sides to each other: "between A and B", "A … with B", "signed by
   * A and B", "A and B signed" (and), "A will assist B" (verb), a list of members, else none
   * (the sides are merely named in one sentence).
   */
  link: CueLink;
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
  [
    'mou',
    /\b(?:[Mm]emorand(?:um|a) of [Uu]nderstanding|MoUs?|MOUs?|[Ll]etters? of [Ii]ntent|[Dd]eclarations? of [Ii]ntent|LoIs?)\b/,
  ],
  [
    'joint_research',
    /\bjoint (?:research|laborator(?:y|ies)|labs?|stud(?:y|ies)|research (?:centre|center|programme|program|projects?))\b/i,
  ],
  ['network', /\b(?:network|consortium|consortia|alliance)\b/i],
  ['project', /\b(?:joint |pilot |research )?(?:projects?|programmes?|programs?)\b/i],
  [
    'agreement',
    /\b(?:agreements?|arrangements?|accords?|framework (?:agreement|arrangement)|cooperation documents?|deals?)\b/i,
  ],
  [
    'bilateral_cooperation',
    /\b(?:cooperat(?:ion|e|ed|ing)|co-operation|collaborat(?:ion|e|ed|ing)|partnerships?|work(?:ing)? together|join(?:ed)? hands|team(?:ed)? up|co-financ(?:e|ed|ing)|co-fund(?:ed|ing)?)\b/i,
  ],
];

/** Words that name an undertaking's members: the sides of one multi-party cooperation. */
const MEMBERS_CUE =
  /\b(?:brings? together|bringing together|brought together|(?:founding |consortium |project )?(?:members|partners) (?:are|include|of)|involves|pairs|groups)\b/i;

export type CueLink = 'between' | 'with' | 'by' | 'and' | 'verb' | 'members' | 'none';

/** A list item: a sentence opening with a dash or a bullet. */
const LIST_ITEM = /^\s*[–—•·*-]\s/;

const REFERS_TO_SIDES =
  /\b(?:the two (?:sides|countries|nations|parties|governments|ministries|agencies|institutions|universities|companies|firms|partners)|both (?:sides|countries|nations|parties|governments|ministries|institutions|partners)|the (?:two|three) organisations|the partners|they|their)\b/i;

/** The most specific cue word of a text and the kind it gives, or null. */
function firstCue(text: string): { kind: PartnershipKind; cue: string } | null {
  for (const [kind, re] of CUES) {
    const m = re.exec(text);
    if (m) return { kind, cue: m[0] };
  }
  return null;
}

export function cooperationCandidates(input: CueInput): CueCandidate[] {
  const { sentences, index } = input;
  const mentionsOf = perSentence(sentences, input.mentions);
  const countriesOf = perSentence(
    sentences,
    input.countries.filter((c) => !input.orgSpans.some((o) => within(c, o))),
  );
  const techsOf = perSentence(sentences, input.techs);

  const out: CueCandidate[] = [];
  // The sides named last (the rules' own first): what "the two sides" refers back to.
  let lastSides: PartyRef[] | null = null;
  // "Four memoranda of understanding were signed:" and the items listed after it, each naming its sides.
  let listCue: ReturnType<typeof firstCue> = null;
  for (const s of sentences) {
    const item = LIST_ITEM.test(s.text);
    if (!item) listCue = null;
    const named = namedSides(mentionsOf(s), index);
    const countries = [...new Set(countriesOf(s).map((c) => c.code))].map((country) => ({ country }));
    // Where each side is first named in the sentence (a person stands for their organisation).
    const spansOf = (ref: PartyRef): { start: number; end: number }[] =>
      'key' in ref
        ? mentionsOf(s).filter((m) => m.key === ref.key || index.get(m.key)?.affiliationKey === ref.key)
        : countriesOf(s).filter((c) => c.code === ref.country);
    let parties: PartyRef[] = [];
    let sides: CueCandidate['sides'] = 'named';
    // "The two companies signed a joint venture agreement at the headquarters of Thailand's Board of
    // Investment": a sentence that opens by referring to the sides names them so, whatever place or
    // host it names after.
    const reference = REFERS_TO_SIDES.exec(s.text);
    const opensWithReference =
      !!reference && reference.index < 20 && !mentionsOf(s).some((m) => m.start - s.start < reference.index);
    if (named.length >= 2) parties = named;
    else if (opensWithReference && lastSides) {
      parties = lastSides;
      sides = 'referred';
    } else if (named.length + countries.length >= 2) {
      parties = [
        ...named,
        ...countries.filter((c) => !named.some((n) => 'key' in n && index.get(n.key)?.country === c.country)),
      ];
      sides = named.length === 0 ? 'countries' : 'named';
    } else if (reference) {
      parties = lastSides ?? input.pair.map((country) => ({ country }));
      sides = 'referred';
    }
    if (parties.length >= 2) {
      // One candidate a sentence, of its most specific cue: "a strategic partnership" is not also
      // "partnership" cooperation, nor "a joint research project" also a project. A dashed list
      // item takes the cue before its colon. "The founding members of LUSO-EO are A, B, C …",
      // "PlatCat brings together A and B with C": three or more bodies named as one undertaking's
      // members, with no cue word of its kind, are a network.
      const members = sides === 'named' && parties.length >= 3 ? MEMBERS_CUE.exec(s.text) : null;
      const cue =
        firstCue(s.text) ?? (item ? listCue : null) ?? (members ? { kind: 'network' as const, cue: members[0] } : null);
      if (cue) {
        const link = sides === 'referred' ? 'none' : linkOf(s, parties.map(spansOf));
        out.push({
          ...cue,
          parties,
          sides,
          link,
          technologies: [...new Set(techsOf(s).map((t) => t.slug))],
          sentence: s,
        });
      }
    }
    if (/:\s*$/.test(s.text)) listCue = firstCue(s.text) ?? listCue;
    // What later sentences may refer back to: the rules' sides in this sentence, then its own.
    for (const ruled of input.ruleSides.get(s.index) ?? []) if (ruled.length >= 2) lastSides = ruled;
    if (named.length + countries.length >= 2) lastSides = parties;
  }
  return out;
}

/** Words a pair of sides takes as the subject of a cooperation verb ("A and B signed", "A and B will …"). */
const JOINT_VERB =
  /^[^.;:]{0,40}?\b(?:signed|inked|agreed|will|have|has|are|launched|set up|established|opened|jointly|plan|aim|pledged|committed|exchanged)\b/i;
/** What may stand between two sides joined by "and": an acronym, "or X", an owner's possessive. */
const AND_GAP =
  /^\W*(?:\([^)]*\)\s*)?(?:,?\s*or\s+\p{Lu}[\p{L}\d&-]*\s*)?,?\s*(?:and|&)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?$/u;
/** A verb by which one side acts on the other ("A will assist B", "A will train technicians for B"). */
const ACTS_ON =
  /\b(?:assists?|assisted|support(?:s|ed)?|trains?|trained|helps?|helped|funds?|funded|financ(?:e|es|ed)|suppl(?:y|ies|ied)|hosts?|hosted|joins?|joined|partners?|partnered|provides?|provided|work(?:s|ed)? (?:with|alongside)|cooperat(?:e|es|ed) with|collaborat(?:e|es|ed) with|team(?:s|ed)? up with|sign(?:s|ed)? (?:an?|the)? ?\w* ?(?:with))\b/i;
/** Words that open a list of members ("brings together A and B", "the consortium includes A, B"). */
const MEMBERS_BEFORE =
  /\b(?:brings?|bringing|brought) together\s+(?:\p{L}+\s+){0,4}$|\b(?:includes?|including|comprising|comprises|consisting of|members? (?:are|include))\s+(?:the\s+)?$|:\s*$/iu;

/** "signed … by (the) (Kenya's) " just before a side. */
const SIGNED_BY =
  /\b(?:signed|inked|witnessed|initialled)\b[^.;]{0,40}\bby\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?$/iu;

/**
 * How a sentence ties two of its sides together, in the text between and around their first
 * mentions (each pair in reading order, the first tie found; "signed by" at any mention):
 * "between A and B", "signed by A and B", "A … with B", "A and B" before a verb, "A will assist
 * B" (verb), a list of members.
 */
export function linkOf(s: Sentence, spans: { start: number; end: number }[][]): CueLink {
  const firsts = spans
    .map((list) => list[0])
    .filter((x): x is { start: number; end: number } => !!x)
    .sort((a, b) => a.start - b.start);
  if (firsts.length < 2) return 'none';
  const at = (x: number) => x - s.start;
  // "signed at ASI headquarters by ASI President X and KSA Director General Y": the side signed
  // by may be named earlier in the sentence, so every mention is tried, with another side after it.
  const all = spans.flatMap((list, side) => list.map((x) => ({ ...x, side })));
  for (const x of all) {
    if (
      SIGNED_BY.test(s.text.slice(Math.max(0, at(x.start) - 60), at(x.start))) &&
      all.some((y) => y.side !== x.side && y.start >= x.end && y.start - x.end <= 160)
    )
      return 'by';
  }
  for (let n = 0; n + 1 < firsts.length; n++) {
    const [a, b] = [firsts[n]!, firsts[n + 1]!];
    const before = s.text.slice(Math.max(0, at(a.start) - 60), at(a.start));
    const gap = s.text.slice(at(a.end), at(b.start));
    // An appositive after the first side ("Zhang Wenbo, deputy administrator of CNSA,") is skipped.
    const bare = gap.replace(/^,[^,]{0,100},/, ',');
    if (/\bbetween\s+(?:the\s+)?$/i.test(before) && AND_GAP.test(bare)) return 'between';
    if (gap.length <= 160 && /\b(?:with|alongside)\s+(?:the\s+)?(?:\p{L}+['’]?s?\s+){0,3}$/iu.test(gap)) return 'with';
    if (AND_GAP.test(bare) && JOINT_VERB.test(s.text.slice(at(b.end)))) return 'and';
    if (gap.length <= 80 && ACTS_ON.test(gap)) return 'verb';
    if (MEMBERS_BEFORE.test(before) && (AND_GAP.test(bare) || /^\W*(?:\([^)]*\)\s*)?,\s*(?:the\s+)?$/.test(bare)))
      return 'members';
  }
  return 'none';
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
