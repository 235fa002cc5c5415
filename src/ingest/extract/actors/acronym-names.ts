// Pass 3c: organisations known only by an acronym ("JICA", "MASHAV", "PLN"). A story that writes
// the same acronym at least twice, outside longer names, and at least once where an organisation
// acts ("JICA said", "with TIMC", "USTH and …"), is speaking of an organisation, unless the acronym is a country's, a technology's, a bloc's or one of the
// abbreviations the press uses for other things (currencies, units, documents, job titles).
import { countryOfWord } from '../gazetteer.ts';
import { BLOCS, NOT_NAME_WORDS, TITLE_ABBREVIATIONS } from '../lexicon.ts';
import { technologyOfName } from '../technologies.ts';
import { passageOf } from '../text.ts';
import type { ActorContext } from './context.ts';

/** Abbreviations of things other than organisations. */
const NOT_ORGANISATIONS = new Set([
  'CEO',
  'CFO',
  'CTO',
  'COO',
  'GDP',
  'FDI',
  'ODA',
  'MOU',
  'MOC',
  'LOI',
  'USD',
  'EUR',
  'VND',
  'JPY',
  'KRW',
  'CNY',
  'INR',
  'THB',
  'IDR',
  'SGD',
  'AUD',
  'MYR',
  'PHP',
  'GBP',
  'CHF',
  'NZD',
  'BRL',
  'CAD',
  'MW',
  'GW',
  'KW',
  'MWH',
  'GWH',
  'KWH',
  'TWH',
  'MWP',
  'GWP',
  'KM',
  'CO2',
  'PDR',
  'SDG',
  'SDGS',
  'COP',
  'CEPA',
  'FTA',
  'RCEP',
  'CPTPP',
  'EVFTA',
  'PPP',
  'ESG',
  'IPO',
  'SME',
  'SMES',
  'STEM',
  'PHD',
  'MBA',
  'NDO',
  'VNA',
  'AFP',
  'AP',
  'UPI',
  'PM',
  'DPM',
  'HE',
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'XII',
  'ICT',
  'IT',
  'OEM',
  'ASEAN',
  'EU',
  'UN',
  'APEC',
  'G7',
  'G20',
  'NATO',
  'BRICS',
  'WTO',
  'FAQ',
  'TV',
  'OK',
  'NGO',
  'NGOS',
  'HQ',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'NOK',
  'SEK',
  'DKK',
  'HKD',
  'TWD',
  'AED',
  'SAR',
  'ZAR',
  'MXN',
  'RUB',
  'TRY',
  'PKR',
  'BDT',
  'LAK',
  'KHR',
  'MMK',
]);
const ACRONYM_TOKEN = /^[A-Z][A-Z&]{2,7}$/;
const AGENT_AFTER =
  /^(?:said|says|signed|signs|will|has|have|had|is|was|announced|agreed|plans|launched|leads|led|and|also|told|added)$/;
const AGENT_BEFORE = /^(?:with|by|between|and|from|at|to|partner|partners)$/;

export function findAcronymNames({ sentences, tokensOf, index }: ActorContext): void {
  const counts = new Map<string, number>();
  const acting = new Set<string>();
  const firstAt = new Map<string, { sentence: number; start: number }>();
  for (const s of sentences) {
    if (s.blockKind === 'title') continue;
    const tokens = tokensOf[s.index]!;
    tokens.forEach((t, k) => {
      if (!ACRONYM_TOKEN.test(t.text)) return;
      // Inside a longer capitalised name ("PLN Nusantara Power") it is part of that name.
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      if ((before?.cap && !before.punct) || (after?.cap && !after.punct)) return;
      counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
      if (!firstAt.has(t.text)) firstAt.set(t.text, { sentence: s.index, start: t.start });
      // Where an organisation acts or is acted with: "JICA said", "with TIMC", "USTH and …".
      if (
        t.possessive ||
        (after && (AGENT_AFTER.test(after.text) || after.text === ',')) ||
        (before && AGENT_BEFORE.test(before.text))
      )
        acting.add(t.text);
    });
  }
  const blocs = new Set(BLOCS.flatMap((b) => [b.name, ...b.aliases]));
  for (const [acronym, n] of counts) {
    if (n < 2 || !acting.has(acronym) || index.find(acronym)) continue;
    if (
      NOT_ORGANISATIONS.has(acronym) ||
      NOT_NAME_WORDS.has(acronym) ||
      TITLE_ABBREVIATIONS[acronym] ||
      blocs.has(acronym)
    )
      continue;
    if (countryOfWord(acronym) || technologyOfName(acronym)) continue;
    const first = firstAt.get(acronym)!;
    index.upsert({
      name: acronym,
      kind: 'government_body',
      kindGuessed: true,
      country: null,
      parentKey: null,
      passage: passageOf(sentences[first.sentence]!),
      confidence: 0.5,
      firstStart: first.start,
      title: null,
      affiliationKey: null,
      affiliationPassage: null,
      implied: false,
    });
  }
}
