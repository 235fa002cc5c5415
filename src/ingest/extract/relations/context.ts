// What every relation pass shares, built once from the input: the mentions, countries,
// technologies, dates and cities of each sentence (indexed in one sweep over each list), the
// countries as state actors (`state`), the date and place a sentence speaks of (`dateContext`), the
// parties named in a stretch of a sentence (`partiesIn`, `betweenRange`, `clauses`, …) and the
// patterns of signing and cooperation that several passes look for.
import type { ActorDraft, ActorIndex, ActorMention } from '../actors.ts';
import type { DateMention } from '../dates.ts';
import { countryInfo, type CityMention, type CountryMention } from '../gazetteer.ts';
import type { RelationInput } from '../relations.ts';
import type { TechMention } from '../technologies.ts';
import { passageOf, perSentence, within, type Sentence, type Span } from '../text.ts';

export { within, type Span } from '../text.ts';

export const SIGN = /\b(?:signed|signs|sign|signing|inked|inks|concluded|exchanged)\b/i;
// Case matters for the acronyms ("MoU", not "mou"); the words may be capitalised ("a Memorandum of
// Understanding on Innovation Partnership", as releases write a document's title).
export const MOU =
  /\b(?:MoUs?|MOUs?|[Mm]emorand(?:um|a)(?: of [Uu]nderstanding)?|[Ll]etters? of [Ii]ntent|[Dd]eclarations? of [Ii]ntent|LoI)\b/;
export const AGREEMENT = /\b(?:agreements?|arrangements?|accords?|deals?|contracts?|pacts?)\b/i;
/** "The MoU was signed …", "The joint venture agreement was also signed …": a document read before, told again. */
export const RETOLD_SIGNING =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:MoU|MOU|memorandum|agreement|deal|accord|document|contract|letter of intent)\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?signed\b/i;
export const STRATEGIC = /\b(comprehensive strategic partnership|strategic partnership|comprehensive partnership)\b/i;
export const COOPERATION =
  /\b(?:cooperation|co-operation|cooperate|collaboration|collaborate|partnerships?|ties|work(?:ing)? together|join hands|team(?:ed)? up|(?:have |has )?agreed to)\b/i;
export const TWO_SIDES =
  /\b(?:the two (?:sides|countries|nations|parties|governments)|both (?:sides|countries|nations|parties|governments)|each other)\b/i;
export const VAGUE = /\b(?:potential|prospects?|opportunit(?:y|ies)|possibilit(?:y|ies)|could|might)\b/i;
export const PROPOSED =
  /\b(?:proposed|propose|proposes|suggested|suggest|hoped|hope|hopes|wish|wishes|called (?:on|for)|urged|can|could|would like)\b/i;
export const AGREED = /\b(?:agreed|agree|agrees|will|pledged|committed|vowed|decided)\b/i;
export const JOINT_RESEARCH = /\bjoint research\b/i;
export const PROJECT_WORD = /\bprojects?\b/i;

const GOV_TITLE =
  /Minister|Ambassador|President|Prime|Governor|Secretary|Consul|Envoy|Mayor|Chargé|Charge|Commissioner|Counsellor|Attach/;

/** The date (or only the month) and the city a sentence speaks of. */
export interface DateSetting {
  date: string | null;
  month: string | null;
  city: CityMention | null;
}

export class RelationContext {
  readonly input: RelationInput;
  readonly sentences: Sentence[];
  readonly body: string;
  readonly index: ActorIndex;
  /** The sentence the partnership passes are reading: where a country first acting as a side is quoted. */
  currentSentence: Sentence | null = null;
  /** Per sentence (by position): its first date with a day, or null. */
  readonly explicit: (DateMention | null)[];
  /** Per sentence: its first date of a single day, or null. */
  readonly pointDates: (DateMention | null)[];
  /** Per sentence: its first date with only a month, or null. */
  readonly monthOnly: (DateMention | null)[];
  /** The story's date: the first single day told as past or present, captions last. */
  readonly mainDate: string | null;
  readonly mainCity: CityMention | null;
  readonly mentionsIn: (s: Sentence) => readonly ActorMention[];
  readonly countriesIn: (s: Sentence) => readonly CountryMention[];
  readonly techsIn: (s: Sentence) => readonly TechMention[];
  readonly datesIn: (s: Sentence) => readonly DateMention[];
  /** The dates of a sentence that date what happened (happeningDates), worked out once. */
  readonly happeningIn: (s: Sentence) => readonly DateMention[];
  readonly citiesIn: (s: Sentence) => readonly CityMention[];
  /** The spans of organisation names lying within a sentence. */
  readonly orgSpansIn: (s: Sentence) => readonly Span[];

  constructor(input: RelationInput) {
    this.input = input;
    this.sentences = input.sentences;
    this.body = input.body;
    this.index = input.index;
    const { sentences } = input;
    this.mentionsIn = perSentence(sentences, input.mentions);
    this.countriesIn = perSentence(sentences, input.countries);
    this.techsIn = perSentence(sentences, input.techs);
    this.datesIn = perSentence(sentences, input.dates);
    const happening = sentences.map((s) => happeningDates(s, this.datesIn(s)));
    this.happeningIn = (s) => happening[s.index]!;
    this.orgSpansIn = perSentence(sentences, input.orgSpans);
    // Cities inside a name ("University of Danang") do not place an event.
    const names = [...input.orgSpans, ...input.mentions];
    this.citiesIn = perSentence(
      sentences,
      input.cities.filter((c) => !names.some((o) => c.start >= o.start && c.end <= o.end)),
    );

    // ── Date and place context ──────────────────────────────────────────────────────────────
    this.explicit = sentences.map((s) => this.happeningIn(s).find((d) => d.date) ?? null);
    // A span of days ("visiting from 19 to 22 October") dates its own sentence, not the sentences
    // after it: what happens during a visit happens on a day of its own.
    const pointDates = sentences.map(
      (s) => this.happeningIn(s).find((d) => d.date && !(d.endDate && d.endDate !== d.date)) ?? null,
    );
    this.pointDates = pointDates;
    this.monthOnly = sentences.map((s) => this.datesIn(s).find((d) => !d.date && d.month) ?? null);
    const readingOrder = [...sentences].sort(
      (a, b) => (a.blockKind === 'caption' ? 1 : 0) - (b.blockKind === 'caption' ? 1 : 0) || a.start - b.start,
    );
    const mainDateSentence = readingOrder.find(
      (s) => pointDates[s.index] && !/\b(?:will|next|upcoming|scheduled)\b/i.test(s.text),
    );
    this.mainDate = mainDateSentence ? pointDates[mainDateSentence.index]!.date : null;
    this.mainCity = mainDateSentence ? (this.citiesIn(mainDateSentence)[0] ?? null) : null;
  }

  /** The country as a state actor, added to the index the first time it acts as a side. */
  state(code: string): ActorDraft | null {
    const info = countryInfo(code);
    if (!info) return null;
    const existing = this.index.get(stateKey(info.shortName));
    if (existing) return existing;
    const currentSentence = this.currentSentence;
    const draft = this.index.upsert({
      name: info.shortName,
      kind: 'state',
      country: code,
      parentKey: null,
      // The sentence in which the country first acts as a side.
      passage: currentSentence ? passageOf(currentSentence) : { excerpt: '', start: 0, end: 0 },
      confidence: 0.8,
      firstStart: currentSentence?.start ?? 0,
      title: null,
      affiliationKey: null,
      affiliationPassage: null,
      implied: false,
    });
    return draft;
  }

  /**
   * The day of the sentence's dates nearest to a word ("received a delegation on January 23 …
   * on a visit from January 22 to 26": the visit began on the 22nd); null when the sentence has
   * no day of its own. With `singleDays`, a span of days is no answer: a meeting or a signing
   * happens on one day, not on the first day of a visit the sentence mentions. A day told of
   * another event whose word stands between this word and the day ("signed by X, who is on a
   * visit that began on Sunday": `others` holds the visit's offset) is that event's, not this one's.
   */
  dayNear(s: Sentence, offset: number, singleDays = false, others: readonly number[] = []): string | null {
    let best: DateMention | null = null;
    let bestGap = Infinity;
    for (const d of this.happeningIn(s)) {
      if (!d.date || (singleDays && d.endDate && d.endDate !== d.date)) continue;
      if (others.some((o) => offset < o && o < d.start)) continue;
      const gap = offset < d.start ? d.start - offset : offset >= d.end ? offset - d.end : 0;
      if (gap < bestGap) {
        best = d;
        bestGap = gap;
      }
    }
    return best?.date ?? null;
  }

  /**
   * The sentence's own date, else the last single day before it in the body or the lead (the lead's
   * "signed on Tuesday" dates the body's account of the signing), else the story's date.
   * With `singleDays`, a span of days in the sentence is not its own date (see dayNear).
   */
  dateContext(s: Sentence, singleDays = false): DateSetting {
    const { sentences, explicit, monthOnly, pointDates, mainDate } = this;
    const own = singleDays ? pointDates[s.index] : explicit[s.index];
    if (own) return { date: own.date, month: own.month, city: this.citiesIn(s)[0] ?? null };
    if (monthOnly[s.index]) return { date: null, month: monthOnly[s.index]!.month, city: this.citiesIn(s)[0] ?? null };
    if (s.blockKind === 'body') {
      for (let k = s.index - 1; k >= 0; k--) {
        const prev = sentences[k]!;
        if (prev.blockKind !== 'body' && prev.blockKind !== 'lead') break;
        if (pointDates[k])
          return {
            date: pointDates[k]!.date,
            month: pointDates[k]!.month,
            city: this.citiesIn(s)[0] ?? this.citiesIn(prev)[0] ?? null,
          };
      }
    }
    return { date: mainDate, month: mainDate?.slice(0, 7) ?? null, city: this.citiesIn(s)[0] ?? this.mainCity };
  }

  // ── Parties ─────────────────────────────────────────────────────────────────────────────
  isGovPerson(a: ActorDraft) {
    return (
      a.kind === 'person' &&
      ((a.title && GOV_TITLE.test(a.title)) ||
        (a.affiliationKey && this.index.get(a.affiliationKey)?.kind === 'government_body'))
    );
  }

  /** The slugs of the technologies named within a span of a sentence, in the order they are named. */
  techSlugsWithin(s: Sentence, span: Span): string[] {
    return this.techsIn(s)
      .filter((t) => within(t, span))
      .map((t) => t.slug);
  }

  /** Actors named in [from, to) of a sentence: organisations, people, and countries as states. */
  partiesIn(s: Sentence, range: Span, mode: 'org' | 'state'): ActorDraft[] {
    const { index, body, input } = this;
    const ms = this.mentionsIn(s).filter((m) => within(m, range));
    const actorsHere = ms.map((m) => index.get(m.key)!).filter(Boolean);
    const out: ActorDraft[] = [];
    const push = (a: ActorDraft | null | undefined) => {
      if (a && !out.includes(a)) out.push(a);
    };
    const orgs = actorsHere.filter((a) => a.kind !== 'person' && a.kind !== 'state');
    const parentsOrAffiliations = new Set<string>();
    for (const a of actorsHere) {
      if (a.parentKey) parentsOrAffiliations.add(a.parentKey);
      // A person's own organisation stands for the person in state mode, not beside them.
      if (a.affiliationKey && mode === 'state') parentsOrAffiliations.add(a.affiliationKey);
    }
    const orderedItems: { start: number; actor: ActorDraft | null }[] = [];
    for (const m of ms) {
      const a = index.get(m.key)!;
      if (a.kind !== 'person' && parentsOrAffiliations.has(a.key)) continue;
      if (a.implied) continue;
      if (a.kind === 'person') {
        if (mode === 'state' && this.isGovPerson(a) && a.country)
          orderedItems.push({ start: m.start, actor: this.state(a.country) });
        else if (mode === 'state' && a.affiliationKey)
          orderedItems.push({ start: m.start, actor: index.get(a.affiliationKey) ?? null });
        else if (mode === 'state' && a.country) orderedItems.push({ start: m.start, actor: this.state(a.country) });
        else if (mode === 'org' && orgs.length === 0)
          orderedItems.push({ start: m.start, actor: a.affiliationKey ? (index.get(a.affiliationKey) ?? a) : a });
      } else orderedItems.push({ start: m.start, actor: a });
    }
    const taken = [...ms, ...input.orgSpans];
    for (const c of this.countriesIn(s)) {
      if (!within(c, range)) continue;
      // A demonym is a side only as "the German side", "German and Vietnamese officials".
      if (
        c.form === 'demonym' &&
        !/^(?:\s+and\s+\p{Lu}[\p{L}-]+)?\s+(?:officials|government|governments|side|sides|leaders|authorities|ministers|delegations?|counterparts|partners)\b/u.test(
          body.slice(c.end, c.end + 60),
        )
      )
        continue;
      if (taken.some((t) => c.start >= t.start && c.end <= t.end)) continue;
      const before = body.slice(Math.max(s.start, c.start - 12), c.start);
      if (
        /\b(?:in|from|to|across|throughout|at)\s+(?:the\s+)?$/i.test(before) &&
        !/\bbetween\b/i.test(body.slice(range.start, c.start))
      )
        continue;
      if (mode === 'org' && orgs.length > 0) continue;
      orderedItems.push({ start: c.start, actor: this.state(c.code) });
    }
    orderedItems.sort((a, b) => a.start - b.start);
    for (const item of orderedItems) push(item.actor);
    return out;
  }

  /** The story's two countries as states (when it is bilateral). */
  pairStates(): ActorDraft[] {
    return this.input.pair.map((c) => this.state(c)).filter((a): a is ActorDraft => !!a);
  }

  /** Countries joined by a dash or slash ("Vietnam–US partnership", "Korea-Vietnam"). */
  dashedCountries(s: Sentence): string[] {
    const here = this.countriesIn(s);
    for (let i = 0; i + 1 < here.length; i++) {
      const a = here[i]!;
      const b = here[i + 1]!;
      if (/^\s*[–—\-/]\s*$/.test(this.body.slice(a.end, b.start)) && a.code !== b.code) return [a.code, b.code];
    }
    return [];
  }
}

/** "between A and B" in the sentence: its range, or null. */
export function betweenRange(s: Sentence, from = 0): Span | null {
  const re = /\bbetween\b/gi;
  re.lastIndex = from;
  const m = re.exec(s.text);
  if (!m) return null;
  const rest = s.text.slice(m.index + m[0].length);
  const stop =
    /(?:[;:.]|,\s+(?!and\b)|\s+(?:implemented|developed|introduced|presented|to|on|for|that|which|who|was|were|will|signed|has|have|had|is|are|in the (?:fields?|areas?))\b)/i.exec(
      rest,
    );
  const end = m.index + m[0].length + (stop ? stop.index : rest.length);
  return { start: s.start + m.index, end: s.start + end };
}

/** The clauses of a sentence: split at "; " and ", while/whereas". Offsets into the body. */
export function clauses(s: Sentence): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /;\s+|,\s+(?:while|whereas)\s+/g;
  let from = 0;
  for (const m of s.text.matchAll(re)) {
    out.push({ text: s.text.slice(from, m.index), start: s.start + from, end: s.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ text: s.text.slice(from), start: s.start + from, end: s.end });
  return out;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function stateKey(shortName: string): string {
  return shortName
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The items lying wholly within a span, in the items' order. */

/** An attribution that opens a sentence, up to a date ("According to the Ministry of Science and ICT on "). */
const OPENING_ATTRIBUTION =
  /^\s*(?:according to|as (?:reported|announced) by|in a statement(?: issued)?(?: by)?)\b[^,;.]{0,60}$/i;

/** Words that report a happening rather than make one ("said on Wednesday", "in a filing on Wednesday"). */
const REPORTING =
  /\b(?:said|says|told|announced|reported|stated|confirmed|added|according to|statement|filing|press release|news conference|press conference|interview)\b[^,;.]{0,40}$/i;

/**
 * The dates of a sentence that date what happened, not when it was reported: "In a filing on
 * Wednesday, Kelana said it had signed the agreement on Tuesday" happened on Tuesday. All of them
 * when every date is a reporting one; never the story's dateline ("HSINCHU, Dec. 4 /PRNewswire/ --
 * Lianfa announced today that it has signed …": the signing was another day).
 */
export function happeningDates(s: Sentence, dates: readonly DateMention[]): DateMention[] {
  const days = dates.filter((d) => !d.dateline);
  const happening = days.filter(
    (d) => !REPORTING.test(s.text.slice(Math.max(0, d.start - s.start - 60), d.start - s.start)),
  );
  // "According to the ministry on Wednesday, …": an attribution opening the sentence dates the report only.
  const attribution = days.filter((d) => OPENING_ATTRIBUTION.test(s.text.slice(0, d.start - s.start)));
  // In the dateline's own sentence, "announced today" dates the announcement only.
  return happening.length > 0
    ? happening
    : dates.some((d) => d.dateline)
      ? []
      : days.filter((d) => !attribution.includes(d));
}
