// The candidates of one text for the learned scorer: the rules' partnerships and events, and the
// cue candidates (cooperation-cues.ts) the rules did not already find, each described by its
// features (../learn/features.ts). Nothing is decided here.
import type { ActorKind } from '../../../schema/tables.ts';
import type { Candidates, EventCandidate, PartnershipCandidate } from '../learn/decide.ts';
import { eventFeatures, kindFeatures, partnershipFeatures, type SentenceView } from '../learn/features.ts';
import type { ExtractedActor, ExtractedEvent, ExtractedPartnership, Extraction, ParsedArticle } from '../types.ts';
import type { CueCandidate } from './cooperation-cues.ts';
import { countryInfo } from './gazetteer.ts';
import { passageOf, slugify, type Sentence } from './text.ts';

export interface CandidateInput {
  article: ParsedArticle;
  sentences: Sentence[];
  /** Countries, technologies, actors and affiliations. */
  base: Omit<Extraction, 'partnerships' | 'events'>;
  rules: { partnerships: ExtractedPartnership[]; events: ExtractedEvent[] };
  cues: CueCandidate[];
  pair: string[];
  /** Countries the headline or the lead names. */
  leadCountries: string[];
  /** Countries the story names again and again (see Candidates.repeatedCountries). */
  repeatedCountries: string[];
}

const KIND_WORDS: Record<ExtractedPartnership['kind'], string> = {
  mou: 'MoU',
  agreement: 'agreement',
  strategic_partnership: 'strategic partnership',
  comprehensive_strategic_partnership: 'comprehensive strategic partnership',
  bilateral_cooperation: 'cooperation',
  joint_research: 'joint research',
  project: 'project',
  network: 'network',
};

/** The title of a partnership a cue found: its kind and sides, as the article gives no name for it. */
export function cueTitle(kind: ExtractedPartnership['kind'], names: string[], technologies: string[]): string {
  if (kind === 'mou' || kind === 'agreement')
    return `${KIND_WORDS[kind].replace(/^a/, 'A')} between ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const areas =
    technologies.length > 0 && kind === 'bilateral_cooperation'
      ? ` in ${technologies.slice(0, 3).join(', ').replace(/-/g, ' ')}`
      : '';
  return `${names.join('–')} ${KIND_WORDS[kind]}${areas}`;
}

export function buildCandidates(input: CandidateInput): Candidates {
  const { article, sentences } = input;
  const byStart = new Map(sentences.map((s) => [s.start, s]));
  const sentenceOf = (start: number) =>
    byStart.get(start) ?? sentences.find((s) => start >= s.start && start < s.end) ?? sentences[0]!;
  const view = (s: Sentence): SentenceView => ({ text: s.text, block: s.blockKind, position: s.index });
  const actors = new Map(input.base.actors.map((a) => [a.key, a]));

  // States for countries that act as sides: the rules' own when they made one, else a new one kept aside.
  const states = new Map<string, ExtractedActor>();
  const stateKeyOf = (code: string, s: Sentence): string | null => {
    const known = input.base.actors.find((a) => a.kind === 'state' && a.country === code);
    if (known) return known.key;
    const info = countryInfo(code);
    if (!info) return null;
    if (!states.has(code)) {
      let key = slugify(info.shortName);
      while (actors.has(key)) key = `${key}-state`;
      states.set(code, {
        key,
        name: info.shortName,
        kind: 'state',
        country: code,
        aliases: [],
        parentKey: null,
        mentions: 1,
        passage: passageOf(s),
        confidence: 0.8,
      });
    }
    return states.get(code)!.key;
  };
  const actorOf = (key: string) => actors.get(key) ?? [...states.values()].find((a) => a.key === key);

  interface Draft {
    partnership: ExtractedPartnership;
    sideNames: string[] | null;
    source: 'rules' | 'cue';
    cue: string | null;
    sides: 'named' | 'countries' | 'referred' | 'rules';
    link: CueCandidate['link'] | null;
    sentence: Sentence;
    agree: boolean;
    otherKind: boolean;
    repeat: boolean;
    pendingStates: string[];
  }
  const partyKey = (p: ExtractedPartnership) => [...new Set(p.parties.map((x) => x.actorKey))].sort().join('|');
  const drafts: Draft[] = input.rules.partnerships.map((p) => ({
    partnership: p,
    sideNames: null,
    source: 'rules',
    cue: null,
    sides: 'rules',
    link: null,
    sentence: sentenceOf(p.passage.start),
    agree: false,
    otherKind: false,
    repeat: false,
    pendingStates: [],
  }));

  for (const cue of input.cues) {
    const keys: string[] = [];
    const pending: string[] = [];
    for (const ref of cue.parties) {
      const key = 'key' in ref ? ref.key : stateKeyOf(ref.country, cue.sentence);
      if (!key || keys.includes(key)) continue;
      keys.push(key);
      if ('country' in ref && states.get(ref.country)?.key === key) pending.push(ref.country);
    }
    if (keys.length < 2) continue;
    const sidesKey = [...keys].sort().join('|');
    const sameSides = drafts.filter((d) => partyKey(d.partnership) === sidesKey);
    const sameKind = sameSides.find((d) => d.partnership.kind === cue.kind);
    if (sameKind) {
      // Found again: by a rule in the same sentence (agreement), or in a later sentence (support).
      if (sameKind.source === 'rules' && sameKind.sentence.index === cue.sentence.index) sameKind.agree = true;
      else sameKind.repeat = true;
      for (const t of cue.technologies)
        if (!sameKind.partnership.technologies.includes(t)) sameKind.partnership.technologies.push(t);
      continue;
    }
    for (const d of sameSides) d.otherKind = true;
    const names = keys.map((k) => actorOf(k)?.name ?? k);
    const technologies = [...cue.technologies];
    const title = cueTitle(cue.kind, names, technologies);
    drafts.push({
      partnership: {
        title,
        kind: cue.kind,
        status: null,
        startedOn: null,
        parties: keys.map((actorKey) => ({ actorKey, role: 'party' })),
        countries: [...new Set(keys.map((k) => actorOf(k)?.country).filter((c): c is string => !!c))],
        technologies,
        passage: passageOf(cue.sentence),
        confidence: 0.5,
      },
      sideNames: names,
      source: 'cue',
      cue: cue.cue,
      sides: cue.sides,
      link: cue.link,
      sentence: cue.sentence,
      agree: false,
      otherKind: sameSides.length > 0,
      repeat: false,
      pendingStates: pending,
    });
  }

  const leadEnd = Math.max(
    0,
    ...sentences.filter((s) => s.blockKind === 'title' || s.blockKind === 'lead').map((s) => s.end),
  );
  // Each draft's level (states, or organisations and people) and its sides' countries: the same
  // countries' cooperation proposed at both levels is often one agreement that a demonym
  // ("Chinese and Brazilian scientists … under a new agreement") lifted to the states.
  const levelOf = (d: Draft) => {
    const parties = d.partnership.parties.map((x) => actorOf(x.actorKey));
    const states = parties.every((a) => a?.kind === 'state');
    const countries = parties.map((a) => a?.country ?? null);
    const key = countries.every((c) => c !== null) ? [...new Set(countries)].sort().join('|') : null;
    return { states, key: key?.includes('|') ? key : null };
  };
  const levels = drafts.map(levelOf);
  const otherLevel = (i: number) => {
    const mine = levels[i]!;
    return mine.key !== null && levels.some((l, j) => j !== i && l.key === mine.key && l.states !== mine.states);
  };
  const partnerships: PartnershipCandidate[] = drafts.map((d, i) => {
    const parties = d.partnership.parties.map((x) => actorOf(x.actorKey));
    const partyKinds = parties.map((a) => (a?.kind ?? 'company') as ActorKind);
    return {
      partnership: d.partnership,
      sideNames: d.sideNames,
      pendingStates: d.pendingStates,
      kindFeatures: kindFeatures({
        source: d.source,
        proposed: d.partnership.kind,
        partyKinds,
        sentence: view(d.sentence),
      }),
      features: partnershipFeatures({
        source: d.source,
        kind: d.partnership.kind,
        cue: d.cue,
        sides: d.sides,
        link: d.link,
        partyKinds,
        partyCountries: parties.map((a) => a?.country ?? null),
        pair: input.pair,
        hasTechnologies: d.partnership.technologies.length > 0,
        hasDate: d.partnership.startedOn !== null,
        confidence: d.source === 'rules' ? d.partnership.confidence : null,
        agree: d.agree,
        otherKind: d.otherKind,
        repeat: d.repeat,
        partyMentions: parties.map((a) => a?.mentions ?? 1),
        partiesInLead: parties.filter((a) => a && a.passage.start < leadEnd).length,
        otherLevel: otherLevel(i),
        sentence: view(d.sentence),
      }),
    };
  });

  const events: EventCandidate[] = input.rules.events.map((e) => ({
    event: e,
    features: eventFeatures({
      kind: e.kind,
      occurredOn: e.occurredOn,
      publishedOn: article.publishedOn,
      participants: e.participants.length,
      hasCity: e.city !== null,
      linked: e.partnershipIndexes.length > 0,
      confidence: e.confidence,
      sentence: view(sentenceOf(e.passage.start)),
    }),
  }));

  return {
    base: { ...input.base, partnerships: [], events: [] },
    partnerships,
    events,
    states,
    leadCountries: input.leadCountries,
    repeatedCountries: input.repeatedCountries,
  };
}
