// Slugs that satisfy the tables' CHECK constraints (lower-case ASCII words joined by single
// hyphens), kept unique per table by numbering repeats the way a CMS does ("-2", "-3").
// Not knowledge/text.ts's slugify: this one cuts long titles at a word and drops "&" and
// apostrophes as separators, and changing that would change every generated row.
import { fold } from '../knowledge/text.ts';

const minorWords = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'by', 'a', 'an', '&']);

/** Lower-case ASCII words joined by hyphens, at most `maxLength` characters, cut at a word boundary. */
export function slugify(text: string, maxLength = 80): string {
  const words = fold(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const kept: string[] = [];
  let length = -1;
  for (const word of words) {
    if (length + 1 + word.length > maxLength && kept.length > 0) {
      // A cut title should not end on "of" or "and".
      while (kept.length > 1 && minorWords.has(kept[kept.length - 1]!)) kept.pop();
      break;
    }
    kept.push(word.slice(0, maxLength));
    length += 1 + word.length;
  }
  return kept.length === 0 ? 'item' : kept.join('-');
}

export class UniqueSlugs {
  private readonly used = new Set<string>();
  /** The next number to try for a base slug, so a title repeated a thousand times costs no more than once. */
  private readonly nextNumber = new Map<string, number>();

  /** The slug of `text`, numbered when an earlier row already took it. */
  take(text: string, maxLength = 80): string {
    const base = slugify(text, maxLength);
    let slug = base;
    if (this.used.has(slug)) {
      let n = this.nextNumber.get(base) ?? 2;
      while (this.used.has(`${base}-${n}`)) n++;
      slug = `${base}-${n}`;
      this.nextNumber.set(base, n + 1);
    }
    this.used.add(slug);
    return slug;
  }
}

/** The initials of a name's significant words ("Ministry of Science and Technology" -> "MST"), or null when too short. */
export function acronym(name: string): string | null {
  const letters = name
    .split(/[\s–-]+/)
    .filter((w) => w !== '' && !minorWords.has(w.toLowerCase()) && /^[A-Za-z]/.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return letters.length >= 2 && letters.length <= 7 ? letters : null;
}

/** "quantum computing" -> "Quantum Computing"; acronyms such as "5G" stay as they are. */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((w) => (minorWords.has(w) ? w : w[0] === undefined ? w : w[0].toUpperCase() + w.slice(1)))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase());
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
