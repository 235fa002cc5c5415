// extract(article): the facts of one parsed article, from its story text only (title, lead,
// body, captions; never teasers, tags or themes). Pure: no database and no network; the learned
// scorer's weights (../learn/model.json) are read once at load.
//
// The passes, in order: sentences; mentions of countries, cities, dates, actors (with their
// titles and affiliations) and technologies; the rules' partnerships and events (relations.ts);
// cue candidates for partnerships stated loosely or across sentences (cooperation-cues.ts); then
// the learned scorer decides which partnership and event candidates are facts (../learn/decide.ts).
import type { ExtractedCountry, Extraction, ParsedArticle } from '../types.ts';
import { extractActors, toExtractedActors } from './actors.ts';
import { storyDates } from './dates.ts';
import { findCityMentions, findCountryMentions, type CityMention, type CountryMention } from './gazetteer.ts';
import { extractRelations } from './relations.ts';
import { extractTechnologies } from './technologies.ts';
import { passageOf, splitSentences, within, type Sentence } from './text.ts';
import { mergeExtractions, readingWindows } from './windows.ts';
import { decide, type Candidates } from '../learn/decide.ts';
import { buildCandidates } from './candidates.ts';
import { checkActors } from './actor-checks.ts';
import { cooperationCandidates, type PartyRef } from './cooperation-cues.ts';

export { splitSentences } from './text.ts';

export function extract(article: ParsedArticle): Extraction {
  const windows = extractCandidates(article).map((candidates) => decide(candidates));
  return windows.length === 1 ? windows[0]! : mergeExtractions(windows);
}

/** The candidates of each reading window of the article (one, unless it is very long: windows.ts), before the scorer decides. */
export function extractCandidates(article: ParsedArticle): Candidates[] {
  return readingWindows(splitSentences(article)).map((sentences) => candidatesOfWindow(article, sentences));
}

/** The candidates of the given sentences of the article. */
function candidatesOfWindow(article: ParsedArticle, sentences: Sentence[]): Candidates {
  const body = article.body;

  const countryMentions: CountryMention[] = [];
  const cityMentions: CityMention[] = [];
  for (const s of sentences) {
    countryMentions.push(...findCountryMentions(s.text, s.start));
    cityMentions.push(...findCityMentions(s.text, s.start));
  }
  const dateMentions = storyDates(article, sentences);
  // A city name is not a country mention too ("Singapore" the city is still Singapore; "Mexico City" is not "Mexico").
  const countries = countryMentions.filter(
    (c) => !cityMentions.some((m) => m.start <= c.start && m.end >= c.end && m.end - m.start > c.end - c.start),
  );

  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const countriesOfBlocks = (kinds: string[]) => [
    ...new Set(
      countries.filter((c) => sentences.some((s) => kinds.includes(s.blockKind) && within(c, s))).map((c) => c.code),
    ),
  ];
  const titleCountries = countriesOfBlocks(['title']);

  // The story's home, for people whose country nothing else tells: its places count as well as its
  // countries ("Sendai" named eight times makes a Sendai release Japanese beside one "Finland").
  const placeCounts = new Map(counts);
  for (const c of cityMentions) {
    if (!countries.some((x) => x.start >= c.start && x.end <= c.end))
      placeCounts.set(c.code, (placeCounts.get(c.code) ?? 0) + 1);
  }
  const actorResult = checkActors(extractActors(sentences, body, placeCounts, titleCountries), sentences);
  const { technologies, mentions: techMentions } = extractTechnologies(sentences, actorResult.orgSpans);

  const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const pair =
    titleCountries.length >= 2
      ? titleCountries.slice(0, 2)
      : byCount.length >= 2
        ? titleCountries.length === 1
          ? [titleCountries[0]!, byCount.find((c) => c !== titleCountries[0])!]
          : byCount.slice(0, 2)
        : [];

  const relations = extractRelations({
    sentences,
    body,
    index: actorResult.index,
    mentions: actorResult.mentions,
    countries,
    techs: techMentions,
    dates: dateMentions,
    cities: cityMentions,
    orgSpans: actorResult.orgSpans,
    pair,
    homeCountry: actorResult.homeCountry,
  });

  const extractedCountries: ExtractedCountry[] = [];
  for (const c of countries) {
    const known = extractedCountries.find((x) => x.code === c.code);
    if (known) {
      known.mentions++;
      continue;
    }
    const s = sentences.find((x) => c.start >= x.start && c.end <= x.end)!;
    extractedCountries.push({ code: c.code, mentions: 1, passage: passageOf(s) });
  }
  // Countries of events and state parties that the text names only through a city.
  for (const e of relations.events) {
    if (e.country && !extractedCountries.some((x) => x.code === e.country))
      extractedCountries.push({ code: e.country, mentions: 1, passage: e.passage });
  }

  // The sides each rule partnership names, by sentence: what "the two sides" may refer back to.
  const sentenceByStart = new Map(sentences.map((s) => [s.start, s.index]));
  const ruleSides = new Map<number, PartyRef[][]>();
  for (const p of relations.partnerships) {
    const si = sentenceByStart.get(p.passage.start);
    if (si === undefined) continue;
    ruleSides.set(si, [...(ruleSides.get(si) ?? []), p.parties.map((x) => ({ key: x.actorKey }))]);
  }
  const cues = cooperationCandidates({
    sentences,
    index: actorResult.index,
    mentions: actorResult.mentions,
    countries,
    techs: techMentions,
    orgSpans: actorResult.orgSpans,
    pair,
    ruleSides,
  });

  return buildCandidates({
    article,
    sentences,
    base: {
      countries: extractedCountries,
      technologies,
      actors: toExtractedActors(actorResult.index.all(), actorResult.mentions),
      affiliations: actorResult.affiliations,
    },
    rules: relations,
    cues,
    pair,
    leadCountries: countriesOfBlocks(['title', 'lead']),
    repeatedCountries: [...counts.keys()].filter((code) => {
      const byName = countries.filter((c) => c.code === code && c.form !== 'demonym').length;
      return byName >= 2 || counts.get(code)! >= 3;
    }),
  });
}
