// Scores an extraction against an answer key (the shape of shared/corpus/gold/*.json). Pure:
// no files, no database. Returns true positives, false positives, false negatives and neutral
// predictions per kind, with the items behind each number.
//
// Matching rules
// - Names are compared after folding diacritics and case, unifying typographic quotes, turning
//   "&" into "and", dropping punctuation and a leading "the" ("Nguyễn Đức Thắng" = "nguyen duc thang").
// - Optional items (`_optional`) are neutral: a prediction that matches one counts neither as a
//   true nor as a false positive, and optional items are never missed. Required items are
//   matched first, so a prediction that could match either counts as a true positive.
// - Matching is one-to-one: a second prediction of an already matched item is a false positive.
//   Every prediction that matches nothing is a false positive.
// - countries: ISO alpha-2 codes, equal.
// - technologies: both sides go to a taxonomy slug. A gold name is first mapped through the
//   technology vocabulary (canonical name → surface forms, when given), then looked up among the
//   taxonomy's names and aliases; a name the taxonomy does not know is compared by name. A
//   predicted technology goes through the vocabulary too, as the keys' convention says ("a scorer
//   maps both sides through it"): when its taxonomy name, or else one of its aliases, is a surface
//   form of a canonical name ("machine learning" → "artificial intelligence" in keys that count
//   machine learning as AI), it is that name's technology. Until 2026-12-03 only gold names were
//   mapped (docs/extraction-quality.md gives both figures where they differ).
// - actors: a predicted actor matches a gold one when the predicted name equals the gold name or
//   one of its aliases, or the gold name equals one of the predicted aliases; people only match
//   people and organisations only organisations. Predicted actors of kind "state" are NOT scored
//   as actors: the keys list states only as partnership parties (a country acting as a whole),
//   and the scorer checks them there. Kind, country and title are not part of the match.
//   Since 2026-12-03 (round 7) the same holds for a key's own state actors ("Government of
//   Japan", kind state, which some keys list): they are optional as actors, and as parties or
//   participants they are their country, as a predicted state is.
//   docs/extraction-quality.md gives the batches' scores under both rules where they differ.
// - partnerships: the kind equals the gold kind or its `kind_alt`, and the party sets overlap
//   with Jaccard ≥ 0.5. Parties are compared as canonical ids: a party naming a gold actor (by
//   name or alias) is that actor; a country short name ("United States", "UK", "Vietnam") or a
//   predicted state actor is the country's ISO code; anything else is its folded name. When
//   several gold items fit, the best overlap wins. Dates and technologies are not part of the match.
// - events: the kind equals the gold kind (or `kind_alt`), and either both dates are set and
//   equal, or (a date missing on either side) the participants overlap with Jaccard ≥ 0.5, the
//   participants being canonicalised like partnership parties. Among candidates the one with the
//   best participant overlap wins. City and country are not part of the match.
import { technologyTaxonomy } from '../knowledge/reference/technologies.ts';
import { countryOfWord } from './extract/gazetteer.ts';
import { nameKey } from '../knowledge/text.ts';
import type { ExtractedActor, Extraction } from './types.ts';

interface GoldActor {
  name: string;
  kind: string;
  country?: string | null;
  title?: string | null;
  affiliation?: string | null;
  aliases?: string[];
  kind_alt?: string;
}
interface GoldPartnership {
  title?: string;
  kind: string;
  kind_alt?: string;
  parties: string[];
  technologies?: string[];
  date?: string | null;
}
interface GoldEvent {
  title?: string;
  kind: string;
  kind_alt?: string;
  date: string | null;
  date_approx?: string;
  city?: string | null;
  country?: string | null;
  participants: string[];
}
export interface GoldKey {
  article?: unknown;
  countries: string[];
  technologies: string[];
  actors: GoldActor[];
  partnerships: GoldPartnership[];
  events: GoldEvent[];
  _optional?: Partial<Pick<GoldKey, 'countries' | 'technologies' | 'actors' | 'partnerships' | 'events'>>;
}

export const KINDS = ['countries', 'technologies', 'actors', 'partnerships', 'events'] as const;
export type FactKind = (typeof KINDS)[number];

interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  /** Predictions matching an optional item. */
  neutral: number;
  falsePositives: string[];
  missed: string[];
  matched: string[];
  /** What each prediction counted as, in the order given (for partnerships and events, the extraction's own order). */
  outcomes: Outcome[];
  /** For each prediction, the index of the required item it matched, or null. */
  matchedRequired: (number | null)[];
  /**
   * Partnerships only: for each prediction, every required item whose parties it matches, of any
   * kind and whether or not another prediction took it (the kind model learns from these).
   */
  sameSides?: number[][];
}
export type Outcome = 'tp' | 'fp' | 'neutral';
export type Score = Record<FactKind, KindScore>;

export interface ScoreOptions {
  /** Canonical technology name → surface forms (technology_vocabulary.json). */
  vocabulary?: Record<string, string[] | string>;
  /**
   * Partnerships match on their sides alone, whatever their kind. Not a way to score: the training
   * of extraction's kind model uses it to learn which kind the sides' real partnership has.
   */
  anyPartnershipKind?: boolean;
  /** Predicted technologies go through the vocabulary as gold names do (default); false scores as before 2026-12-03. */
  predictionsThroughVocabulary?: boolean;
  /**
   * Score only partnerships and events (the others come out empty): what the training's threshold
   * search needs, hundreds of times over, when only the scorer's decisions change.
   */
  relationsOnly?: boolean;
}

function emptyScore(): KindScore {
  return {
    tp: 0,
    fp: 0,
    fn: 0,
    neutral: 0,
    falsePositives: [],
    missed: [],
    matched: [],
    outcomes: [],
    matchedRequired: [],
  };
}

/** Generic one-to-one matcher: required first (best similarity first), then optional. */
function matchItems<P, G>(
  predictions: P[],
  required: G[],
  optional: G[],
  similarity: (p: P, g: G) => number,
  describeP: (p: P) => string,
  describeG: (g: G) => string,
): KindScore {
  const score = emptyScore();
  score.outcomes = predictions.map(() => 'fp');
  score.matchedRequired = predictions.map(() => null);
  const usedP = new Set<number>();
  const pairs: { p: number; g: number; s: number }[] = [];
  predictions.forEach((p, pi) => {
    required.forEach((g, gi) => {
      const s = similarity(p, g);
      if (s > 0) pairs.push({ p: pi, g: gi, s });
    });
  });
  pairs.sort((a, b) => b.s - a.s || a.p - b.p || a.g - b.g);
  const usedG = new Set<number>();
  for (const pair of pairs) {
    if (usedP.has(pair.p) || usedG.has(pair.g)) continue;
    usedP.add(pair.p);
    usedG.add(pair.g);
    score.tp++;
    score.outcomes[pair.p] = 'tp';
    score.matchedRequired[pair.p] = pair.g;
    score.matched.push(`${describeP(predictions[pair.p]!)} = ${describeG(required[pair.g]!)}`);
  }
  const usedO = new Set<number>();
  predictions.forEach((p, pi) => {
    if (usedP.has(pi)) return;
    let best = -1;
    let bestS = 0;
    optional.forEach((g, gi) => {
      if (usedO.has(gi)) return;
      const s = similarity(p, g);
      if (s > bestS) {
        bestS = s;
        best = gi;
      }
    });
    if (best >= 0) {
      usedO.add(best);
      score.neutral++;
      score.outcomes[pi] = 'neutral';
    } else {
      score.fp++;
      score.falsePositives.push(describeP(p));
    }
  });
  required.forEach((g, gi) => {
    if (!usedG.has(gi)) {
      score.fn++;
      score.missed.push(describeG(g));
    }
  });
  return score;
}

// ── Technologies ──────────────────────────────────────────────────────────────────────────
const TAXONOMY_BY_NAME = new Map<string, string>();
for (const e of technologyTaxonomy) {
  for (const n of [e.name, ...e.aliases])
    if (!TAXONOMY_BY_NAME.has(nameKey(n))) TAXONOMY_BY_NAME.set(nameKey(n), e.slug);
}
function technologyId(name: string, vocabulary: Map<string, string>): string {
  const canonical = vocabulary.get(nameKey(name)) ?? name;
  const slug = TAXONOMY_BY_NAME.get(nameKey(canonical)) ?? TAXONOMY_BY_NAME.get(nameKey(name));
  return slug ? `tech:${slug}` : `name:${nameKey(canonical)}`;
}
const TAXONOMY_BY_SLUG = new Map(technologyTaxonomy.map((e) => [e.slug, e]));
function predictedTechnologyId(slug: string, vocabulary: Map<string, string>, throughVocabulary: boolean): string {
  const entry = TAXONOMY_BY_SLUG.get(slug);
  if (throughVocabulary && entry) {
    for (const name of [entry.name, ...entry.aliases]) {
      const canonical = vocabulary.get(nameKey(name));
      if (canonical) return technologyId(canonical, vocabulary);
    }
  }
  return `tech:${slug}`;
}
function vocabularyMap(v: ScoreOptions['vocabulary']): Map<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, forms] of Object.entries(v ?? {})) {
    if (canonical.startsWith('_') || !Array.isArray(forms)) continue;
    map.set(nameKey(canonical), canonical);
    for (const f of forms) if (!map.has(nameKey(f))) map.set(nameKey(f), canonical);
  }
  return map;
}

// ── Actors ────────────────────────────────────────────────────────────────────────────────
const goldNameSets = new WeakMap<GoldActor, Set<string>>();
function goldNames(g: GoldActor): Set<string> {
  let names = goldNameSets.get(g);
  if (!names) {
    names = new Set([g.name, ...(g.aliases ?? [])].map(nameKey));
    goldNameSets.set(g, names);
  }
  return names;
}
function actorMatches(p: ExtractedActor, g: GoldActor): boolean {
  if ((p.kind === 'person') !== (g.kind === 'person')) return false;
  const gn = goldNames(g);
  if (gn.has(nameKey(p.name))) return true;
  const goldName = nameKey(g.name);
  return p.aliases.some((a) => nameKey(a) === goldName);
}

/** Scores one article's extraction against its answer key. */
export function scoreExtraction(prediction: Extraction, gold: GoldKey, options: ScoreOptions = {}): Score {
  const optional = gold._optional ?? {};
  const vocabulary = vocabularyMap(options.vocabulary);

  // Only what the training's threshold search asks for, when it asks for partnerships and events alone.
  const skip = options.relationsOnly === true;
  const countries = skip
    ? emptyScore()
    : matchItems(
        [...new Set(prediction.countries.map((c) => c.code.toUpperCase()))],
        [...new Set(gold.countries.map((c) => c.toUpperCase()))],
        (optional.countries ?? []).map((c) => c.toUpperCase()),
        (p, g) => (p === g ? 1 : 0),
        (p) => p,
        (g) => g,
      );

  const technologies = skip
    ? emptyScore()
    : matchItems(
        [
          ...new Set(
            prediction.technologies.map((t) =>
              predictedTechnologyId(t.slug, vocabulary, options.predictionsThroughVocabulary ?? true),
            ),
          ),
        ],
        [...new Set(gold.technologies.map((t) => technologyId(t, vocabulary)))],
        (optional.technologies ?? []).map((t) => technologyId(t, vocabulary)),
        (p, g) => (p === g ? 1 : 0),
        (p) => p.replace(/^tech:/, ''),
        (g) => g.replace(/^(?:tech|name):/, ''),
      );

  const scoredActors = prediction.actors.filter((a) => a.kind !== 'state');
  // A key's state actors ("Government of Japan", kind state) are the country, as a predicted state
  // is: neither scored as actors (neutral if matched) nor told apart from the country as parties.
  const isState = (g: GoldActor) => g.kind === 'state';
  /** The country a key's state actor stands for ("Government of Japan" → JP), or null. */
  const stateCountry = (g: GoldActor | undefined): string | null =>
    g && isState(g) ? ((g.country ?? countryOfWord(g.name))?.toUpperCase() ?? null) : null;
  const actors = skip
    ? emptyScore()
    : matchItems(
        scoredActors,
        gold.actors.filter((g) => !isState(g)),
        [...(optional.actors ?? []), ...gold.actors.filter(isState)],
        (p, g) => (actorMatches(p, g) ? (nameKey(p.name) === nameKey(g.name) ? 2 : 1) : 0),
        (p) => `${p.name} (${p.kind})`,
        (g) => `${g.name} (${g.kind})`,
      );

  // Canonical ids for parties and participants.
  const allGoldActors = [...gold.actors, ...(optional.actors ?? [])];
  const byKey = new Map(prediction.actors.map((a) => [a.key, a]));
  const goldId = (name: string): string => {
    const key = nameKey(name);
    const i = allGoldActors.findIndex((g) => goldNames(g).has(key));
    const state = stateCountry(allGoldActors[i]);
    if (state) return `country:${state}`;
    if (i >= 0) return `actor:${i}`;
    const code =
      countryOfWord(name.replace(/^the\s+/i, '')) ??
      countryOfWord(name.replace(/^the\s+/i, '').replace(/\b\w/g, (c) => c.toUpperCase()));
    return code ? `country:${code}` : `name:${key}`;
  };
  const predId = (actorKey: string): string => {
    const a = byKey.get(actorKey);
    if (!a) return `key:${actorKey}`;
    if (a.kind === 'state' && a.country) return `country:${a.country}`;
    const i = allGoldActors.findIndex((g) => actorMatches(a, g));
    const state = stateCountry(allGoldActors[i]);
    if (state) return `country:${state}`;
    if (i >= 0) return `actor:${i}`;
    const code = countryOfWord(a.name);
    return code ? `country:${code}` : `name:${nameKey(a.name)}`;
  };
  const jaccard = (a: Set<string>, b: Set<string>) => {
    const inter = [...a].filter((x) => b.has(x)).length;
    const union = new Set([...a, ...b]).size;
    return union === 0 ? 0 : inter / union;
  };
  const kindOk = (p: string, g: { kind: string; kind_alt?: string }) => p === g.kind || p === g.kind_alt;
  // Each prediction's overlap with each key item, computed once: the match and `sameSides` both ask.
  const overlaps = new Map<object, Map<GoldPartnership, number>>();
  const sideOverlap = (p: Extraction['partnerships'][number], g: GoldPartnership) => {
    let byGold = overlaps.get(p);
    if (!byGold) {
      byGold = new Map<GoldPartnership, number>();
      overlaps.set(p, byGold);
    }
    let overlap = byGold.get(g);
    if (overlap === undefined) {
      const j = jaccard(new Set(p.parties.map((x) => predId(x.actorKey))), new Set(g.parties.map(goldId)));
      overlap = j >= 0.5 ? j : 0;
      byGold.set(g, overlap);
    }
    return overlap;
  };

  const partnerships = matchItems(
    prediction.partnerships,
    gold.partnerships,
    optional.partnerships ?? [],
    (p, g) => (!options.anyPartnershipKind && !kindOk(p.kind, g) ? 0 : sideOverlap(p, g)),
    (p) => `${p.kind}: ${p.parties.map((x) => byKey.get(x.actorKey)?.name ?? x.actorKey).join(' + ')}`,
    (g) => `${g.kind}: ${g.parties.join(' + ')}`,
  );
  partnerships.sameSides = prediction.partnerships.map((p) =>
    gold.partnerships.flatMap((g, gi) => (sideOverlap(p, g) > 0 ? [gi] : [])),
  );

  const events = matchItems(
    prediction.events,
    gold.events,
    optional.events ?? [],
    (p, g) => {
      if (!kindOk(p.kind, g)) return 0;
      const j = jaccard(new Set(p.participants.map((x) => predId(x.actorKey))), new Set(g.participants.map(goldId)));
      if (p.occurredOn && g.date) return p.occurredOn === g.date ? 1 + j : 0;
      return j >= 0.5 ? j : 0;
    },
    (p) =>
      `${p.kind} ${p.occurredOn ?? '?'}: ${p.participants.map((x) => byKey.get(x.actorKey)?.name ?? x.actorKey).join(', ')}`,
    (g) => `${g.kind} ${g.date ?? '?'}: ${g.participants.join(', ')}`,
  );

  return { countries, technologies, actors, partnerships, events };
}

export interface Totals {
  tp: number;
  fp: number;
  fn: number;
  neutral: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Micro-averaged precision, recall and F1 over several scores. */
export function microAverage(scores: Score[]): Record<FactKind, Totals> {
  const out = {} as Record<FactKind, Totals>;
  for (const kind of KINDS) {
    const tp = scores.reduce((n, s) => n + s[kind].tp, 0);
    const fp = scores.reduce((n, s) => n + s[kind].fp, 0);
    const fn = scores.reduce((n, s) => n + s[kind].fn, 0);
    const neutral = scores.reduce((n, s) => n + s[kind].neutral, 0);
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[kind] = { tp, fp, fn, neutral, precision, recall, f1 };
  }
  return out;
}
