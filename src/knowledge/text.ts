// Text normalisation shared by extraction, entity resolution and scoring: names are compared
// and slugs made in one way everywhere.

/** A character other than printable ASCII, tab or line break: text without one has nothing to fold. */
const NON_ASCII = /[^ -~\t\n\r]/;

/** Removes diacritics, including the Vietnamese đ/Đ that Unicode decomposition leaves alone. */
export function fold(text: string): string {
  // Most text is ASCII already: nothing to decompose.
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

const foldedChars = new Map<string, string>();

/**
 * `fold`, one UTF-16 unit for one: "Việt Nam" → "Viet Nam", "Hà Nội" → "Ha Noi", with every
 * offset unchanged, so patterns written for plain spellings can run on the folded text and
 * report spans of the original. A character that does not fold to exactly one stays as it is.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      const f = fold(ch);
      folded = f.length === 1 ? f : ch;
      foldedChars.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/** Typographic quotes and dashes to ASCII ones; keeps the length, so offsets stay valid. */
function asciiPunctuation(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
}

/** The form two names are compared in: folded, lower case, ASCII punctuation, no leading "the", single spaces. */
export function nameKey(text: string): string {
  let key = nameKeys.get(text);
  if (key === undefined) {
    // Bounded: extraction asks for the same few thousand keys many times over.
    if (nameKeys.size >= 20_000) nameKeys.clear();
    key = computeNameKey(text);
    nameKeys.set(text, key);
  }
  return key;
}
const nameKeys = new Map<string, string>();

function computeNameKey(text: string): string {
  return asciiPunctuation(fold(text))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,;:!?"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Kebab-case ASCII key: "Nguyễn Chí Dũng" → "nguyen-chi-dung". */
export function slugify(text: string, max = 80): string {
  const slug = fold(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether the text is a slug as `slugify` makes them and the tables' checks require. */
export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** The end of a message refusing a value that is not a slug: "\"x\" must be a slug: ...". */
export function mustBeSlug(value: string): string {
  return `must be a slug: lowercase letters and digits joined by single hyphens, e.g. "vu-hai-quan" (got ${JSON.stringify(value)}).`;
}
