// Events, read sentence by sentence: meetings ("held a working session with", "met"), forums,
// dialogues, conferences, workshops, exhibitions, visits and signings, each with its date ("On
// <Month> <day>", weekdays, or the story's date context), its city and country, and its
// participants; a later reference ("the event brought together …") adds to the event it names.
// Events of one kind on one day are then merged, and events too thin to tell are dropped.
import type { ExtractedEvent } from '../../types.ts';
import type { EventKind } from '../../../../schema/tables.ts';
import { passageOf, type Sentence } from '../text.ts';
import { AGREEMENT, capitalise, MOU, RETOLD_SIGNING, type RelationContext } from './context.ts';
import { addDays, type DateMention } from '../dates.ts';
import { countryOfWord } from '../gazetteer.ts';
import type { PartnershipLedger } from './ledger.ts';

type EventDraft = ExtractedEvent & { sentence: number; order: number };
type Participant = { actorKey: string; role: string };

const EVENT_NOUNS: [EventKind, RegExp][] = [
  ['signing', /\b(?:signing ceremony|signing of|signed|inked)\b/i],
  [
    'meeting',
    /\b(?:held (?:a |an )?(?:working session|working meeting|meeting|talks|bilateral meeting|discussions?)|working session|met(?:\s+with)?|meets|meeting with|received|receives|hosted (?:a |an )?(?:meeting|reception|delegation)|had (?:a |an )?(?:meeting|working session|talks)|held talks|talks with|talks between|(?:after|following|during) talks|courtesy call)\b/i,
  ],
  // "a meeting of the Joint Committee", "held the 6th Joint Committee on Science and Technology Cooperation".
  [
    'meeting',
    /\b(?:meetings? of the|(?:after|during|following) (?:a|an|the) (?:[\w-]+ ){0,3}meeting\b|held (?:the|its) (?:[\w-]+ ){0,3}(?:[Jj]oint|[Ii]ntergovernmental|[Mm]ixed) (?:[Cc]ommittee|[Cc]ommission))\b/u,
  ],
  // A roundtable, a symposium or a partnering day is a forum (EventKind FORUM: "a forum, dialogue or
  // roundtable with many participants"); a dialogue between two governments keeps its own kind.
  // A seminar with a name of its own ("the Chile–Norway Aquaculture Innovation Seminar") is a forum too;
  // "a seminar on …" is a workshop.
  [
    'forum',
    /\b(?:[Ff]orums?|[Rr]oundtables?|[Rr]ound-[Tt]ables?|[Rr]ound [Tt]ables?|[Ss]ymposium|[Ss]ymposia|[Pp]artnering [Dd]ays?|[Ii]nnovation (?:[Dd]ays?|[Ww]eeks?)|(?<=\p{Lu}[\p{L}-]* )Seminar)\b/u,
  ],
  // Ceremonies other than signings (openings, launches, inaugurations) are gatherings: meetings.
  [
    'meeting',
    /\b(?:(?:opening|launch|launching|inauguration|inaugural|groundbreaking|award|handover) ceremony|was inaugurated|were inaugurated|inaugurated)\b/i,
  ],
  ['dialogue', /\bdialogue\b/i],
  ['conference', /\b(?:conference|summit|congress)\b/i],
  [
    'workshop',
    /\b(?:[Ww]orkshop|seminar|(?<!\p{Lu}[\p{L}-]* )Seminar|[Hh]ackathon|[Tt]raining [Cc]ourse|[Ii]nfo(?:rmation)? [Dd]ay|[Ww]ebinar|[Mm]asterclass|[Tt]raining [Ss]ession)\b/u,
  ],
  ['exhibition', /\b(?:exhibition|expo|exposition|trade fair|trade show)\b/i],
  // "visited Hanoi", "is visiting New Zealand": the place is capitalised. (The case-insensitive
  // flag would let \p{Lu} match any letter, so the verb's own capital is spelled out.)
  [
    'visit',
    /\b(?:(?:[Ww]orking|[Oo]fficial|[Ss]tate|[Ss]tudy) (?:visit|trip|tour)|[Vv]isit(?:ed|ing|s)? (?:to )?(?:the )?(?=\p{Lu})|paid a visit|on a visit|[Vv]isit to)/u,
  ],
  // "a three-day visit by …", "travelled to Vietnam from 10 to 15 November", "led a delegation … to Vietnam",
  // "spent three days in Indonesia from Sunday to Tuesday", "who is leading a trade mission of 30
  // companies to Vietnam", "The mission is led by …".
  // "the delegation also visited a dairy farm", "toured the Science for Life Laboratory": site visits.
  [
    'visit',
    /\b(?:(?:delegation|minister|secretary|mission|team|visitors|he|she|they)\s+(?:also\s+|then\s+|later\s+)?(?:visited|toured)\b|[Tt]oured\s+(?:the\s+)?(?=\p{Lu})|[Tt]our of (?:the\s+)?(?=\p{Lu}))/u,
  ],
  [
    'visit',
    /\b(?:(?:\w+-day|week-long|two-week|multi-day) (?:visit|trip|tour|mission)|travell?ed to (?=\p{Lu})|(?:led|leads|leading) (?:a|an|the) (?:[\w-]+ ){0,3}(?:delegation|mission)\b|(?:trade|business|investment|ministerial|science|scientific|research) (?:mission|delegation) (?:to|in)\b|[Tt]he (?:mission|delegation) (?:is|was) led by\b|spen[dt]s? (?:[\w-]+ ){0,2}(?:days|a week|weeks) in (?=\p{Lu}))/u,
  ],
];
const HAPPENING =
  /\b(?:held|hold|holds|met|meet|meets|attended|attend|attends|participated|participate|joined|took place|take place|takes place|was held|were held|will be held|organised|organized|hosted|co-hosted|co-chaired|chaired|opened|kicked off|convened|visited|(?:is|are|was|were) visiting|exchanged|paid|brought together|gathered|signed|signing|received|on the sidelines|at the|during the|in the|(?:is|are|was|were) on (?:a|an|his|her|their))\b/i;
const ANAPHORA =
  /\b(?:the|this|that|the same)\s+(?:event|meeting|working session|session|forum|dialogue|conference|workshop|seminar|ceremony|exhibition|visit|talks|gathering|occasion)\b/i;

/** Kinds of event that happen on one day. */
const ONE_DAY: ReadonlySet<EventKind> = new Set(['meeting', 'signing']);

/** The story's events: read, merged, and the thin ones dropped. */
export function findEvents(ctx: RelationContext, ledger: PartnershipLedger): ExtractedEvent[] {
  const kept = keptEvents(mergeTwins(ctx, readEvents(ctx, ledger)));
  return kept.map(({ sentence: _s, order: _o, ...e }) => e);
}

/** The events each sentence tells, in reading order. */
function readEvents(ctx: RelationContext, ledger: PartnershipLedger): EventDraft[] {
  const { sentences, index, body } = ctx;
  const events: EventDraft[] = [];
  let order = 0;
  sentences.forEach((s, si) => {
    const text = s.text;
    const setting = ctx.dateContext(s);
    const cityHere = ctx.citiesIn(s)[0] ?? null;
    const participants = eventParticipants(ctx, s);
    if (participants.length === 0) participants.push(...twoPeopleReferredTo(ctx, s));
    // "On the second day of the dialogue": a day counted from a gathering told before.
    const nth = NTH_DAY_OF.exec(text);
    const found: EventKind[] = [];
    // Where each kind of event is named in the sentence: a day belongs to the nearest of them.
    const triggers = EVENT_NOUNS.flatMap(([kind, re]) => {
      const m = re.exec(text);
      return m ? [{ kind, m, at: s.start + m.index }] : [];
    });
    for (const { kind, m } of triggers) {
      if (kind === 'signing' && !(MOU.test(text) || AGREEMENT.test(text))) continue;
      if (kind === 'meeting' && ledger.signingSentences.has(si) && !/\bmet\b|working session|talks/i.test(text))
        continue;
      // A noun preceded by "the" that names an event already seen is a later reference.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const anaphoric = /\b(?:the|this|that)\s+(?:same\s+)?$/i.test(before) && events.some((e) => e.kind === kind);
      if (anaphoric && !/\bsigning ceremony\b/i.test(m[0])) {
        const target = [...events].reverse().find((e) => e.kind === kind)!;
        mergeParticipants(target, participants);
        found.push(kind);
        continue;
      }
      if (!HAPPENING.test(text) && !ctx.explicit[si] && !(s.blockKind === 'caption')) continue;
      found.push(kind);
      // "in 2023" without a day: an earlier happening, not the story's date; a background signing is no event.
      const yearOnly = !ctx.explicit[si] && /\b(?:in|since|from)\s+(?:19|20)\d{2}\b/.test(text);
      if (yearOnly && kind === 'signing') continue;
      const title = eventTitle(
        kind,
        text,
        m,
        participants.map((p) => index.get(p.actorKey)!.name),
      );
      // The sentence's days may all be another event's: then this one's day is not known here.
      // An event this one happens at ("signed at a forum on Tuesday") shares its day.
      const inside = (at: number) =>
        /\b(?:at|during|on the sidelines of|as part of|in the course of)\b[^,.;]*$/i.test(
          body.slice(Math.max(s.start, at - 40), at),
        );
      const others = triggers
        .filter((t) => t.kind !== kind && !(t.at > s.start + m.index && inside(t.at)))
        .map((t) => t.at);
      // A site visit told by its verb ("toured the institute on Tuesday") is one day, like a meeting.
      const oneDay = ONE_DAY.has(kind) || (kind === 'visit' && SITE_VISIT.test(m[0]));
      const own = ctx.dayNear(s, s.start + m.index, oneDay, others) ?? (ONE_DAY.has(kind) ? metOverDays(ctx, s) : null);
      const othersDay =
        own === null && others.length > 0 && ctx.dayNear(s, s.start + m.index, ONE_DAY.has(kind)) !== null;
      const event: EventDraft = {
        title,
        kind,
        occurredOn: yearOnly || othersDay ? null : (own ?? ctx.dateContext(s, ONE_DAY.has(kind)).date),
        city: cityHere?.city ?? (yearOnly ? null : setting.city?.city) ?? null,
        country: cityHere?.code ?? setting.city?.code ?? locationCountry(ctx, s) ?? null,
        participants: [...participants],
        partnershipIndexes: kind === 'signing' ? signedHere(ledger, si, text) : [],
        passage: passageOf(s),
        confidence: ctx.explicit[si] ? 0.8 : 0.6,
        sentence: si,
        order: order++,
      };
      // A visit or gathering of some days told by its first or last day ("a three-day visit … which
      // ends on Thursday", "a three-day inception workshop that ends today").
      // A gathering's length is its own when written before its noun (not "a three-day visit … a forum").
      const ownLength =
        kind === 'visit' ||
        /\b(?:\w+-day|week-long|multi-day)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
      if (!ONE_DAY.has(kind) && !yearOnly && ownLength) event.occurredOn = firstDay(ctx, s, m[0]) ?? event.occurredOn;
      // "The signing took place at the opening of the … Forum": the gathering's day is the signing's.
      if (kind !== 'signing' && kind !== 'visit' && !ctx.explicit[si] && HELD_AT_SIGNING.test(text)) {
        const signing = [...events].reverse().find((e) => e.kind === 'signing' && e.occurredOn);
        if (signing) event.occurredOn = signing.occurredOn;
      }
      // "On the second day of the dialogue": the day after the gathering began.
      if (nth && !ctx.explicit[si]?.date) {
        const noun = nth[2]!.toLowerCase();
        const gathering = [...events]
          .reverse()
          .find(
            (e) =>
              e.occurredOn &&
              e.kind !== 'signing' &&
              (noun.startsWith(e.kind) ||
                (e.kind === 'visit' && /trip|mission|tour/.test(noun)) ||
                /event|meeting|talks|session/.test(noun)),
          );
        if (gathering) event.occurredOn = addDays(gathering.occurredOn!, ORDINAL_DAYS[nth[1]!.toLowerCase()]!);
      }
      // "The two universities signed an MoU": the sides of the last partnership read before sign it.
      if (
        kind === 'signing' &&
        event.partnershipIndexes.length === 0 &&
        event.participants.length === 0 &&
        TWO_BODIES.test(text)
      ) {
        const last = [...ledger.partnerships].reverse().find((p) => p.sentence < si && p.parties.length >= 2);
        for (const party of last?.parties ?? []) {
          if (index.get(party.actorKey)?.kind !== 'state')
            mergeParticipants(event, [{ actorKey: party.actorKey, role: 'signatory' }]);
        }
      }
      // Signing parties take part in the signing.
      if (kind === 'signing') {
        for (const pi of event.partnershipIndexes) {
          for (const party of ledger.partnerships[pi]!.parties) {
            if (index.get(party.actorKey)?.kind !== 'state')
              mergeParticipants(event, [{ actorKey: party.actorKey, role: 'signatory' }]);
          }
        }
      }
      events.push(event);
    }
    // "The delegation arrived on Sunday": the day the latest visit began, when it had none of its own.
    const arrival = ctx.explicit[si];
    if (!found.includes('visit') && arrival?.date && ARRIVED.test(text)) {
      const visit = [...events].reverse().find((e) => e.kind === 'visit');
      if (visit && !ctx.explicit[visit.sentence]) visit.occurredOn = arrival.date;
      else if (!visit && DELEGATION.test(text)) {
        // "The Japanese delegation, which arrived on Monday": a visit, by that country's people in the story.
        const code = countryOfWord(DELEGATION.exec(text)![1] ?? '');
        const people = code
          ? index
              .all()
              .filter((a) => a.kind === 'person' && a.country === code)
              .map((a) => ({ actorKey: a.key, role: 'participant' }))
          : [];
        events.push({
          title: `Visit${people.length ? ` by ${people.map((p) => index.get(p.actorKey)!.name).join(' and ')}` : ''}`,
          kind: 'visit',
          occurredOn: arrival.date,
          city: null,
          country: null,
          participants: people.length ? people : eventParticipants(ctx, s),
          partnershipIndexes: [],
          passage: passageOf(s),
          confidence: 0.6,
          sentence: si,
          order: order++,
        });
      }
    }
    // "The event brought together A, B …": participants of the latest event.
    if (found.length === 0 && ANAPHORA.test(text) && events.length > 0) {
      const m = ANAPHORA.exec(text)!;
      const noun = m[0].toLowerCase();
      const target =
        [...events]
          .reverse()
          .find((e) => noun.includes(e.kind) || (e.kind === 'meeting' && /session|talks/.test(noun))) ??
        events[events.length - 1]!;
      mergeParticipants(target, participants);
      if (/\bas part of\b|\bon the sidelines\b|\bduring\b|\bat the\b/i.test(text)) {
        // A signing inside the event takes its date and place.
        for (const e of events)
          if (e.sentence === si && e !== target)
            Object.assign(e, {
              occurredOn: e.occurredOn ?? target.occurredOn,
              city: e.city ?? target.city,
              country: e.country ?? target.country,
            });
      }
    }
    if (ledger.signingSentences.has(si) && ANAPHORA.test(text) && events.length > 0) {
      const inner = events.filter((e) => e.sentence === si && e.kind === 'signing');
      // The event the sentence names ("Following the meeting, … signed": the meeting, not the visit around it), else the latest.
      const noun = ANAPHORA.exec(text)![0].toLowerCase();
      const earlier = [...events].reverse().filter((e) => e.sentence !== si && e.kind !== 'signing');
      // "On the same occasion": the gathering told last, not the visit around it.
      const outer =
        earlier.find((e) => noun.includes(e.kind) || (e.kind === 'meeting' && /session|talks/.test(noun))) ??
        (SAME_OCCASION.test(text) ? earlier.find((e) => e.kind !== 'visit') : undefined) ??
        earlier[0];
      // Its day, unless the sentence gives the signing one of its own ("the talks … on Tuesday, at which … signed").
      const ownDay = ctx.explicit[si]?.date ?? (nth ? 'counted from the gathering' : null);
      if (outer)
        for (const e of inner)
          Object.assign(e, {
            occurredOn: ownDay ? e.occurredOn : (outer.occurredOn ?? e.occurredOn),
            city: outer.city ?? e.city,
            country: outer.country ?? e.country,
          });
    }
  });
  return events;
}

/**
 * The documents a signing sentence signs: the agreements read in it, else, when it retells one
 * ("The MoU was signed in Santiago on Tuesday"), the latest agreement read before it.
 */
function signedHere(ledger: PartnershipLedger, si: number, text: string): number[] {
  const isDocument = (kind: string) => kind === 'mou' || kind === 'agreement';
  const own = ledger.partnerships
    .map((p, i) => (p.sentence === si && isDocument(p.kind) ? i : -1))
    .filter((i) => i >= 0);
  if (own.length > 0 || !RETOLD_SIGNING.test(text)) return own;
  for (let i = ledger.partnerships.length - 1; i >= 0; i--) {
    const p = ledger.partnerships[i]!;
    if (p.sentence < si && isDocument(p.kind)) return [i];
  }
  return [];
}

/**
 * "The Joint Committee, which met on 1 and 2 July": a meeting told over a span of days began on
 * its first (the keys' `date`, with `date_end`); a span after "during a visit from …" is the visit's.
 */
function metOverDays(ctx: RelationContext, s: Sentence): string | null {
  const span = ctx
    .happeningIn(s)
    .find(
      (d) =>
        d.date &&
        d.endDate &&
        d.endDate !== d.date &&
        MET_ON.test(s.text.slice(Math.max(0, d.start - s.start - 40), d.start - s.start)),
    );
  return span?.date ?? null;
}
const MET_ON =
  /\b(?:met|meets|was held|were held|held|took place|convened|sat)\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?(?:on|from|between)\s*$/u;

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * The first day of a visit or gathering a sentence tells by its span: a day after "began", "started" or
 * "arrived", else the first of a span of days ("from 9 to 11 November"), else the last day ("ends
 * on Thursday", "through Friday", "wraps up today") less the visit's length ("a three-day visit").
 * Null when the sentence says none of these.
 */
function firstDay(ctx: RelationContext, s: Sentence, trigger: string): string | null {
  const dates = ctx.happeningIn(s);
  const before = (d: DateMention) => s.text.slice(Math.max(0, d.start - s.start - 30), d.start - s.start);
  const began = dates.find(
    (d) => d.date && /\b(?:began|begun|started|starting|arrived|arriving)\b[^,;.]*$/i.test(before(d)),
  );
  if (began) return began.date;
  // "signed on Tuesday during a visit … from 9 to 11 November": the span is the stay's; a site
  // visit told by its verb ("in Morocco from 14 to 17 September, visited the campus on Wednesday") keeps its day.
  const span = dates.find((d) => d.date && d.endDate && d.endDate !== d.date);
  if (span && !SITE_VISIT.test(trigger)) return span.date;
  const length =
    /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b|\bfor (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days\b/i.exec(
      s.text,
    );
  if (!length) return null;
  const count = (length[1] ?? length[2])!;
  const days = NUMBER_WORDS[count.toLowerCase()] ?? Number(count);
  const end = dates.find(
    (d) =>
      (d.date === null && d.endDate) ||
      /\b(?:ends?|ending|wraps? up|concludes?|until|through)\s+(?:on\s+)?$/i.test(before(d)),
  );
  const last = end ? (end.endDate ?? end.date) : null;
  return last && days >= 2 && days <= 30 ? addDays(last, -(days - 1)) : null;
}

/** Who takes part, as a sentence names them: no states, and no organisation whose person or unit is named there too. */
function eventParticipants(ctx: RelationContext, s: Sentence): Participant[] {
  const { index } = ctx;
  const ms = ctx.mentionsIn(s);
  const here = ms.map((m) => index.get(m.key)!).filter(Boolean);
  const skip = new Set<string>();
  for (const a of here) {
    if (a.affiliationKey) skip.add(a.affiliationKey);
    if (a.parentKey) skip.add(a.parentKey);
  }
  const out: Participant[] = [];
  for (const a of here) {
    if (skip.has(a.key) || a.implied || a.kind === 'state') continue;
    if (!out.some((p) => p.actorKey === a.key)) out.push({ actorKey: a.key, role: 'participant' });
  }
  // "The Indian minister is visiting Japan": the one person of that country with that title.
  for (const m of s.text.matchAll(TITLED_REFERENCE)) {
    const code = countryOfWord(m[1]!);
    if (!code) continue;
    const noun = m[2]!.toLowerCase();
    const people = index
      .all()
      .filter((a) => a.kind === 'person' && a.country === code && (a.title ?? '').toLowerCase().includes(noun));
    if (people.length === 1 && !out.some((p) => p.actorKey === people[0]!.key))
      out.push({ actorKey: people[0]!.key, role: 'participant' });
  }
  return out;
}

function mergeParticipants(e: ExtractedEvent, ps: Participant[]): void {
  for (const p of ps) if (!e.participants.some((q) => q.actorKey === p.actorKey)) e.participants.push(p);
}

/** The country a sentence places itself in ("in Vietnam"). */
function locationCountry(ctx: RelationContext, s: Sentence): string | null {
  const { body, input } = ctx;
  for (const c of ctx.countriesIn(s)) {
    const before = body.slice(Math.max(s.start, c.start - 8), c.start);
    const taken = input.orgSpans.some((t) => c.start >= t.start && c.end <= t.end);
    if (!taken && /\bin\s+(?:the\s+)?$/i.test(before)) {
      // Not the location of an organisation named just before ("the AIBC in Australia").
      const prior = body.slice(Math.max(s.start, c.start - 30), c.start);
      if (/\)\s+in\s+(?:the\s+)?$|\p{Lu}\w+\s+in\s+(?:the\s+)?$/u.test(prior)) continue;
      return c.code;
    }
  }
  return null;
}

/** "the Indian minister", "the Korean ambassador": a person referred to by country and title. */
const TITLED_REFERENCE =
  /\b[Tt]he\s+(\p{Lu}\p{L}+)\s+(minister|ambassador|president|envoy|secretary|governor|mayor|consul)\b/gu;
const SITE_VISIT = /\b(?:visited|toured)\b/i;
const SAME_OCCASION = /\b(?:on|at|during) the same (?:occasion|event|ceremony|gathering)\b/i;
/** "The two ministers held talks": two people referred to, not named. */
const TWO_PEOPLE =
  /\b(?:the two|both) (prime ministers|ministers|presidents|leaders|heads of state|heads of government|mayors|governors)\b/i;

/**
 * The two people "the two ministers" (or leaders, presidents …) refers back to: the last two named
 * before the sentence whose titles fit, from two countries when the story says.
 */
function twoPeopleReferredTo(ctx: RelationContext, s: Sentence): Participant[] {
  const m = TWO_PEOPLE.exec(s.text);
  if (!m) return [];
  const noun = m[1]!.toLowerCase();
  const titled =
    noun === 'leaders' || noun.startsWith('heads')
      ? /Minister|President|Chancellor|King|Emir|Sultan|Premier/i
      : new RegExp(noun.replace(/s$/, ''), 'i');
  const before = ctx.index
    .all()
    .filter((a) => a.kind === 'person' && a.firstStart < s.start && !!a.title && titled.test(a.title))
    .sort((a, b) => a.firstStart - b.firstStart);
  const last = before[before.length - 1];
  if (!last) return [];
  const other = [...before]
    .reverse()
    .find((a) => a !== last && (!a.country || !last.country || a.country !== last.country));
  return other ? [other, last].map((a) => ({ actorKey: a.key, role: 'participant' })) : [];
}

/** Two bodies referred to, not named. */
const TWO_BODIES =
  /\b(?:the two|both) (?:sides|universities|companies|firms|institutes|institutions|agencies|ministries|organi[sz]ations|partners|centres|centers|schools|academies)\b/i;
/** "On the second day of the forum", "on day three of the visit": a day counted from a gathering's first. */
const NTH_DAY_OF =
  /\bon (?:the )?(second|third|fourth|fifth) day of (?:the|this|that|its|their) (?:[\w-]+ ){0,3}?(dialogue|forum|visit|trip|mission|tour|conference|summit|workshop|seminar|symposium|exhibition|expo|fair|event|meeting|talks|session)\b/i;
const ORDINAL_DAYS: Record<string, number> = { second: 1, third: 2, fourth: 3, fifth: 4 };
const HELD_AT_SIGNING =
  /\bthe (?:signing|ceremony|agreement|memorandum|MoU|deal)s?\b[^.;]*\b(?:took place|was held|were held|was signed|were signed)\s+(?:at|during|on the sidelines of)\b/i;
/** "The Japanese delegation", "a Kenyan delegation": visitors named by their country. */
const DELEGATION =
  /\b(?:[Tt]he|[Aa]n?)\s+(\p{Lu}\p{L}+)\s+(?:(?:government|business|trade|ministerial|official|high-level|science|research)\s+)*(?:delegation|mission|team)\b/u;
const ARRIVED =
  /\b(?:delegation|minister|mission|team|visitors?|he|she|they)\b[^.;]{0,40}\b(?:arrived|arrives|landed)\b/i;
const SIGNED_AT =
  /\bsigned\b[^.;]*\b(?:at|during|on the sidelines of)\s+(?:the\s+)?(?:opening|start|close|end|first day|margins?)?/i;

// Merge events of the same kind on the same day (a caption and the body telling one signing).
function mergeTwins(ctx: RelationContext, events: EventDraft[]): EventDraft[] {
  const { sentences } = ctx;
  const merged: EventDraft[] = [];
  const signedAt = new Map<number, EventDraft>();
  for (const e of events.sort((a, b) => a.order - b.order)) {
    // The lead's dated summary ("after talks on Monday") and the body's account of who took part
    // (without a day of its own) are one event too.
    const summaryAndAccount = (m: EventDraft) =>
      (m.occurredOn === null) !== (e.occurredOn === null) &&
      (m.participants.length === 0 || e.participants.length === 0);
    // "The agreement was signed by …" without a day of its own tells the signing already read.
    const retold =
      e.kind === 'signing' &&
      (e.occurredOn === null || !ctx.explicit[e.sentence]) &&
      RETOLD_SIGNING.test(sentences[e.sentence]!.text);
    const twin =
      (retold ? [...merged].reverse().find((m) => m.kind === 'signing') : undefined) ??
      merged.find(
        (m) =>
          m.kind === e.kind &&
          (m.occurredOn === e.occurredOn || summaryAndAccount(m)) &&
          // Two signings of different documents on one day are two events.
          !(
            m.partnershipIndexes.length > 0 &&
            e.partnershipIndexes.length > 0 &&
            !m.partnershipIndexes.some((i) => e.partnershipIndexes.includes(i))
          ) &&
          (m.occurredOn !== null || m.participants.some((p) => e.participants.some((q) => q.actorKey === p.actorKey))),
      );
    if (twin) {
      mergeParticipants(twin, e.participants);
      if (retold && twin.occurredOn && SIGNED_AT.test(sentences[e.sentence]!.text)) signedAt.set(e.sentence, twin);
      twin.occurredOn ??= e.occurredOn;
      twin.partnershipIndexes = [...new Set([...twin.partnershipIndexes, ...e.partnershipIndexes])];
      twin.city ??= e.city;
      twin.country ??= e.country;
      if (e.confidence > twin.confidence) twin.confidence = e.confidence;
      if (twin.title.length < e.title.length && e.kind !== 'meeting' && inBody(sentences, e) > inBody(sentences, twin))
        twin.title = e.title;
      continue;
    }
    merged.push(e);
  }
  // The gathering a retold signing was signed at ("at the opening of a two-day dialogue"), told in
  // the same sentence without a day of its own, began on the signing's day.
  for (const [si, signing] of signedAt) {
    for (const g of merged)
      if (g.sentence === si && g.kind !== 'signing' && g.kind !== 'visit') g.occurredOn = signing.occurredOn;
  }
  return merged;
}

/** 1 for an event read in the body, 0 for one read in a caption. */
function inBody(sentences: Sentence[], e: EventDraft): number {
  return sentences[e.sentence]!.blockKind === 'caption' ? 0 : 1;
}

// Events with nobody named and no date are too thin to keep.
// A gathering with nobody named, on the day and in the city of an event that has participants, is
// that event told loosely ("officials met in Nairobi" beside "the forum took place in Nairobi on Tuesday").
function keptEvents(merged: EventDraft[]): EventDraft[] {
  return merged.filter(
    (e) =>
      (e.participants.length > 0 || e.occurredOn !== null) &&
      !(
        e.participants.length === 0 &&
        e.occurredOn !== null &&
        merged.some(
          (o) =>
            o !== e && o.participants.length > 0 && o.occurredOn === e.occurredOn && (!e.city || o.city === e.city),
        )
      ),
  );
}

function eventTitle(kind: EventKind, text: string, m: RegExpExecArray, names: string[]): string {
  const after = text.slice(m.index);
  const named =
    /((?:\p{Lu}[\p{L}\d'’–-]*\s+){1,8}(?:Forum|Summit|Conference|Dialogue|Roundtable|Round Table|Workshop|Seminar|Exhibition|Expo|Symposium|Congress|Partnering Day|Innovation Day|Innovation Week)(?:\s+\d{4})?)/u.exec(
      text,
    );
  if (named && kind !== 'meeting' && kind !== 'signing' && kind !== 'visit')
    return named[1]!.replace(/^(?:The|On|At|In)\s+/, '');
  if (
    kind === 'forum' ||
    kind === 'dialogue' ||
    kind === 'conference' ||
    kind === 'workshop' ||
    kind === 'exhibition'
  ) {
    const on = /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:on|about|for)\s+[^,.;]+/u.exec(after);
    if (on) return capitalise(on[0]);
  }
  const who = names.length ? ` between ${names.join(' and ')}` : '';
  if (kind === 'signing') {
    const doc = /MoU|MOU|memorandum/i.test(text)
      ? 'MoU'
      : /letters? of intent|\bLoI\b/i.test(text)
        ? 'letter of intent'
        : 'agreement';
    return `Signing of the ${doc}${who}`;
  }
  if (kind === 'meeting') return `${/working session/i.test(text) ? 'Working session' : 'Meeting'}${who}`;
  if (kind === 'visit') return `Visit${names.length ? ` by ${names.join(' and ')}` : ''}`;
  return capitalise(m[0]) + who;
}
