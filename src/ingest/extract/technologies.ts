// Technologies: every surface form of the taxonomy (names and aliases) plus generated variants
// (singular/plural of the last word, hyphen/space), matched longest first. Forms with capitals
// inside ("AI", "IoT", "5G") match case-sensitively, the rest case-insensitively. Broad area
// names that are ordinary words ("energy", "materials") only count in a more specific phrase.
// Matches inside an organisation's name ("Quantum Dynamics Ltd", "Ministry of Science and ICT") are
// not technologies the story is about.
import { technologyTaxonomy } from '../../knowledge/reference/technologies.ts';
import type { ExtractedTechnology } from '../types.ts';
import { escapeRegExp, passageOf, type Sentence } from './text.ts';

export interface TechMention {
  slug: string;
  start: number;
  end: number;
  surface: string;
}

/**
 * Bare broad names that are common words or whole sectors: matched only through their longer
 * aliases. "Telecommunications" names a sector in passing ("firms working in telecommunications,
 * cybersecurity and …"); no key of 24 batches requires it, where 5G, 6G or subsea cables are named.
 */
const TOO_BROAD = new Set([
  'telecommunications',
  'telecoms',
  'energy',
  'materials',
  'electronics',
  'software',
  'sensors',
  'sensor',
  'telecom',
  'quantum',
  'chip',
  'chips',
  'solar',
  'robots',
  'vaccines',
  'batteries',
  'EV',
  'DLT',
  'XR',
  'VR',
  'ML',
]);
/**
 * Some broad forms are fine when they clearly name the field ("quantum technology" is separate).
 * Not "sensors": a project's devices ("soil sensors and drones") far more often than a field of
 * cooperation (one key in ten that name them requires them); "sensor technology" still counts.
 * Nor "electronics", a trade named in passing ("from assembling Korean electronics to designing
 * them"); "power electronics", "microelectronics" still count.
 */
const KEEP_ANYWAY = new Set(['quantum', 'chips', 'solar', 'robots', 'batteries', 'EV']);

function variants(form: string): string[] {
  const out = new Set([form]);
  const words = form.split(' ');
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1).join(' ');
  const join = (w: string) => (head ? `${head} ${w}` : w);
  if (/[a-z]/.test(last) && last.length > 3) {
    if (/ies$/.test(last)) out.add(join(last.replace(/ies$/, 'y')));
    else if (/[^s]s$/.test(last)) out.add(join(last.slice(0, -1)));
    else if (/[^aeiou]y$/.test(last)) out.add(join(last.replace(/y$/, 'ies')));
    else if (!/(s|sh|ch|x|ing|ion|ics|ity|ence|ance|ism|ware|gy)$/.test(last)) out.add(join(`${last}s`));
  }
  for (const f of [...out]) {
    if (f.includes('-')) out.add(f.replace(/-/g, ' '));
    if (/ /.test(f) && /^(next|low|high|small|sixth|fifth|self|e|bio|nano|cyber|gen)\b/i.test(f))
      out.add(f.replace(/ /, '-'));
  }
  return [...out];
}

/**
 * Common phrasings the taxonomy does not list, mapped to its slugs (the taxonomy file belongs to
 * the reference data; these are the extractor's own reading aids).
 */
const EXTRA_PHRASINGS: Record<string, string[]> = {
  'semiconductor-packaging-and-testing': [
    'assembly and test',
    'assembly and testing',
    'packaging and testing',
    'chip testing',
    'microchip testing',
    'chip packaging and testing',
  ],
  'solar-energy': [
    'floating solar',
    'solar farm',
    'solar farms',
    'solar panels',
    'solar capacity',
    'solar power plant',
    'solar power plants',
  ],
  hydrogen: ['hydrogen production'],
  'wind-energy': ['wind farm', 'wind farms', 'wind turbines'],
  'optical-fibre': [
    'subsea cables',
    'subsea cable',
    'undersea cable links',
    'submarine cable',
    'fibre-optic cables',
    'fiber-optic cables',
  ],
  'artificial-intelligence': ['AI technology', 'AI technologies'],
  // A mineral and what is done to its ore: processing, whichever mineral.
  'mineral-processing': [
    'nickel',
    'lithium',
    'cobalt',
    'copper',
    'rare earth',
    'rare-earth',
    'bauxite',
    'graphite',
    'manganese',
    'nickel ore',
    'laterite',
  ].flatMap((m) => ['processing', 'refining', 'smelting', 'beneficiation'].map((step) => `${m} ${step}`)),
  'battery-recycling': ['lithium-ion', 'EV', 'electric vehicle', 'used', 'spent']
    .map((b) => `recycling of ${b} batteries`)
    .concat(['lithium-ion battery recycling', 'EV battery recycling']),
};

interface Form {
  surface: string;
  slug: string;
  caseSensitive: boolean;
}

const FORMS: Form[] = (() => {
  const seen = new Map<string, Form>();
  for (const entry of technologyTaxonomy) {
    for (const base of [entry.name, ...entry.aliases, ...(EXTRA_PHRASINGS[entry.slug] ?? [])]) {
      for (const v of variants(base)) {
        const caseSensitive = /[A-Z]/.test(v.slice(1)) || /^[A-Z0-9]{2,}$/.test(v) || /\d/.test(v);
        const key = caseSensitive ? v : v.toLowerCase();
        if (TOO_BROAD.has(v) && !KEEP_ANYWAY.has(v)) continue;
        if (!seen.has(key)) seen.set(key, { surface: v, slug: entry.slug, caseSensitive });
      }
    }
  }
  return [...seen.values()];
})();

const SENSITIVE = new Map(FORMS.filter((f) => f.caseSensitive).map((f) => [f.surface, f.slug]));
const INSENSITIVE = new Map(FORMS.filter((f) => !f.caseSensitive).map((f) => [f.surface.toLowerCase(), f.slug]));
/**
 * One pattern per first word: with a few hundred forms, one alternation of all of them costs a
 * try of every form at every word of the text (seconds on a long article); keyed by the first run
 * of letters and digits, each word tries only the forms that can start there. Longest first.
 */
const firstRun = (text: string) => /^[\p{L}\p{N}]+/u.exec(text)?.[0].toLowerCase() ?? '';
const PATTERN_BY_FIRST_RUN: Map<string, RegExp> = (() => {
  const groups = new Map<string, string[]>();
  for (const surface of FORMS.map((f) => f.surface).sort((a, b) => b.length - a.length)) {
    const key = firstRun(surface);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(surface);
  }
  return new Map(
    [...groups].map(([key, surfaces]) => [
      key,
      new RegExp(
        // No look-behind for the start: these run only where WORD_START matched, which checks it,
        // and a pattern without one compiles in about half the time (654 of them, in every process).
        String.raw`(${surfaces.map((s) => escapeRegExp(s).replace(/ /g, '\\s+')).join('|')})(?![\p{L}\p{M}\d]|-(?:based|driven|enabled|related)\b)`,
        'iuy',
      ),
    ]),
  );
})();
/** Where a form may start: a letter or digit that no letter, mark, digit or hyphen precedes. The patterns above rely on it. */
const WORD_START = /(?<![\p{L}\p{M}\d-])[\p{L}\p{N}]+/gu;

/** Every match of a technology form in `text`, left to right, as one pattern of all forms would find them. */
function* formMatches(text: string): Generator<RegExpExecArray> {
  WORD_START.lastIndex = 0;
  // exec, not matchAll: the loop moves WORD_START.lastIndex past each form found.
  for (let w = WORD_START.exec(text); w !== null; w = WORD_START.exec(text)) {
    const pattern = PATTERN_BY_FIRST_RUN.get(w[0].toLowerCase());
    if (!pattern) continue;
    pattern.lastIndex = w.index;
    const m = pattern.exec(text);
    if (!m) continue;
    yield m;
    WORD_START.lastIndex = m.index + m[0].length;
  }
}

/** The taxonomy slug that `text` names as a whole ("Internet of Things", "AI"), or null. */
export function technologyOfName(text: string): string | null {
  const surface = text.replace(/\s+/g, ' ').trim();
  return SENSITIVE.get(surface) ?? INSENSITIVE.get(surface.toLowerCase()) ?? null;
}

/**
 * The portfolios of posts written in lower case ("director general of new, renewable energy and
 * energy conservation at the ministry", "secretary for energy and petroleum"): [start, end) offsets
 * into `text`. Capitalised titles are read with the people. Bounded: linear in the text.
 */
const LOWER_CASE_POST =
  /\b(?:director[- ]general|director|deputy minister|minister|secretary|undersecretary|commissioner|head|chief)\s+(?:of|for)\s+(?!the\b)([^.;()]{1,90}?)(?=\s+(?:at|in|with)\s|,\s+(?:said|who|told|which|and)\b|[.;(]|$)/g;
function lowerCaseTitlePortfolios(text: string): [number, number][] {
  const out: [number, number][] = [];
  LOWER_CASE_POST.lastIndex = 0;
  for (const m of text.matchAll(LOWER_CASE_POST)) {
    const from = m.index + m[0].length - m[1]!.length;
    out.push([from, from + m[1]!.length]);
  }
  return out;
}

/** Words after a field's name that make it a chemical compound. */
const COMPOUND_AFTER = /^\s+(?:sulphide|sulfide|peroxide|cyanide|chloride|fluoride)\b/i;
/** Capitalised words after a field's name that end the name of a programme, a fund, a prize or a publication (a gathering named after a field is about it). */
const NAMED_AFTER =
  /^(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+(?:Programme|Program|Fund|Initiative|Awards?|Prize|Magazine|Insight|Journal|Weekly)\b/u;

/** The words of a faculty's, school's or department's name before a capitalised field. */
const UNIT_BEFORE =
  /\b(?:Faculty|School|Department|Division|Chair|Master|Bachelor|Programme|Program)\s+(?:of|for|in)\s+(?:(?:\p{Lu}[\p{L}-]*|and|&|,)\s+)*$/u;

/** Technology mentions in one sentence (offsets into the body), skipping `blocked` spans. */
function findTechMentions(sentence: Sentence, blocked: { start: number; end: number }[]): TechMention[] {
  const out: TechMention[] = [];
  const portfolios = lowerCaseTitlePortfolios(sentence.text);
  for (const m of formMatches(sentence.text)) {
    const surface = m[1]!.replace(/\s+/g, ' ');
    const slug = technologyOfName(surface);
    if (!slug) {
      // Matched case-insensitively a form that must match case-sensitively ("ai" in "Thai"? no: "Ai").
      // Try a shorter alternative from the same position.
      continue;
    }
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (blocked.some((b) => start >= b.start && end <= b.end)) continue;
    const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "Rizal Hadiwinata, director general of new, renewable energy and energy conservation at …": a post's portfolio.
    if (portfolios.some(([a, b]) => m.index >= a && m.index < b)) continue;
    // "hydrogen sulphide": a compound, not the field.
    if (COMPOUND_AFTER.test(after)) continue;
    // "the Green Energy Transition Programme", "Hydrogen Insight": a capitalised field inside the name
    // of a programme, a fund or a publication names that, not what the story is about.
    if (/^\p{Lu}/u.test(surface) && NAMED_AFTER.test(after)) continue;
    // "its Faculty of Electronics and Telecommunications", "the School of Renewable Energy": a unit's name.
    if (/^\p{Lu}/u.test(surface) && UNIT_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 60), m.index))) continue;
    out.push({ slug, start, end, surface });
  }
  return out;
}

/**
 * A field named only to say what a company does ("Japanese electronics firms", "a Korean
 * electronics giant"): the company's trade, not what the story's cooperation is about.
 */
const TRADE_NOUN =
  /^\s+(?:firms?|compan(?:y|ies)|makers?|manufacturers?|giants?|groups?|investors?|suppliers?|producers?|exporters?|brands?|conglomerates?|multinationals?|players?|retailers?|start-?ups?)\b/i;

export function extractTechnologies(
  sentences: Sentence[],
  blocked: { start: number; end: number }[],
): { technologies: ExtractedTechnology[]; mentions: TechMention[] } {
  const bySlug = new Map<string, ExtractedTechnology>();
  const mentions: TechMention[] = [];
  const asTrade = new Map<string, boolean>();
  for (const sentence of sentences) {
    for (const t of findTechMentions(sentence, blocked)) {
      const trade = TRADE_NOUN.test(sentence.text.slice(t.end - sentence.start, t.end - sentence.start + 16));
      asTrade.set(t.slug, (asTrade.get(t.slug) ?? true) && trade);
      mentions.push(t);
      const known = bySlug.get(t.slug);
      if (known) known.mentions++;
      else bySlug.set(t.slug, { slug: t.slug, mentions: 1, passage: passageOf(sentence) });
    }
  }
  // A field named only as companies' trade is left out, with its mentions.
  const kept = (slug: string) => !asTrade.get(slug);
  return {
    technologies: [...bySlug.values()].filter((t) => kept(t.slug)),
    mentions: mentions.filter((m) => kept(m.slug)),
  };
}
