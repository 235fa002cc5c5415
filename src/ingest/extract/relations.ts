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
import type { ExtractedEvent, ExtractedPartnership } from '../types.ts';
import type { EventKind, PartnershipKind, PartnershipStatus } from '../../../schema/tables.ts';
import { ActorIndex, type ActorDraft, type ActorMention } from './actors.ts';
import type { DateMention } from './dates.ts';
import { countryInfo, type CityMention, type CountryMention } from './gazetteer.ts';
import type { TechMention } from './technologies.ts';
import { passageOf, type Sentence } from './text.ts';

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

const GOV_TITLE = /Minister|Ambassador|President|Prime|Governor|Secretary|Consul|Envoy|Mayor|Chargé|Charge|Commissioner|Counsellor|Attach/;

interface Span {
  start: number;
  end: number;
}

function within(s: Span, r: Span): boolean {
  return s.start >= r.start && s.end <= r.end;
}

export function extractRelations(input: RelationInput): { partnerships: ExtractedPartnership[]; events: ExtractedEvent[] } {
  const { sentences, body, index } = input;
  const bySentence = <T extends Span>(items: T[]) => (s: Sentence) => items.filter((x) => x.start >= s.start && x.end <= s.end);
  const mentionsIn = bySentence(input.mentions);
  const countriesIn = bySentence(input.countries);
  const techsIn = bySentence(input.techs);
  const datesIn = bySentence(input.dates);
  // Cities inside a name ("University of Danang") do not place an event.
  const citiesIn = (s: Sentence) =>
    bySentence(input.cities)(s).filter((c) => ![...input.orgSpans, ...input.mentions].some((o) => c.start >= o.start && c.end <= o.end));

  let currentSentence: Sentence | null = null;
  const state = (code: string): ActorDraft | null => {
    const info = countryInfo(code);
    if (!info) return null;
    const existing = index.get(stateKey(info.shortName));
    if (existing) return existing;
    const draft = index.upsert({
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
  };

  // ── Date and place context ──────────────────────────────────────────────────────────────
  const explicit = sentences.map((s) => datesIn(s).find((d) => d.date) ?? null);
  // A span of days ("visiting from 19 to 22 October") dates its own sentence, not the sentences
  // after it: what happens during a visit happens on a day of its own.
  const pointDates = sentences.map((s) => datesIn(s).find((d) => d.date && !(d.endDate && d.endDate !== d.date)) ?? null);
  const monthOnly = sentences.map((s) => datesIn(s).find((d) => !d.date && d.month) ?? null);
  const readingOrder = [...sentences].sort((a, b) => (a.blockKind === 'caption' ? 1 : 0) - (b.blockKind === 'caption' ? 1 : 0) || a.start - b.start);
  const mainDateSentence = readingOrder.find((s) => pointDates[s.index] && !/\b(?:will|next|upcoming|scheduled)\b/i.test(s.text));
  const mainDate = mainDateSentence ? pointDates[mainDateSentence.index]!.date : null;
  const mainCity = mainDateSentence ? (citiesIn(mainDateSentence)[0] ?? null) : null;
  const dateContext = (s: Sentence): { date: string | null; month: string | null; city: CityMention | null } => {
    const own = explicit[s.index];
    if (own) return { date: own.date, month: own.month, city: citiesIn(s)[0] ?? null };
    if (monthOnly[s.index]) return { date: null, month: monthOnly[s.index]!.month, city: citiesIn(s)[0] ?? null };
    if (s.blockKind === 'body') {
      for (let k = s.index - 1; k >= 0; k--) {
        const prev = sentences[k]!;
        if (prev.blockKind !== 'body') break;
        if (pointDates[k]) return { date: pointDates[k]!.date, month: pointDates[k]!.month, city: citiesIn(s)[0] ?? citiesIn(prev)[0] ?? null };
      }
    }
    return { date: mainDate, month: mainDate?.slice(0, 7) ?? null, city: citiesIn(s)[0] ?? mainCity };
  };

  // ── Parties ─────────────────────────────────────────────────────────────────────────────
  const isGovPerson = (a: ActorDraft) =>
    a.kind === 'person' && ((a.title && GOV_TITLE.test(a.title)) || (a.affiliationKey && index.get(a.affiliationKey)?.kind === 'government_body'));
  /** Actors named in [from, to) of a sentence: organisations, people, and countries as states. */
  const partiesIn = (s: Sentence, range: Span, mode: 'org' | 'state'): ActorDraft[] => {
    const ms = mentionsIn(s).filter((m) => within(m, range));
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
        if (mode === 'state' && isGovPerson(a) && a.country) orderedItems.push({ start: m.start, actor: state(a.country) });
        else if (mode === 'state' && a.affiliationKey) orderedItems.push({ start: m.start, actor: index.get(a.affiliationKey) ?? null });
        else if (mode === 'state' && a.country) orderedItems.push({ start: m.start, actor: state(a.country) });
        else if (mode === 'org' && orgs.length === 0) orderedItems.push({ start: m.start, actor: a.affiliationKey ? index.get(a.affiliationKey) ?? a : a });
      } else orderedItems.push({ start: m.start, actor: a });
    }
    const taken = [...ms, ...input.orgSpans];
    for (const c of countriesIn(s)) {
      if (!within(c, range)) continue;
      // A demonym is a side only as "the German side", "German and Vietnamese officials".
      if (c.form === 'demonym' && !/^(?:\s+and\s+\p{Lu}[\p{L}-]+)?\s+(?:officials|government|governments|side|sides|leaders|authorities|ministers|delegations?|counterparts|partners)\b/u.test(body.slice(c.end, c.end + 60))) continue;
      if (taken.some((t) => c.start >= t.start && c.end <= t.end)) continue;
      const before = body.slice(Math.max(s.start, c.start - 12), c.start);
      if (/\b(?:in|from|to|across|throughout|at)\s+(?:the\s+)?$/i.test(before) && !/\bbetween\b/i.test(body.slice(range.start, c.start))) continue;
      if (mode === 'org' && orgs.length > 0) continue;
      orderedItems.push({ start: c.start, actor: state(c.code) });
    }
    orderedItems.sort((a, b) => a.start - b.start);
    for (const item of orderedItems) push(item.actor);
    return out;
  };
  const pairStates = () => input.pair.map((c) => state(c)).filter((a): a is ActorDraft => !!a);

  /** "between A and B" in the sentence: its range, or null. */
  const betweenRange = (s: Sentence, from = 0): Span | null => {
    const re = /\bbetween\b/gi;
    re.lastIndex = from;
    const m = re.exec(s.text);
    if (!m) return null;
    const rest = s.text.slice(m.index + m[0].length);
    const stop = /(?:[;:.]|,\s+(?!and\b)|\s+(?:implemented|developed|introduced|presented|to|on|for|that|which|who|was|were|will|signed|has|have|had|is|are|in the (?:fields?|areas?))\b)/i.exec(rest);
    const end = m.index + m[0].length + (stop ? stop.index : rest.length);
    return { start: s.start + m.index, end: s.start + end };
  };

  // ── Partnerships ────────────────────────────────────────────────────────────────────────
  const partnerships: (ExtractedPartnership & { partyKeys: string[]; sentence: number })[] = [];
  const addPartnership = (p: {
    title: string;
    kind: PartnershipKind;
    status: PartnershipStatus | null;
    startedOn: string | null;
    parties: ActorDraft[];
    role: string;
    technologies: string[];
    sentence: Sentence;
    confidence: number;
  }): number | null => {
    const parties = p.parties.filter((a, i, all) => all.indexOf(a) === i);
    if (parties.length < (p.kind === 'project' || p.kind === 'network' ? 1 : 2)) return null;
    const partyKeys = parties.map((a) => a.key).sort();
    const same = partnerships.findIndex((q) => q.kind === p.kind && q.partyKeys.join('|') === partyKeys.join('|'));
    if (same >= 0) {
      const q = partnerships[same]!;
      for (const t of p.technologies) if (!q.technologies.includes(t)) q.technologies.push(t);
      q.startedOn ??= p.startedOn;
      q.confidence = Math.max(q.confidence, p.confidence);
      if (rankStatus(p.status) > rankStatus(q.status)) q.status = p.status;
      return same;
    }
    const countries = [...new Set(parties.map((a) => a.country).filter((c): c is string => !!c))];
    partnerships.push({
      title: p.title,
      kind: p.kind,
      status: p.status,
      startedOn: p.startedOn,
      parties: parties.map((a) => ({ actorKey: a.key, role: p.role })),
      countries,
      technologies: [...new Set(p.technologies)],
      passage: passageOf(p.sentence),
      confidence: p.confidence,
      partyKeys,
      sentence: p.sentence.index,
    });
    return partnerships.length - 1;
  };

  const SIGN = /\b(?:signed|signs|sign|signing|inked|inks|concluded|exchanged)\b/i;
  const MOU = /\b(?:MoUs?|MOUs?|memorand(?:um|a)(?: of understanding)?|letters? of intent|LoI)\b/;
  const AGREEMENT = /\b(?:agreements?|accords?|deals?|contracts?|pacts?)\b/i;
  const STRATEGIC = /\b(comprehensive strategic partnership|strategic partnership|comprehensive partnership)\b/i;
  const COOPERATION = /\b(?:cooperation|co-operation|cooperate|collaboration|collaborate|partnerships?|ties|work(?:ing)? together|join hands|team(?:ed)? up|(?:have |has )?agreed to)\b/i;
  const TWO_SIDES = /\b(?:the two (?:sides|countries|nations|parties|governments)|both (?:sides|countries|nations|parties|governments)|each other)\b/i;
  const VAGUE = /\b(?:potential|prospects?|opportunit(?:y|ies)|possibilit(?:y|ies)|could|might)\b/i;
  const PROPOSED = /\b(?:proposed|propose|proposes|suggested|suggest|hoped|hope|hopes|wish|wishes|called (?:on|for)|urged|can|could|would like)\b/i;
  const AGREED = /\b(?:agreed|agree|agrees|will|pledged|committed|vowed|decided)\b/i;
  const JOINT_RESEARCH = /\bjoint research\b/i;
  const PROJECT_WORD = /\bprojects?\b/i;
  const MAKER = /\b(?:implemented|developed|introduced|presented|built|led|run|operated|provided|offered|designed|manufactured|produced|supplied|funded|delivered|deployed|showcased|unveiled|applications|solutions|products|systems|services)\s+by\s+/gi;

  const signingSentences = new Set<number>();
  const signingClauses = new Map<number, Span[]>();
  sentences.forEach((s, si) => {
    currentSentence = s;
    const ctx = dateContext(s);
    const techs = [...new Set(techsIn(s).map((t) => t.slug))];
    const text = s.text;
    const sentenceSpan: Span = { start: s.start, end: s.end };
    const future = /\b(?:will|to be|plan(?:s|ned)? to|expected to)\s+(?:sign|be signed)\b/i.test(text);

    // 1. Signed MoUs and agreements, clause by clause ("A and B signed an agreement …, while C agreed with D to …").
    const yearOnly = !explicit[si] && /\b(?:in|since|from)\s+(?:19|20)\d{2}\b/.test(text);
    const docDate = future || yearOnly ? null : ctx.date;
    for (const clause of clauses(s)) {
      const ct = clause.text;
      const isMou = MOU.test(ct);
      const signed = SIGN.test(ct) && (isMou || AGREEMENT.test(ct));
      const agreedWith = signed ? null : /\bagreed with\s+(?:the\s+)?\p{Lu}/u.exec(ct);
      if (!signed && !agreedWith) continue;
      // "A and B will expand cooperation in … under a new agreement signed in C": the document is the
      // frame of the cooperation the sentence states, not a signing by A and B (its signatories, when
      // the story names them, come in their own sentence). Left to the cooperation rule below.
      if (signed && !agreedWith) {
        const doc = (MOU.exec(ct) ?? AGREEMENT.exec(ct))!;
        const framed = /\b(?:under|through|via|within|as part of|in line with|in accordance with|pursuant to|in the framework of)\s+(?:a|an|the|this|that|its|their)?\s*(?:new|recent|recently signed|bilateral|landmark|fresh)?\s*$/i.test(ct.slice(Math.max(0, doc.index - 45), doc.index));
        if (framed && COOPERATION.test(ct.slice(0, doc.index)) && !betweenRange({ ...s, text: ct, start: clause.start, end: clause.end }, doc.index)) continue;
      }
      signingSentences.add(si);
      signingClauses.set(si, [...(signingClauses.get(si) ?? []), clause]);
      const kind: PartnershipKind = isMou ? 'mou' : 'agreement';
      let parties: ActorDraft[] = [];
      if (signed) {
        // "the MoU (signing ceremony) between A and B", "an agreement between A and B".
        const docAt = (MOU.exec(ct) ?? AGREEMENT.exec(ct))!.index;
        const between = betweenRange({ ...s, text: ct, start: clause.start, end: clause.end }, docAt);
        if (between && between.start - (clause.start + docAt) < 40) parties = partiesIn(s, between, 'org');
      }
      if (parties.length < 2) {
        // "A and B signed …", "A signed … with B", "A agreed with B".
        const verb = (signed ? SIGN.exec(ct) : agreedWith)!;
        const subject = partiesIn(s, { start: clause.start, end: clause.start + verb.index }, 'org');
        const withMatch = /\bwith\s+/i.exec(ct.slice(verb.index, verb.index + 60));
        const object = withMatch ? partiesIn(s, { start: clause.start + verb.index + withMatch.index, end: clause.end }, 'org').slice(0, 1) : [];
        parties = [...subject, ...object];
      }
      if (parties.length < 2 && signed) {
        // Passive: "The agreement was signed in Beijing on Monday by A and B, during …". Officials
        // signing for their governments make it their states' document; otherwise the organisations sign.
        const passive = /\b(?:was|were|has been|have been|had been|is|are|being)\s+(?:\w+\s+)?(?:signed|inked|concluded)\b/i.exec(ct);
        const by = passive ? /\bby\s+/i.exec(ct.slice(passive.index + passive[0].length)) : null;
        if (passive && by) {
          const from = clause.start + passive.index + passive[0].length + by.index;
          const tail = /,\s+(?:during|at|on|in|as|which|who|while|after|before|when|witnessed|with)\b|[;:]/i.exec(body.slice(from, clause.end));
          const range: Span = { start: from, end: tail ? from + tail.index : clause.end };
          const here = mentionsIn(s).filter((m) => within(m, range)).map((m) => index.get(m.key)!).filter((a) => a && !a.implied);
          const officials = here.filter((a) => a.kind === 'person');
          const forGovernments =
            officials.length >= 2 &&
            officials.every((a) => isGovPerson(a) && a.country) &&
            here.every((a) => a.kind === 'person' || officials.some((o) => o.affiliationKey === a.key));
          const byParties = partiesIn(s, range, forGovernments ? 'state' : 'org');
          if (byParties.length >= 2) parties = byParties;
        }
      }
      if (parties.length < 2 && TWO_SIDES.test(ct)) parties = [...parties, ...pairStates()];
      // The document's object: "to strengthen cooperation in …" and the next sentence when it is "Under the MoU …".
      const next = sentences[si + 1];
      const more = next && /^(?:Under|The|This)\s+(?:the\s+)?(?:MoU|MOU|agreement|memorandum|deal)\b/i.test(next.text) ? techsIn(next).map((t) => t.slug) : [];
      addPartnership({
        title: `${kind === 'mou' ? (/letters? of intent|\bLoI\b/i.test(ct) && !/MoU|MOU|memorand/i.test(ct) ? 'Letter of intent' : 'MoU') : 'Agreement'} between ${parties.map((a) => a.name).join(' and ')}`,
        kind,
        status: agreedWith ? 'agreed' : future ? 'agreed' : 'signed',
        startedOn: agreedWith ? null : docDate,
        parties,
        role: 'signatory',
        technologies: [...techsIn(s).filter((t) => within(t, clause)).map((t) => t.slug), ...more],
        sentence: s,
        confidence: parties.length >= 2 ? 0.8 : 0.5,
      });
    }

    // 2. Named partnership frameworks.
    const strategic = STRATEGIC.exec(text);
    if (strategic) {
      const kind: PartnershipKind = /comprehensive strategic/i.test(strategic[1]!) ? 'comprehensive_strategic_partnership' : 'strategic_partnership';
      let parties: ActorDraft[] = [];
      const between = betweenRange(s, strategic.index);
      if (between) parties = partiesIn(s, between, 'state');
      if (parties.length < 2) {
        const dashed = dashedCountries(input.countries, s, body);
        if (dashed.length >= 2) parties = dashed.map((c) => state(c)!).filter(Boolean);
      }
      if (parties.length < 2) {
        const here = partiesIn(s, sentenceSpan, 'state').filter((a) => a.kind === 'state');
        parties = here.length >= 2 ? here : TWO_SIDES.test(text) || /\bbilateral\b/i.test(text) || here.length === 1 ? pairStates() : here;
      }
      addPartnership({
        title: `${parties.map((a) => a.name).join('–')} ${strategic[1]!.toLowerCase()}`,
        kind,
        status: 'active',
        startedOn: null,
        parties,
        role: 'partner',
        technologies: [],
        sentence: s,
        confidence: 0.75,
      });
    }

    // 3. Projects credited to a maker ("… projects between A and B implemented by X; … developed by Y").
    if (PROJECT_WORD.test(text) || (sentences[si - 1] && PROJECT_WORD.test(sentences[si - 1]!.text) && /^(?:These|They|Those|The projects?)\b/.test(text))) {
      let itemStart = 0;
      const items = text.split(/;\s*(?:and\s+)?/);
      for (const item of items) {
        const offset = text.indexOf(item, itemStart);
        itemStart = offset + item.length;
        const span: Span = { start: s.start + offset, end: s.start + offset + item.length };
        MAKER.lastIndex = 0;
        const m = MAKER.exec(item);
        if (!m) continue;
        const makerFrom = span.start + m.index + m[0].length;
        const maker = mentionsIn(s).find((x) => x.start >= makerFrom && x.start <= makerFrom + 4);
        const makerActor = maker ? index.get(maker.key) : undefined;
        if (!makerActor || makerActor.kind === 'person' && !makerActor.affiliationKey) continue;
        const between = betweenRange({ ...s, text: item, start: span.start, end: span.end });
        const sides = between ? partiesIn(s, between, 'state').filter((a) => a.kind === 'state') : [];
        const tail = /,\s*(?:alongside|along with|as well as)\b/i.exec(item);
        const techSpan: Span = tail ? { start: span.start, end: span.start + tail.index } : span;
        const itemTechs = techsIn(s).filter((t) => within(t, techSpan)).map((t) => t.slug);
        const title = item.replace(/^(?:These|They|Those)\s+(?:included|include|includes|are|were)\s+/i, '').replace(/^(?:and|the)\s+/i, '').replace(/,\s*(?:alongside|along with|as well as)\b.*$/i, '').trim();
        const isProjectItem = PROJECT_WORD.test(item) || items.length > 1;
        if (!isProjectItem) continue;
        addPartnership({
          title: title.charAt(0).toUpperCase() + title.slice(1),
          kind: 'project',
          status: 'active',
          startedOn: null,
          parties: [makerActor, ...sides],
          role: 'implementer',
          technologies: itemTechs,
          sentence: s,
          confidence: PROJECT_WORD.test(item) ? 0.7 : 0.5,
        });
      }
    }

    // 4. Agreed or proposed cooperation (not in a signing sentence, which is about the document).
    const coopProjects = /\b(?:cooperation|collaboration)\s+projects?\b/i.test(text);
    // The "partnership" of a named framework is not a further cooperation.
    // Clauses that were signings are about their document: blanked out here (offsets kept).
    let coopText = strategic ? text.slice(0, strategic.index) + ' '.repeat(strategic[0].length) + text.slice(strategic.index + strategic[0].length) : text;
    for (const c of signingClauses.get(si) ?? []) coopText = coopText.slice(0, c.start - s.start) + ' '.repeat(c.end - c.start) + coopText.slice(c.end - s.start);
    // Words inside organisation names are not the story's words ("Japan International Cooperation Agency").
    for (const o of input.orgSpans) {
      if (o.start < s.start || o.end > s.end) continue;
      coopText = coopText.slice(0, o.start - s.start) + ' '.repeat(o.end - o.start) + coopText.slice(o.end - s.start);
    }
    if (!coopProjects && (COOPERATION.test(coopText) || JOINT_RESEARCH.test(coopText))) {
      const coop = (COOPERATION.exec(coopText) ?? JOINT_RESEARCH.exec(coopText))!;
      const keywordAt = s.start + coop.index;
      const clauseStart = clauses(s).filter((c) => c.start <= keywordAt).pop()?.start ?? s.start;
      let parties: ActorDraft[] = [];
      let explicitSides = false;
      const between = betweenRange(s, coop.index);
      if (between && between.start - keywordAt < 60) {
        parties = partiesIn(s, between, 'state');
        explicitSides = parties.length >= 2;
      }
      if (parties.length < 2) {
        const subject = partiesIn(s, { start: clauseStart, end: keywordAt }, 'state');
        const withMatch = /\bwith\s+/i.exec(text.slice(coop.index, coop.index + 40)) ?? /\b(?:support|help|assist)\s+/i.exec(text.slice(0, coop.index));
        const objectFrom = withMatch ? (withMatch.index < coop.index && /support|help|assist/.test(withMatch[0]) ? s.start + withMatch.index : keywordAt + withMatch.index) : null;
        const object = objectFrom !== null ? partiesIn(s, { start: objectFrom, end: Math.min(s.end, objectFrom + 40) }, 'state') : [];
        const dashed = dashedCountries(input.countries, s, body).map((c) => state(c)!).filter(Boolean);
        parties = [...subject.slice(0, 2), ...object.slice(0, 1), ...dashed];
        explicitSides = new Set(parties).size >= 2;
      }
      if (new Set(parties).size < 2 && TWO_SIDES.test(text)) {
        parties = [...parties, ...pairStates()];
        explicitSides = true;
      }
      parties = parties.filter((a, i, all) => all.indexOf(a) === i);
      if (parties.length === 1 && input.pair.length === 2 && parties[0]!.kind === 'state' && input.pair.includes(parties[0]!.country!) && /\bbilateral\b/i.test(text)) {
        parties = pairStates();
      }
      const hasArea = techs.length > 0 || /\b(?:science|sci-tech|technology|technologies|technological|innovation|research|digital|energy|space|education|engineering)\b/i.test(text);
      if (parties.length >= 2 && (explicitSides || techs.length > 0) && hasArea) {
        const allStates = parties.every((a) => a.kind === 'state');
        // States do not run joint research: their institutions do.
        const kind: PartnershipKind = JOINT_RESEARCH.test(text) && !allStates ? 'joint_research' : 'bilateral_cooperation';
        const vague = VAGUE.test(text) && !AGREED.test(text.replace(/agreed on the potential/i, ''));
        addPartnership({
          title: `${parties.map((a) => a.name).join('–')} cooperation${techs.length ? ` in ${techs.slice(0, 4).join(', ').replace(/-/g, ' ')}` : ''}`,
          kind,
          status: PROPOSED.test(text) ? 'proposed' : AGREED.test(text) ? 'agreed' : 'active',
          startedOn: null,
          parties,
          role: 'partner',
          technologies: techs,
          sentence: s,
          confidence: vague ? 0.4 : techs.length ? 0.75 : 0.6,
        });
      }
    }

    // 5a. A centre, lab or programme "run (jointly) by A and B", "with funding from C".
    const runBy = /\b(?:(?:is|was|will be|are|were)\s+)?(?:run|operated|managed|co-founded|established|set up|founded)\s+(?:jointly\s+)?by\s+/i.exec(text);
    const subjectIsFacility = /^(?:The|This|It|The new|The joint)\s*(?:new\s+|joint\s+)?(?:centre|center|lab|laboratory|programme|program|institute|hub|network|project|facility)?\b/i.test(text) || /\b(?:centre|center|lab|laboratory|hub|programme|program)\b/i.test(text.slice(0, runBy?.index ?? 0));
    if (runBy && subjectIsFacility && !signingSentences.has(si)) {
      const from = s.start + runBy.index + runBy[0].length;
      const runners = partiesIn(s, { start: from, end: s.end }, 'org').filter((a) => a.kind !== 'state' && a.kind !== 'person');
      const facility = [...input.mentions].reverse().find((m) => m.start < s.start + runBy.index && ['research_institute', 'government_body', 'university'].includes(index.get(m.key)?.kind ?? '') && /Centre|Center|Lab|Laboratory|Hub|Institute/.test(index.get(m.key)!.name));
      if (runners.length >= 2 || (runners.length >= 1 && /\bjointly\b|\bjoint\b/i.test(text))) {
        const research = /research|lab|laborator|institute|centre|center/i.test(text.slice(0, runBy.index)) || (facility && /Research|Lab|Institute/.test(index.get(facility.key)!.name));
        addPartnership({
          title: facility ? index.get(facility.key)!.name : capitalise(text.slice(0, 80)),
          kind: research ? 'joint_research' : 'project',
          status: 'active',
          startedOn: null,
          parties: runners,
          role: 'operator',
          technologies: [...techs, ...(facility ? techsIn(sentences[facility.sentence]!).map((t) => t.slug) : [])],
          sentence: s,
          confidence: 0.6,
        });
      }
    }

    // 5b. "X (has) developed/built/completed a … project/plant/farm": a project credited to X.
    if (PROJECT_WORD.test(text) || /\b(?:plant|farm|park|facility|factory|system|network|platform)\b/i.test(text)) {
      const active = /\b(?:has|had|have)?\s*(?:already\s+)?(?:developed|built|completed|installed|deployed|constructed|implemented|commissioned)\s+(?:a|an|the|its)\b/i.exec(text);
      if (active && (PROJECT_WORD.test(text) || /\b(?:plant|farm|park|facility|factory)\b/i.test(text.slice(active.index)))) {
        const doers = mentionsIn(s)
          .filter((m) => m.end <= s.start + active.index && s.start + active.index - m.end < 40)
          .map((m) => index.get(m.key)!)
          .filter((a) => a && (a.kind === 'company' || a.kind === 'university' || a.kind === 'research_institute'));
        const doer = doers[doers.length - 1];
        if (doer) {
          const objectEnd = /[,;.]/.exec(text.slice(active.index + active[0].length));
          const object = text.slice(active.index, active.index + active[0].length + (objectEnd ? objectEnd.index : 60));
          addPartnership({
            title: capitalise(object.replace(/^\s*(?:has|had|have)?\s*(?:already\s+)?\w+\s+/, '').trim()),
            kind: 'project',
            status: 'active',
            startedOn: null,
            parties: [doer],
            role: 'implementer',
            technologies: techsIn(s).filter((t) => t.start >= s.start + active.index).map((t) => t.slug),
            sentence: s,
            confidence: 0.55,
          });
        }
      }
    }

    // 5c. A named network or initiative launched ("The X Network was launched … organised by A and B").
    const namedNetwork = /((?:\p{Lu}[\p{L}\d'’–-]*\s+){1,7}(?:Network|Alliance|Consortium|Initiative|Programme|Program))\b/u.exec(text);
    let networkDone = false;
    if (namedNetwork && /\b(?:launched|launches|launch|formed|established|set up|created|inaugurated|unveiled|kicked off|founded)\b/i.test(text) && !signingSentences.has(si)) {
      const nameSpan: Span = { start: s.start + namedNetwork.index, end: s.start + namedNetwork.index + namedNetwork[1]!.length };
      const by = /\b(?:organi[sz]ed|led|initiated|founded|co-founded|launched|backed|hosted)\s+by\s+/i.exec(text);
      const range: Span = by ? { start: s.start + by.index, end: s.end } : { start: s.start, end: s.end };
      const members = partiesIn(s, range, 'org').filter((a) => a.kind !== 'state' && a.kind !== 'person' && !(a.firstStart >= nameSpan.start && a.firstStart < nameSpan.end));
      if (members.length >= 1) {
        networkDone = true;
        const name = namedNetwork[1]!.replace(/^(?:The|A|An)\s+/, '');
        addPartnership({
          title: name,
          kind: /Network|Alliance|Consortium/.test(name) ? 'network' : 'project',
          status: 'active',
          startedOn: /\b(?:will|plan)\b/i.test(text) ? null : explicit[si]?.date ?? null,
          parties: members,
          role: 'founder',
          technologies: techs,
          sentence: s,
          confidence: 0.65,
        });
      }
    }

    // 5e. "It brings together A and B" after a project, programme or network was introduced: its members.
    const together = /^(?:It|(?:The|This) (?:new |joint )?(?:research )?(?:project|programme|program|initiative|network|consortium|centre|center|lab|laboratory))\s+(?:\w+\s+)?(?:brings|brought|bring|will bring)\s+together\s+/i.exec(text);
    if (together) {
      // What "it" is: the thing the last few sentences introduced, the most specific word winning.
      const window = [text.slice(0, together[0].length), ...sentences.slice(Math.max(0, si - 3), si).map((x) => x.text)].join(' ');
      const kind: PartnershipKind | null = /\bjoint research\b|\bresearch (?:project|programme|program)\b/i.test(window)
        ? 'joint_research'
        : /\b(?:network|consortium|alliance)\b/i.test(window)
          ? 'network'
          : /\b(?:project|programme|program|initiative)\b/i.test(window)
            ? 'project'
            : null;
      let launchedOn: string | null = null;
      for (let k = si - 1; k >= Math.max(0, si - 3) && !launchedOn; k--) {
        const t = sentences[k]!.text;
        if (/\b(?:launched|started|kicked off|inaugurated)\b/i.test(t) && !/\bwill\b/i.test(t) && explicit[k]?.date) launchedOn = explicit[k]!.date;
      }
      if (kind) {
        const from = s.start + together.index + together[0].length;
        const stop = /,\s+(?:and\s+)?(?:is|was|are|were|will|has|have|funded|financed|backed|supported|with)\b|[;.]/i.exec(body.slice(from, s.end));
        const members = partiesIn(s, { start: from, end: stop ? from + stop.index : s.end }, 'org').filter((a) => a.kind !== 'person' && a.kind !== 'state');
        if (members.length >= 2) {
          addPartnership({
            title: `${kind === 'joint_research' ? 'Joint research project' : kind === 'network' ? 'Network' : 'Project'} of ${members.map((a) => a.name).join(' and ')}`,
            kind,
            status: 'active',
            startedOn: launchedOn,
            parties: members,
            role: 'member',
            technologies: [...techs, ...sentences.slice(Math.max(0, si - 2), si).filter((x) => x.blockKind !== 'title').flatMap((x) => techsIn(x).map((t) => t.slug))],
            sentence: s,
            confidence: 0.6,
          });
        }
      }
    }

    // 5f. "A and B (have) started a feasibility study / pilot project for …": a joint project. "The
    // company", "the university" … in the subject stand for the last such actor named before.
    const started = /\b(?:have|has|had|will|would)?\s*(?:jointly\s+)?(?:started|launched|begun|began|conducted|carried out|undertaken|undertook|initiated|kicked off)\s+(?:a|an)\s+(?:new\s+)?(?:joint\s+)?(feasibility study|study|pilot project|pilot|project|survey|trial|research project)\b/i.exec(text);
    if (started && !signingSentences.has(si)) {
      const verbAt = s.start + started.index;
      const reported = [...text.slice(0, started.index).matchAll(/\b(?:said|says|added|noted|announced|stated|explained)\s+(?:that\s+)?/gi)].pop();
      const subjectFrom = reported ? s.start + reported.index! + reported[0].length : (clauses(s).filter((c) => c.start <= verbAt).pop()?.start ?? s.start);
      const subjectText = body.slice(subjectFrom, verbAt);
      if (/\band\b/i.test(subjectText)) {
        const sides = partiesIn(s, { start: subjectFrom, end: verbAt }, 'org').filter((a) => a.kind !== 'state' && a.kind !== 'person');
        for (const d of subjectText.matchAll(/\bthe (company|firm|group|corporation|university|institute|agency|ministry)\b/gi)) {
          const at = subjectFrom + d.index!;
          const wanted = /university/i.test(d[1]!) ? 'university' : /institute/i.test(d[1]!) ? 'research_institute' : /agency|ministry/i.test(d[1]!) ? 'government_body' : 'company';
          const before = input.mentions
            .filter((m) => m.end <= at && m.sentence >= si - 1 && index.get(m.key)?.kind === wanted)
            .sort((x, y) => x.start - y.start)
            .pop();
          const actor = before ? index.get(before.key) : undefined;
          if (actor && !sides.includes(actor)) sides.unshift(actor);
        }
        if (sides.length >= 2) {
          const object = /^[^,;.]*/.exec(text.slice(started.index + started[0].length))![0];
          addPartnership({
            title: capitalise(`${started[1]!.toLowerCase()}${object}`.trim()),
            kind: /research/i.test(started[0]) ? 'joint_research' : 'project',
            status: 'active',
            startedOn: null,
            parties: sides,
            role: 'partner',
            technologies: techsIn(s).filter((t) => t.start >= verbAt).map((t) => t.slug),
            sentence: s,
            confidence: 0.55,
          });
        }
      }
    }

    // 5g. "X presented a pilot plant built with Y", "X runs a lab set up in partnership with Y": a project of X and Y.
    for (const clause of clauses(s)) {
      const m = /\b(?:plant|pilot|facility|project|system|platform|prototype|centre|center|lab|laboratory|satellite|farm|programme|program)\s+(?:(?:that|which)\s+(?:it\s+)?(?:has\s+|had\s+)?)?(?:built|developed|designed|set up|run|operated|launched|established|created)\s+(?:jointly\s+)?(?:with|together with|in partnership with|in cooperation with|in collaboration with)\s+/i.exec(clause.text);
      if (!m || signingSentences.has(si)) continue;
      const objectAt = clause.start + m.index;
      const partnerFrom = clause.start + m.index + m[0].length;
      const partner = mentionsIn(s).find((x) => x.start >= partnerFrom && x.start <= partnerFrom + 4);
      const doer = mentionsIn(s).filter((x) => x.start >= clause.start && x.end <= objectAt).pop();
      const a = doer ? index.get(doer.key) : undefined;
      const b = partner ? index.get(partner.key) : undefined;
      const org = (x: ActorDraft | undefined) => !!x && x.kind !== 'person' && x.kind !== 'state';
      if (!org(a) || !org(b) || a === b) continue;
      const upToNoun = clause.text.slice(0, m.index + /^\S+/.exec(m[0])![0].length);
      const objectText = /^.*\b(?:a|an|the|its|their)\s+([^,;.]*)$/i.exec(upToNoun)?.[1] ?? /^\S+/.exec(m[0])![0];
      addPartnership({
        title: capitalise(`${objectText.trim()} of ${a!.name} and ${b!.name}`),
        kind: /\b(?:research|lab|laboratory)\b/i.test(m[0]) ? 'joint_research' : 'project',
        status: 'active',
        startedOn: null,
        parties: [a!, b!],
        role: 'partner',
        technologies: techsIn(s).filter((t) => within(t, clause)).map((t) => t.slug),
        sentence: s,
        confidence: 0.55,
      });
    }

    // 5d. A programme or project named after two countries ("the China–Brazil Earth Resources Satellite
    // (CBERS) programme", "the Vietnam-Japan Joint Research Project"): a project of the two states.
    {
      const here = countriesIn(s);
      for (let k = 0; k + 1 < here.length; k++) {
        const a = here[k]!;
        const b = here[k + 1]!;
        if (a.code === b.code || a.form === 'demonym' || b.form === 'demonym' || !/^\s*[–—\-/]\s*$/.test(body.slice(a.end, b.start))) continue;
        const after = body.slice(b.end, s.end);
        const named =
          /^((?:\s+\p{Lu}[\p{L}\d'’-]*){0,6}?)(?:\s*\([A-Z][A-Za-z0-9-]+\))?\s+(?:programme|program|project|initiative|mission)\b/u.exec(after) ??
          /^((?:\s+\p{Lu}[\p{L}\d'’-]*){0,6}?\s+(?:Programme|Program|Project|Initiative))\b/u.exec(after);
        if (!named) continue;
        addPartnership({
          title: body.slice(a.start, b.end + named[0].length).trim(),
          kind: 'project',
          status: 'active',
          startedOn: null,
          parties: [state(a.code), state(b.code)].filter((x): x is ActorDraft => !!x),
          role: 'partner',
          technologies: techs,
          sentence: s,
          confidence: 0.65,
        });
      }
    }

    // 5. Launched networks and joint centres.
    const launched = networkDone ? null : /\b(?:launched|launch|established|inaugurated|opened|set up|fund|funds|funded|finance|create|created|build|built)\s+(?:a|an|the)?\s*(?:new\s+)?(?:joint\s+)?([\p{L}\s-]*?\b(?:network|alliance|consortium|programme|program|initiative|research (?:centre|center|lab|laboratory)|innovation (?:centre|center|hub)|centre|center|laboratory|lab))\b/iu.exec(text);
    if (launched && !signingSentences.has(si)) {
      const between = betweenRange(s);
      let parties = between ? partiesIn(s, between, 'org') : [];
      if (parties.length < 1) parties = partiesIn(s, { start: clauses(s).filter((c) => c.start <= s.start + launched.index).pop()?.start ?? s.start, end: s.start + launched.index }, 'org');
      // "… to be coordinated by X", "led by X": the coordinator is a party too.
      const lead = /\b(?:coordinated|led|hosted|run|managed)\s+by\s+/i.exec(text.slice(launched.index));
      if (lead) parties = [...parties, ...partiesIn(s, { start: s.start + launched.index + lead.index, end: s.end }, 'org').slice(0, 1)];
      // The launched thing itself, when it has a name ("… inaugurated the X Research Centre").
      const named = mentionsIn(s)
        .map((m) => index.get(m.key)!)
        .find((a) => a && a.kind !== 'person' && a.kind !== 'state' && a.firstStart >= s.start + launched.index && /\b(?:Centre|Center|Lab|Laboratory|Hub|Network|Alliance|Consortium|Programme|Program)$/.test(a.name));
      const isNetwork = /network|alliance|consortium/i.test(launched[1]!);
      const kind: PartnershipKind = isNetwork ? 'network' : /research|lab/i.test(launched[1]!) ? 'joint_research' : 'project';
      const others = parties.filter((a) => a !== named && a.kind !== 'state');
      if (others.length >= (kind === 'network' ? 1 : 2) || (named && others.length >= 1)) {
        addPartnership({
          title: named ? named.name : capitalise(/^[^,;.]*/.exec(text.slice(launched.index + launched[0].length - launched[1]!.length))![0].trim().slice(0, 120)),
          kind,
          status: 'active',
          startedOn: /\b(?:will|would|plan|plans|to be)\b/i.test(text) ? null : ctx.date,
          parties: others,
          role: 'founder',
          technologies: techs,
          sentence: s,
          confidence: 0.6,
        });
      }
    }
  });

  // ── Events ──────────────────────────────────────────────────────────────────────────────
  type EventDraft = ExtractedEvent & { sentence: number; order: number };
  const events: EventDraft[] = [];
  const EVENT_NOUNS: [EventKind, RegExp][] = [
    ['signing', /\b(?:signing ceremony|signing of|signed|inked)\b/i],
    ['meeting', /\b(?:held (?:a |an )?(?:working session|working meeting|meeting|talks|bilateral meeting|discussions?)|working session|met(?:\s+with)?|meets|meeting with|received|receives|hosted (?:a |an )?(?:meeting|reception|delegation)|had (?:a |an )?(?:meeting|working session|talks)|held talks|talks with|courtesy call)\b/i],
    ['forum', /\bforums?\b/i],
    // Ceremonies other than signings (openings, launches, inaugurations) are gatherings: meetings.
    ['meeting', /\b(?:(?:opening|launch|launching|inauguration|inaugural|groundbreaking|award|handover) ceremony|was inaugurated|were inaugurated|inaugurated)\b/i],
    ['dialogue', /\b(?:dialogue|roundtable|round-table|round table)\b/i],
    ['conference', /\b(?:conference|summit|symposium|congress)\b/i],
    ['workshop', /\b(?:workshop|seminar|hackathon|training course|info(?:rmation)? day|webinar|masterclass|training session)\b/i],
    ['exhibition', /\b(?:exhibition|expo|exposition|trade fair|trade show)\b/i],
    // "visited Hanoi", "is visiting New Zealand": the place is capitalised. (The case-insensitive
    // flag would let \p{Lu} match any letter, so the verb's own capital is spelled out.)
    ['visit', /\b(?:(?:[Ww]orking|[Oo]fficial|[Ss]tate|[Ss]tudy) (?:visit|trip|tour)|[Vv]isit(?:ed|ing|s)? (?:to )?(?:the )?(?=\p{Lu})|paid a visit|on a visit|[Vv]isit to)/u],
  ];
  const HAPPENING = /\b(?:held|hold|holds|met|meet|meets|attended|attend|attends|participated|participate|joined|took place|take place|takes place|was held|were held|will be held|organised|organized|hosted|co-hosted|co-chaired|chaired|opened|kicked off|convened|visited|paid|brought together|gathered|signed|signing|received|on the sidelines|at the|during the|in the)\b/i;
  const ANAPHORA = /\b(?:the|this|that|the same)\s+(?:event|meeting|working session|session|forum|dialogue|conference|workshop|seminar|ceremony|exhibition|visit|talks|gathering|occasion)\b/i;
  let order = 0;
  sentences.forEach((s, si) => {
    const text = s.text;
    const ctx = dateContext(s);
    const cityHere = citiesIn(s)[0] ?? null;
    const participants = eventParticipants(s);
    const found: EventKind[] = [];
    for (const [kind, re] of EVENT_NOUNS) {
      const m = re.exec(text);
      if (!m) continue;
      if (kind === 'signing' && !(MOU.test(text) || AGREEMENT.test(text))) continue;
      if (kind === 'meeting' && signingSentences.has(si) && !/\bmet\b|working session|talks/i.test(text)) continue;
      // A noun preceded by "the" that names an event already seen is a later reference.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const anaphoric = /\b(?:the|this|that)\s+(?:same\s+)?$/i.test(before) && events.some((e) => e.kind === kind);
      if (anaphoric && !/\bsigning ceremony\b/i.test(m[0])) {
        const target = [...events].reverse().find((e) => e.kind === kind)!;
        mergeParticipants(target, participants);
        found.push(kind);
        continue;
      }
      if (!HAPPENING.test(text) && !explicit[si] && !(s.blockKind === 'caption')) continue;
      found.push(kind);
      // "in 2023" without a day: an earlier happening, not the story's date; a background signing is no event.
      const yearOnly = !explicit[si] && /\b(?:in|since|from)\s+(?:19|20)\d{2}\b/.test(text);
      if (yearOnly && kind === 'signing') continue;
      const title = eventTitle(kind, text, m, participants.map((p) => index.get(p.actorKey)!.name));
      const event: EventDraft = {
        title,
        kind,
        occurredOn: yearOnly ? null : ctx.date,
        city: cityHere?.city ?? (yearOnly ? null : ctx.city?.city) ?? null,
        country: cityHere?.code ?? ctx.city?.code ?? locationCountry(s) ?? null,
        participants: [...participants],
        partnershipIndexes: kind === 'signing' ? partnerships.map((p, i) => (p.sentence === si && (p.kind === 'mou' || p.kind === 'agreement') ? i : -1)).filter((i) => i >= 0) : [],
        passage: passageOf(s),
        confidence: explicit[si] ? 0.8 : 0.6,
        sentence: si,
        order: order++,
      };
      // Signing parties take part in the signing.
      if (kind === 'signing') {
        for (const pi of event.partnershipIndexes) {
          for (const party of partnerships[pi]!.parties) {
            if (index.get(party.actorKey)?.kind !== 'state') mergeParticipants(event, [{ actorKey: party.actorKey, role: 'signatory' }]);
          }
        }
      }
      events.push(event);
    }
    // "The event brought together A, B …": participants of the latest event.
    if (found.length === 0 && ANAPHORA.test(text) && events.length > 0) {
      const m = ANAPHORA.exec(text)!;
      const noun = m[0].toLowerCase();
      const target = [...events].reverse().find((e) => noun.includes(e.kind) || (e.kind === 'meeting' && /session|talks/.test(noun))) ?? events[events.length - 1]!;
      mergeParticipants(target, participants);
      if (/\bas part of\b|\bon the sidelines\b|\bduring\b|\bat the\b/i.test(text)) {
        // A signing inside the event takes its date and place.
        for (const e of events) if (e.sentence === si && e !== target) Object.assign(e, { occurredOn: e.occurredOn ?? target.occurredOn, city: e.city ?? target.city, country: e.country ?? target.country });
      }
    }
    if (signingSentences.has(si) && ANAPHORA.test(text) && events.length > 0) {
      const inner = events.filter((e) => e.sentence === si && e.kind === 'signing');
      const outer = [...events].reverse().find((e) => e.sentence !== si && e.kind !== 'signing');
      if (outer) for (const e of inner) Object.assign(e, { occurredOn: outer.occurredOn ?? e.occurredOn, city: outer.city ?? e.city, country: outer.country ?? e.country });
    }
  });

  function eventParticipants(s: Sentence): { actorKey: string; role: string }[] {
    const ms = mentionsIn(s);
    const here = ms.map((m) => index.get(m.key)!).filter(Boolean);
    const skip = new Set<string>();
    for (const a of here) {
      if (a.affiliationKey) skip.add(a.affiliationKey);
      if (a.parentKey) skip.add(a.parentKey);
    }
    const out: { actorKey: string; role: string }[] = [];
    for (const a of here) {
      if (skip.has(a.key) || a.implied || a.kind === 'state') continue;
      if (!out.some((p) => p.actorKey === a.key)) out.push({ actorKey: a.key, role: 'participant' });
    }
    return out;
  }
  function mergeParticipants(e: ExtractedEvent, ps: { actorKey: string; role: string }[]): void {
    for (const p of ps) if (!e.participants.some((q) => q.actorKey === p.actorKey)) e.participants.push(p);
  }
  function locationCountry(s: Sentence): string | null {
    for (const c of countriesIn(s)) {
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

  // Merge events of the same kind on the same day (a caption and the body telling one signing).
  const merged: EventDraft[] = [];
  for (const e of events.sort((a, b) => a.order - b.order)) {
    const twin = merged.find(
      (m) =>
        m.kind === e.kind &&
        m.occurredOn === e.occurredOn &&
        // Two signings of different documents on one day are two events.
        !(m.partnershipIndexes.length > 0 && e.partnershipIndexes.length > 0 && !m.partnershipIndexes.some((i) => e.partnershipIndexes.includes(i))) &&
        (m.occurredOn !== null || m.participants.some((p) => e.participants.some((q) => q.actorKey === p.actorKey))),
    );
    if (twin) {
      mergeParticipants(twin, e.participants);
      twin.partnershipIndexes = [...new Set([...twin.partnershipIndexes, ...e.partnershipIndexes])];
      twin.city ??= e.city;
      twin.country ??= e.country;
      if (e.confidence > twin.confidence) twin.confidence = e.confidence;
      if (twin.title.length < e.title.length && e.kind !== 'meeting' && s(e) > s(twin)) twin.title = e.title;
      continue;
    }
    merged.push(e);
  }
  function s(e: EventDraft): number {
    return sentences[e.sentence]!.blockKind === 'caption' ? 0 : 1;
  }
  // Events with nobody named and no date are too thin to keep.
  // A gathering with nobody named, on the day and in the city of an event that has participants, is
  // that event told loosely ("officials met in Nairobi" beside "the forum took place in Nairobi on Tuesday").
  const kept = merged.filter(
    (e) =>
      (e.participants.length > 0 || e.occurredOn !== null) &&
      !(e.participants.length === 0 && e.occurredOn !== null && merged.some((o) => o !== e && o.participants.length > 0 && o.occurredOn === e.occurredOn && (!e.city || o.city === e.city))),
  );

  // The other side of a two-party deal in a bilateral story: when one party is known to be from one
  // of the story's two countries and the other party's country is unknown, the other party is from the
  // other country ("an MoU between Chulalongkorn University and Deltares, a Dutch research institute"
  // in a Thailand–Netherlands story → Chulalongkorn University is Thai). Only organisations, and only
  // when the story has exactly two countries.
  if (input.pair.length === 2) {
    for (const p of partnerships) {
      // Signed documents and joint research only: a project may well be run by two firms of one country.
      if (p.kind !== 'mou' && p.kind !== 'agreement' && p.kind !== 'joint_research') continue;
      const sides = p.parties.map((x) => index.get(x.actorKey)!).filter((a) => a && a.kind !== 'state' && a.kind !== 'person');
      if (sides.length !== 2 || p.parties.length !== 2) continue;
      const [a, b] = sides as [ActorDraft, ActorDraft];
      const known = a.country && !b.country ? a : b.country && !a.country ? b : null;
      const unknown = known === a ? b : a;
      if (!known || !input.pair.includes(known.country!)) continue;
      unknown.country = input.pair.find((c) => c !== known.country)!;
      p.countries = [...new Set(sides.map((x) => x.country).filter((c): c is string => !!c))];
      // People who work there and had no country take it.
      for (const person of index.all()) if (person.kind === 'person' && !person.country && person.affiliationKey === unknown.key) person.country = unknown.country;
    }
  }

  return {
    partnerships: partnerships.map(({ partyKeys: _k, sentence: _s, ...p }) => p),
    events: kept.map(({ sentence: _s, order: _o, ...e }) => e),
  };
}

function stateKey(shortName: string): string {
  return shortName
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The clauses of a sentence: split at "; " and ", while/whereas". Offsets into the body. */
function clauses(s: Sentence): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /;\s+|,\s+(?:while|whereas)\s+/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    out.push({ text: s.text.slice(from, m.index), start: s.start + from, end: s.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ text: s.text.slice(from), start: s.start + from, end: s.end });
  return out;
}

function rankStatus(s: PartnershipStatus | null): number {
  return s === null ? 0 : ['proposed', 'agreed', 'active', 'signed', 'completed', 'suspended'].indexOf(s) + 1;
}

/** Countries joined by a dash or slash ("Vietnam–US partnership", "Korea-Vietnam"). */
function dashedCountries(all: CountryMention[], s: Sentence, body: string): string[] {
  const here = all.filter((c) => c.start >= s.start && c.end <= s.end);
  for (let i = 0; i + 1 < here.length; i++) {
    const a = here[i]!;
    const b = here[i + 1]!;
    if (/^\s*[–—\-/]\s*$/.test(body.slice(a.end, b.start)) && a.code !== b.code) return [a.code, b.code];
  }
  return [];
}

function eventTitle(kind: EventKind, text: string, m: RegExpExecArray, names: string[]): string {
  const after = text.slice(m.index);
  const named = /((?:\p{Lu}[\p{L}\d'’–-]*\s+){1,8}(?:Forum|Summit|Conference|Dialogue|Roundtable|Workshop|Seminar|Exhibition|Expo|Symposium|Congress)(?:\s+\d{4})?)/u.exec(text);
  if (named && kind !== 'meeting' && kind !== 'signing' && kind !== 'visit') return named[1]!.replace(/^(?:The|On|At|In)\s+/, '');
  if (kind === 'forum' || kind === 'dialogue' || kind === 'conference' || kind === 'workshop' || kind === 'exhibition') {
    const on = /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:on|about|for)\s+[^,.;]+/u.exec(after);
    if (on) return capitalise(on[0]);
  }
  const who = names.length ? ` between ${names.join(' and ')}` : '';
  if (kind === 'signing') {
    const doc = /MoU|MOU|memorandum/i.test(text) ? 'MoU' : /letters? of intent|\bLoI\b/i.test(text) ? 'letter of intent' : 'agreement';
    return `Signing of the ${doc}${who}`;
  }
  if (kind === 'meeting') return `${/working session/i.test(text) ? 'Working session' : 'Meeting'}${who}`;
  if (kind === 'visit') return `Visit${names.length ? ` by ${names.join(' and ')}` : ''}`;
  return capitalise(m[0]) + who;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
