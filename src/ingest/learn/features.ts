// The features the learned scorer sees: named, mostly 0/1, documented here because the model file
// is a list of their weights (npm run train:extraction prints the strongest).
//
// Of the sentence a candidate comes from (`s:` and `block:`, `pos:`):
//   s:will, s:could (could, might, may), s:potential (potential, prospects, opportunities),
//   s:proposed (proposed, suggested, hoped, wished, called for, urged, invited), s:agreed (agreed,
//   pledged, committed, decided), s:signed (signed, inked, concluded, exchanged), s:discussed
//   (discussed, explored, talks), s:background (in or since a year, "previously", "already"),
//   s:said (reported speech), s:quote, s:negation, s:expand (expand, strengthen, deepen, boost),
//   s:launch (launch, set up, establish, open), s:fund (fund, finance, grant, invest),
//   s:two-sides ("the two sides", "both countries", "they"), s:members ("brings together",
//   "members", "consortium of", a list after a colon), s:with ("with", "between"), s:list-item (a line of a dashed
//   or bulleted list); block: title, lead, body or caption;
//   pos: the sentence's place in the story (first, 2nd–4th, later).
// Of a partnership candidate: src (rules or cue), kind, src×kind, sides (named, countries,
//   referred, rules), link (how the sentence ties a cue's sides: link:between, link:with, link:by,
//   link:and before a verb, link:verb, link:members, link:none), src×pk (rules or cue
//   with states, organisations or a mix as sides), parties (1, 2, 3+), party kinds (pk:state+state, pk:org+org, pk:mixed, and
//   has:<kind> for each kind present), countries (same, differ, unknown), pair (the sides are the
//   story's two countries), tech and date present, conf (the rule's own confidence, bucketed),
//   agree (a rule and a cue found the same sides), other-kind (the same sides under another kind
//   were found too), repeat (the same candidate was found in an earlier sentence), cue word, and
//   kind×(could, proposed, signed, background, will, agreed), lead (none, some or all of the sides
//   named in the headline or lead), named-again (every side named twice or more), named-once,
//   level (the same countries' cooperation is proposed between their states and between their
//   organisations: level:states-and-orgs on the states' candidate, level:orgs-and-states on the other).
// Of a partnership candidate's kind (the kind model: which of the kinds the sides' cooperation
//   is): prop (the kind the rule or cue proposed), src, the words of the sentence that name a kind
//   of cooperation (w:memorandum, w:agreement, w:contract, w:joint-venture, w:framework,
//   w:strategic, w:comprehensive, w:joint-research, w:laboratory, w:centre, w:project,
//   w:programme, w:network, w:cooperation, w:partnership, w:fund, w:education, w:research,
//   w:industry, w:initiative), sentence cues (signed, agreed, launch, fund, will), parties (1, 2,
//   3+) and party kinds as above.
// Of an event candidate: kind, date (day or none) and when (same day as publication, up to a
//   week before, up to two months before, earlier, after publication), participants (0, 1, 2, 3+),
//   city, linked (a signing linked to a partnership), conf, and kind×(when, will, background).
import type { ActorKind, EventKind, PartnershipKind } from '../../../schema/tables.ts';
import type { Features } from './logistic.ts';

/** What the features of one sentence are computed from. */
export interface SentenceView {
  text: string;
  block: 'title' | 'lead' | 'body' | 'caption';
  /** Position of the sentence among the story's sentences (0 = title). */
  position: number;
}

const SENTENCE_CUES: [string, RegExp][] = [
  ['will', /\b(?:will|shall|is to|are to|plans? to|planned to|expected to|going to)\b/i],
  ['could', /\b(?:could|might|may)\b/i],
  ['potential', /\b(?:potential|prospects?|opportunit(?:y|ies)|possibilit(?:y|ies)|room for)\b/i],
  [
    'proposed',
    /\b(?:propos(?:ed|e|es|al)|suggest(?:ed|s)?|hop(?:ed|es|e)|wish(?:ed|es)?|call(?:ed|s)? (?:on|for)|urg(?:ed|es)|invit(?:ed|es)|ask(?:ed|s))\b/i,
  ],
  ['agreed', /\b(?:agreed|agree|agrees|pledged|committed|decided|vowed|reached)\b/i],
  ['signed', /\b(?:signed|signs|signing|inked|concluded|exchanged)\b/i],
  ['discussed', /\b(?:discussed|discuss|explored|explore|talks|exchanged views)\b/i],
  ['background', /\b(?:(?:in|since|from) (?:19|20)\d{2}|previously|already|earlier|last year|years ago)\b/i],
  ['said', /\b(?:said|says|told|according to|noted|stressed|affirmed|emphasised|emphasized)\b/i],
  ['quote', /["“”]/],
  ['negation', /\b(?:not|no|never|without)\b|n't\b/i],
  ['expand', /\b(?:expand|strengthen|deepen|boost|promote|enhance|step up|broaden|intensify)\w*/i],
  ['launch', /\b(?:launch\w*|set up|sets up|establish\w*|open(?:ed|s)?|inaugurat\w*|kick(?:ed)? off)\b/i],
  ['fund', /\b(?:fund\w*|financ\w*|grants?|invest\w*|co-financ\w*)\b/i],
  [
    'two-sides',
    /\b(?:the two (?:sides|countries|nations|parties)|both (?:sides|countries|nations|parties)|they|their)\b/i,
  ],
  [
    'members',
    /\b(?:brings? together|bringing together|members?|partners (?:are|include)|comprising|comprises|consisting of|consortium of|network of|alliance of|joined by|together with|along with)\b|:\s*\p{Lu}/iu,
  ],
  ['with', /\b(?:with|between)\b/i],
  ['list-item', /^\s*[–—•·*-]\s/],
];

function sentenceFeatures(s: SentenceView): Features {
  const f: Features = {
    [`block:${s.block}`]: 1,
    [`pos:${s.position <= 1 ? 'first' : s.position <= 4 ? 'early' : 'later'}`]: 1,
  };
  for (const [name, re] of SENTENCE_CUES) if (re.test(s.text)) f[`s:${name}`] = 1;
  return f;
}

export interface PartnershipView {
  source: 'rules' | 'cue';
  kind: PartnershipKind;
  /** The cue word for cue candidates; null for the rules'. */
  cue: string | null;
  sides: 'named' | 'countries' | 'referred' | 'rules';
  /** How the sentence ties a cue's sides together (cooperation-cues.ts); null for the rules'. */
  link: 'between' | 'with' | 'by' | 'and' | 'verb' | 'members' | 'none' | null;
  partyKinds: ActorKind[];
  partyCountries: (string | null)[];
  /** The story's two countries, when it is bilateral. */
  pair: string[];
  hasTechnologies: boolean;
  hasDate: boolean;
  /** The rule's own confidence (rules only). */
  confidence: number | null;
  agree: boolean;
  otherKind: boolean;
  repeat: boolean;
  /** How many times the story names each side. */
  partyMentions: number[];
  /** How many sides the headline or the lead names: the story's protagonists. */
  partiesInLead: number;
  /** The same countries' cooperation is proposed at the other level too (their states, or their organisations). */
  otherLevel: boolean;
  sentence: SentenceView;
}

const ORG_KINDS = new Set<ActorKind>([
  'government_body',
  'company',
  'university',
  'research_institute',
  'association',
  'intergovernmental',
]);

/** The names the features give each level of the sides. */
const PARTY_LEVELS = { states: 'state+state', orgs: 'org+org', mixed: 'mixed' } as const;

export function partnershipFeatures(v: PartnershipView): Features {
  const s = sentenceFeatures(v.sentence);
  const f: Features = {
    ...s,
    [`src:${v.source}`]: 1,
    [`kind:${v.kind}`]: 1,
    [`src×kind:${v.source}×${v.kind}`]: 1,
    [`sides:${v.sides}`]: 1,
  };
  f[`parties:${v.partyKinds.length >= 3 ? '3+' : v.partyKinds.length}`] = 1;
  const states = v.partyKinds.filter((k) => k === 'state').length;
  const orgs = v.partyKinds.filter((k) => ORG_KINDS.has(k)).length;
  const level = states === v.partyKinds.length ? 'states' : orgs === v.partyKinds.length ? 'orgs' : 'mixed';
  f[`pk:${PARTY_LEVELS[level]}`] = 1;
  for (const k of new Set(v.partyKinds)) f[`has:${k}`] = 1;
  if (v.link) f[`link:${v.link}`] = 1;
  // The level of the sides with how they were found: a cue between organisations reads differently from one between states.
  f[`src×pk:${v.source}×${level}`] = 1;
  const known = v.partyCountries.filter((c): c is string => !!c);
  f[known.length < 2 ? 'countries:unknown' : new Set(known).size === 1 ? 'countries:same' : 'countries:differ'] = 1;
  if (v.pair.length === 2 && v.pair.every((c) => known.includes(c))) f.pair = 1;
  if (v.hasTechnologies) f.tech = 1;
  if (v.hasDate) f.date = 1;
  if (v.confidence !== null) f[`conf:${v.confidence >= 0.8 ? 'high' : v.confidence >= 0.6 ? 'mid' : 'low'}`] = 1;
  if (v.agree) f.agree = 1;
  if (v.otherKind) f['other-kind'] = 1;
  if (v.repeat) f.repeat = 1;
  if (v.cue) f[`cue:${v.cue.toLowerCase().replace(/s$/, '')}`] = 1;
  const sides = v.partyMentions.length;
  f[`lead:${v.partiesInLead === 0 ? 'none' : v.partiesInLead >= sides ? 'all' : 'some'}`] = 1;
  if (sides > 0 && v.partyMentions.every((n) => n >= 2)) f['named-again'] = 1;
  if (v.partyMentions.some((n) => n <= 1)) f['named-once'] = 1;
  if (v.otherLevel) f[states === v.partyKinds.length ? 'level:states-and-orgs' : 'level:orgs-and-states'] = 1;
  for (const name of ['could', 'proposed', 'signed', 'background', 'will', 'agreed', 'potential']) {
    if (s[`s:${name}`]) f[`kind×s:${v.kind}×${name}`] = 1;
  }
  return f;
}

/** Words that name a kind of cooperation, for the kind model. */
const KIND_CUE_WORDS: [string, RegExp][] = [
  ['memorandum', /\b(?:memorand(?:um|a)|MoUs?|MOUs?|letters? of intent|LoIs?|declarations? of intent)\b/],
  ['agreement', /\b(?:agreements?|accords?|arrangements?)\b/i],
  ['contract', /\b(?:contracts?|deals?|orders?|purchase)\b/i],
  ['joint-venture', /\bjoint[- ]ventures?\b/i],
  ['framework', /\bframework\b/i],
  ['strategic', /\bstrategic partnership\b/i],
  ['comprehensive', /\bcomprehensive\b/i],
  ['joint-research', /\bjoint (?:research|stud(?:y|ies)|laborator(?:y|ies)|labs?)\b|\bco-develop\w*/i],
  ['laboratory', /\b(?:laborator(?:y|ies)|labs?)\b/i],
  ['centre', /\b(?:centres?|centers?|institutes?|hubs?)\b/i],
  ['project', /\bprojects?\b/i],
  ['programme', /\b(?:programmes?|programs?|schemes?|calls?)\b/i],
  ['network', /\b(?:networks?|consorti(?:um|a)|alliances?|clusters?)\b/i],
  ['cooperation', /\b(?:cooperat\w*|co-operat\w*|collaborat\w*)\b/i],
  ['partnership', /\bpartnerships?\b/i],
  ['fund', /\b(?:fund\w*|grants?|financ\w*|co-financ\w*|loans?)\b/i],
  ['education', /\b(?:degrees?|scholarships?|training|students?|curricul\w*|courses?|exchanges?)\b/i],
  ['research', /\bresearch\w*\b/i],
  ['industry', /\b(?:plants?|factor(?:y|ies)|supply|supplies|invest\w*|manufactur\w*)\b/i],
  ['initiative', /\b(?:initiatives?|platforms?|pilots?|dialogues?|committees?)\b/i],
];

export interface KindView {
  source: 'rules' | 'cue';
  proposed: PartnershipKind;
  partyKinds: ActorKind[];
  sentence: SentenceView;
}

export function kindFeatures(v: KindView): Features {
  const f: Features = { [`prop:${v.proposed}`]: 1, [`src:${v.source}`]: 1 };
  for (const [name, re] of KIND_CUE_WORDS) if (re.test(v.sentence.text)) f[`w:${name}`] = 1;
  const s = sentenceFeatures(v.sentence);
  for (const name of ['signed', 'agreed', 'launch', 'fund', 'will']) if (s[`s:${name}`]) f[`s:${name}`] = 1;
  f[`parties:${v.partyKinds.length >= 3 ? '3+' : v.partyKinds.length}`] = 1;
  const states = v.partyKinds.filter((k) => k === 'state').length;
  const orgs = v.partyKinds.filter((k) => ORG_KINDS.has(k)).length;
  f[states === v.partyKinds.length ? 'pk:state+state' : orgs === v.partyKinds.length ? 'pk:org+org' : 'pk:mixed'] = 1;
  for (const k of new Set(v.partyKinds)) f[`has:${k}`] = 1;
  return f;
}

export interface EventView {
  kind: EventKind;
  occurredOn: string | null;
  publishedOn: string;
  participants: number;
  hasCity: boolean;
  linked: boolean;
  confidence: number;
  sentence: SentenceView;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

export function eventFeatures(v: EventView): Features {
  const s = sentenceFeatures(v.sentence);
  const f: Features = { ...s, [`kind:${v.kind}`]: 1 };
  let when = 'none';
  if (v.occurredOn) {
    const d = daysBetween(v.occurredOn, v.publishedOn);
    when = d > 0 ? 'after' : d === 0 ? 'same-day' : d >= -7 ? 'week' : d >= -60 ? 'months' : 'earlier';
    f['date:day'] = 1;
  } else f['date:none'] = 1;
  f[`when:${when}`] = 1;
  f[`kind×when:${v.kind}×${when}`] = 1;
  f[`participants:${v.participants >= 3 ? '3+' : v.participants}`] = 1;
  if (v.hasCity) f.city = 1;
  if (v.linked) f.linked = 1;
  f[`conf:${v.confidence >= 0.8 ? 'high' : v.confidence >= 0.6 ? 'mid' : 'low'}`] = 1;
  for (const name of ['will', 'background', 'could', 'proposed']) if (s[`s:${name}`]) f[`kind×s:${v.kind}×${name}`] = 1;
  return f;
}
