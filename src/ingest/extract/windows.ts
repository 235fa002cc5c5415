// Reading a very long text in windows. The rules look back and forth across an article's
// sentences, and some of those looks cost more than linear time in the number of sentences;
// news articles are short, so that is harmless, but a megabyte of text must not take minutes.
// A text longer than one window is read as consecutive windows of sentences (each with the
// title, which sets the scene), and the windows' facts are merged. An article that fits one
// window, as every real story does, is read exactly as before.
import type { ExtractedEvent, ExtractedPartnership, Extraction } from '../types.ts';
import type { Sentence } from './text.ts';

/** About six times the longest story in the fixtures: only odd input is cut. */
export const WINDOW_CHARS = 24_000;

/** Consecutive runs of story sentences of at most `maxChars` characters, each led by the title's sentences and renumbered from 0. */
export function readingWindows(sentences: Sentence[], maxChars = WINDOW_CHARS): Sentence[][] {
  const title = sentences.filter((s) => s.blockKind === 'title');
  const story = sentences.filter((s) => s.blockKind !== 'title');
  const runs: Sentence[][] = [];
  let run: Sentence[] = [];
  let size = 0;
  for (const s of story) {
    const length = s.end - s.start;
    if (run.length > 0 && size + length > maxChars) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(s);
    size += length;
  }
  if (run.length > 0 || runs.length === 0) runs.push(run);
  if (runs.length === 1) return [sentences];
  return runs.map((r) => [...title, ...r].map((s, index) => ({ ...s, index })));
}

const partiesKey = (parties: { actorKey: string }[]) => [...new Set(parties.map((p) => p.actorKey))].sort().join(',');
const partnershipKey = (p: ExtractedPartnership) => [p.kind, p.startedOn ?? '', partiesKey(p.parties)].join('|');
const eventKey = (e: ExtractedEvent) => [e.kind, e.occurredOn ?? '', e.title, partiesKey(e.participants)].join('|');

/** One extraction from the extractions of consecutive windows: the same thing found twice is kept once. */
export function mergeExtractions(parts: Extraction[]): Extraction {
  const merged: Extraction = {
    countries: [],
    technologies: [],
    actors: [],
    affiliations: [],
    partnerships: [],
    events: [],
  };
  const countries = new Map<string, Extraction['countries'][number]>();
  const technologies = new Map<string, Extraction['technologies'][number]>();
  const actors = new Map<string, Extraction['actors'][number]>();
  const affiliations = new Set<string>();
  const partnershipAt = new Map<string, number>();
  const events = new Set<string>();
  for (const part of parts) {
    for (const c of part.countries) {
      const known = countries.get(c.code);
      if (known) known.mentions += c.mentions;
      else countries.set(c.code, { ...c });
    }
    for (const t of part.technologies) {
      const known = technologies.get(t.slug);
      if (known) known.mentions += t.mentions;
      else technologies.set(t.slug, { ...t });
    }
    for (const a of part.actors) {
      const known = actors.get(a.key);
      if (!known) {
        actors.set(a.key, { ...a, aliases: [...a.aliases] });
        continue;
      }
      known.mentions += a.mentions;
      known.country ??= a.country;
      known.parentKey ??= a.parentKey;
      known.confidence = Math.max(known.confidence, a.confidence);
      for (const alias of a.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    }
    for (const f of part.affiliations) {
      const key = `${f.personKey}\u0000${f.organizationKey ?? ''}\u0000${f.title}`;
      if (affiliations.has(key)) continue;
      affiliations.add(key);
      merged.affiliations.push(f);
    }
    // A partnership (same kind, parties and date) or an event (same kind, day, participants and
    // title) found again in a later window is the one found first; event links follow it.
    const where = part.partnerships.map((p) => {
      const key = partnershipKey(p);
      const known = partnershipAt.get(key);
      if (known !== undefined) return known;
      partnershipAt.set(key, merged.partnerships.length);
      merged.partnerships.push(p);
      return merged.partnerships.length - 1;
    });
    for (const e of part.events) {
      const key = eventKey(e);
      if (events.has(key)) continue;
      events.add(key);
      merged.events.push({ ...e, partnershipIndexes: [...new Set(e.partnershipIndexes.map((i) => where[i]!))] });
    }
  }
  merged.countries = [...countries.values()];
  merged.technologies = [...technologies.values()];
  merged.actors = [...actors.values()];
  return merged;
}
