// Parses an article in the scraped layout of ../shared/corpus/README.md: a date-and-section
// line, the title, a timestamp in site time (UTC+7), noise, the story (lead, body paragraphs,
// photo blocks), related-article teasers, the byline, tags and themes. Every part but the title
// may be missing; the story is kept apart from the teasers so that nothing is taken from them.
import { IngestError, MAX_ARTICLE_BYTES } from './errors.ts';
import type { ParsedArticle, StoryBlock, Teaser, BlockKind } from './types.ts';

const SITE_OFFSET = '+07:00';
/** The month names, lower-case, January first. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * " date 2025-09-29 Corporate". Any date-shaped token after "date" makes the line the date line,
 * so that a malformed date ("date 2025-9-31", "date 29/09/2025") is reported as a bad date rather
 * than taken for the title; a title that merely starts with the word ("Date palms ...") is not.
 */
const DATE_LINE = /^date\s+(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\s*(.*)$/i;
/** "September 29, 2025 | 23:15" (also "Sep 29 2025 | 23:15"); the month is checked separately. */
const TIMESTAMP = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s*(\d{4})\s*\|\s*(\d{1,2}):(\d{2})$/;
const BYLINE = /^By\s+(.+)$/i;
/**
 * A header line that is only a day, as papers print above a story: "Wednesday, 07 Oct 2026",
 * "Aug 19, 2025, 08:47 PM", "PUBLISHED : 21 May 2026 at 04:10". Groups: day-first day and month,
 * or month and month-first day, then the year.
 */
const HEADER_DAY =
  /^(?:(?:published|updated|posted)\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(\d{1,2})\s+([a-z]{3,9})\.?|([a-z]{3,9})\.?\s+(\d{1,2})),?\s+(\d{4})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?$/i;

/**
 * Whether `day` can be the day a story was written, given the day the site published it: never
 * after, and at most two weeks before (a paper's own date line, a wire's dateline).
 */
export function writtenBeforePublication(day: string, publishedOn: string): boolean {
  const lag = (Date.parse(`${publishedOn}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
  return lag >= 0 && lag <= 14;
}

/** The day of a header date line, YYYY-MM-DD, or null. */
function headerDay(line: string): string | null {
  const m = line.length <= 60 ? HEADER_DAY.exec(line.trim()) : null;
  if (!m) return null;
  const month = MONTHS.findIndex((name) => name.startsWith((m[2] ?? m[3]!).slice(0, 3).toLowerCase())) + 1;
  const day = Number(m[1] ?? m[4]);
  const year = Number(m[5]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month === 0 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A line of running text rather than a header: it ends a sentence, or it is long. */
const RUNNING_TEXT = (line: string): boolean =>
  /[.!?]["”’)]?$/.test(line.trim()) || line.trim().split(/\s+/).length >= 12;
/** "TagTag:" (the site's label, doubled by the scrape), "Tags:" or "Tag:"; the colon is required so
 * that a paragraph starting with "Tagging ..." stays in the story. */
const TAGS_MARKER = /^(?:Tags?)+\s*:\s*(.*)$/i;
const THEMES = /^Themes?\s*:\s*(.*)$/i;
/** The start of a photo credit in a caption: "... Photo: MoST", "... (Photo: VNA)". */
const PHOTO_CREDIT = /\bPhotos?\s*:/gi;
/** Site furniture: comment counters ("(0) user say") and template markers ("ptbv2020"). */
const NOISE = [/^\(\d+\)\s*users?\s+says?$/i, /^ptbv\d+$/i];
/** Words a byline may join names with ("By Le Anh and Tran Binh", "By Jan van Dijk"). */
const NAME_JOINERS = new Set([
  'and',
  '&',
  ',',
  '-',
  '–',
  '/',
  'de',
  'del',
  'der',
  'di',
  'da',
  'du',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'binti',
]);
const NAME_WORD = /^\(?\p{Lu}[\p{L}\p{M}.'’-]*\)?,?$/u;

/** Decodes bytes as UTF-8, refusing binary data, invalid encodings and oversized input. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) {
    throw new IngestError('INVALID_INPUT', 'The article must be given as bytes (a Uint8Array) to decode as UTF-8.');
  }
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new IngestError(
      'TOO_LARGE',
      `The article is ${bytes.byteLength} bytes; at most ${MAX_ARTICLE_BYTES} bytes (1 MiB) are accepted. Trim it to the one story or split it.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where =
      at < 0
        ? ''
        : ` (the first bad byte is 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${at})`;
    throw new IngestError(
      'NOT_TEXT',
      `The article is not valid UTF-8 text${where}: it is binary data or text in another encoding. Convert it to UTF-8 and try again.`,
    );
  }
  checkCharacters(text);
  return text;
}

/** Parses the text of one scraped article; throws IngestError naming what is missing or wrong. */
export function parseArticle(input: string): ParsedArticle {
  checkText(input);
  const lines = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    // Tabs, runs of spaces, no-break spaces and the like become one space; lines are trimmed.
    .map((line) => line.replace(/\s+/g, ' ').trim());

  // Header: date line, title, timestamp. Blank lines and site noise between them are skipped.
  let i = indexOfNextContent(lines, 0);
  let dateLineDay: string | null = null;
  let dateLineRaw: string | null = null;
  let section: string | null = null;
  const dateLine = DATE_LINE.exec(lines[i] ?? '');
  if (dateLine) {
    dateLineRaw = dateLine[1]!;
    dateLineDay = validDay(dateLineRaw);
    section = dateLine[2]?.trim() || null;
    i = indexOfNextContent(lines, i + 1);
  }

  const title = lines[i];
  const titleProblem =
    title === undefined
      ? dateLine
        ? 'there is nothing after the date line'
        : 'there is no text line'
      : TIMESTAMP.test(title)
        ? `the line where the title belongs is the timestamp "${title}"`
        : TAGS_MARKER.test(title) || THEMES.test(title)
          ? `the line where the title belongs is "${title}", which is the tags or themes line`
          : null;
  if (title === undefined || titleProblem !== null) {
    throw new IngestError(
      'NO_TITLE',
      `The article has no title: ${titleProblem}. Put the title on the first line (after the " date YYYY-MM-DD Section" line, if any).`,
    );
  }
  i = indexOfNextContent(lines, i + 1);

  let publishedAt: string | null = null;
  const stamp = TIMESTAMP.exec(lines[i] ?? '');
  if (stamp) {
    publishedAt = timestampToIso(stamp);
    i++;
  }
  // The timestamp is in site time, so its own day is the site day (never converted to UTC).
  // When both are readable the timestamp wins: it is the more precise of the two.
  const publishedOn = publishedAt?.slice(0, 10) ?? dateLineDay;
  if (publishedOn === null) {
    const aboutDateLine = dateLine
      ? `the date line gives "${dateLineRaw}", which is not a real day in the form YYYY-MM-DD`
      : 'there is no date line (" date YYYY-MM-DD Section") before the title';
    const aboutStamp = stamp
      ? `the timestamp "${stamp[0]}" is not a real date and time`
      : 'there is no timestamp (like "September 29, 2025 | 23:15") after the title';
    throw new IngestError(
      'UNPARSEABLE_DATE',
      `The article's publication date cannot be read: ${aboutDateLine}, and ${aboutStamp}.`,
    );
  }

  // The story runs until the first teaser, the byline or the tags; teasers until the byline or
  // the tags. After the byline or the tags only tags and themes are read.
  const story: { kind: BlockKind; text: string }[] = [{ kind: 'title', text: title }];
  const teasers: Teaser[] = [];
  let author: string | null = null;
  let tags: string[] = [];
  let themes: string[] = [];
  let inTeasers = false;
  let ended = false;
  let hasLead = false;
  let storyDay: string | null = null;
  /** Whether a story block so far reads as running text: until then, short lines are the paper's header. */
  let runningText = false;
  const addBlock = (kind: BlockKind, text: string) => {
    story.push({ kind, text });
    runningText ||= RUNNING_TEXT(text);
  };
  /** A line of running text: not a teaser title, byline, tags, themes or the title again. */
  const isPlain = (line: string | undefined): line is string =>
    line !== undefined &&
    line !== title &&
    !repeatedTitle(line) &&
    !isByline(line) &&
    !TAGS_MARKER.test(line) &&
    !THEMES.test(line);

  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || isNoise(line)) continue;

    const tagLine = TAGS_MARKER.exec(line);
    if (tagLine) {
      // The layout's tags line is free text with multi-word tags run together
      // ("Kenya Japan geothermal energy renewable power Rift Valley"): nothing marks where one tag
      // ends and the next begins (not spaces, and not capitals: "Rift Valley" is one tag, "Kenya
      // Japan" two, "geothermal energy" maybe either), so any split would invent tags. The line
      // is kept whole, as one tag; commas or semicolons would be a sound separator, but the
      // layout has none.
      let rest = tagLine[1]!.trim();
      if (rest === '') {
        const j = indexOfNextContent(lines, i + 1);
        if (isPlain(lines[j])) {
          rest = lines[j]!;
          i = j;
        }
      }
      tags = rest ? [rest] : [];
      ended = true;
      continue;
    }
    const themeLine = THEMES.exec(line);
    if (themeLine) {
      themes = themeLine[1]!.split(/\s*[,;]\s*/).filter(Boolean);
      ended = true;
      continue;
    }
    if (ended) continue;
    if (isByline(line)) {
      author = BYLINE.exec(line)![1]!.trim();
      // Some papers put the byline above the story, after a header of short lines (section, day,
      // time: "Nation", "Tuesday, 08 Oct 2024", "7:12 PM MYT"): before any running text the byline
      // ends the header, not the story, and the header is no part of the story.
      if (!runningText) {
        story.splice(1);
        hasLead = false;
        continue;
      }
      ended = true;
      continue;
    }

    const teaserTitle = repeatedTitle(line);
    if (teaserTitle) {
      inTeasers = true;
      const blurbIndex = indexOfNextContent(lines, i + 1);
      const blurb = lines[blurbIndex];
      const hasBlurb = isPlain(blurb);
      teasers.push({ title: teaserTitle, blurb: hasBlurb ? blurb : '' });
      if (hasBlurb) i = blurbIndex;
      continue;
    }
    if (inTeasers) continue; // a teaser blurb's further paragraphs: another story's text

    if (line === title) {
      // A photo block: the title again, then the caption (with its photo credit taken off). A
      // credit alone gives no caption; a title line not followed by text is dropped.
      const captionIndex = indexOfNextContent(lines, i + 1);
      const captionLine = lines[captionIndex];
      if (isPlain(captionLine)) {
        const caption = stripPhotoCredit(captionLine);
        if (caption) addBlock('caption', caption);
        i = captionIndex;
      }
      continue;
    }
    // A paper's day line above the story is its header, not its lead.
    const dayOfHeader = runningText ? null : headerDay(line);
    if (dayOfHeader) {
      if (writtenBeforePublication(dayOfHeader, publishedOn)) storyDay = dayOfHeader;
      continue;
    }
    addBlock(hasLead ? 'body' : 'lead', line);
    hasLead = true;
  }

  const blocks: StoryBlock[] = [];
  let offset = 0;
  for (const block of story) {
    blocks.push({ ...block, start: offset, end: offset + block.text.length });
    offset += block.text.length + 2;
  }
  return {
    title,
    publishedOn,
    publishedAt: publishedAt ?? `${publishedOn}T00:00:00${SITE_OFFSET}`,
    section,
    author,
    tags,
    themes,
    storyDay,
    blocks,
    body: story.map((b) => b.text).join('\n\n'),
    teasers,
  };
}

function checkText(input: string): void {
  if (typeof input !== 'string') {
    throw new IngestError(
      'INVALID_INPUT',
      `The article must be given as text (a string), not ${input === null ? 'null' : typeof input}.`,
    );
  }
  // A UTF-16 code unit takes 1 to 3 bytes in UTF-8, so only a string in between is measured.
  const bytes =
    input.length > MAX_ARTICLE_BYTES
      ? input.length
      : input.length * 3 <= MAX_ARTICLE_BYTES
        ? 0
        : new TextEncoder().encode(input).byteLength;
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new IngestError(
      'TOO_LARGE',
      `The article is ${input.length > MAX_ARTICLE_BYTES ? 'at least ' : ''}${bytes} bytes of UTF-8 text; at most ${MAX_ARTICLE_BYTES} bytes (1 MiB) are accepted. Trim it to the one story or split it.`,
    );
  }
  if (input.trim() === '') {
    throw new IngestError(
      'EMPTY_TEXT',
      `The article text is empty${input === '' ? '' : ' (only whitespace)'}: give at least a title line and a date line (" date YYYY-MM-DD Section") or timestamp.`,
    );
  }
  checkCharacters(input);
}

/**
 * Text has no NUL or other control characters (tab, line breaks, vertical tab and form feed
 * excepted), no C1 controls (a sign of bytes decoded with the wrong encoding), no lone
 * surrogates and no U+FFFD (bytes that were not UTF-8 when the file was read leniently).
 */
function checkCharacters(text: string): void {
  const badCharacter =
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters in the text is this check's purpose
    /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const bad = badCharacter.exec(text);
  if (!bad) return;
  const char = bad[0];
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const line = text.slice(0, bad.index).split(/\r\n?|\n/).length;
  const what =
    char === '\u0000'
      ? `a NUL character (${code})`
      : char === '\uFFFD'
        ? `the replacement character ${code}, left where bytes were not valid UTF-8`
        : char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff
          ? `a lone surrogate (${code}), which is not a character`
          : `the control character ${code}`;
  throw new IngestError(
    'NOT_TEXT',
    `The article contains ${what} on line ${line}: it does not look like UTF-8 text (binary data, or a file read with the wrong encoding). Convert it to UTF-8 text and try again.`,
  );
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= bytes.length) return i; // not a lead byte, or the sequence is cut off
    const second = bytes[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8.
    const [lo, hi] =
      c === 0xe0
        ? [0xa0, 0xbf]
        : c === 0xed
          ? [0x80, 0x9f]
          : c === 0xf0
            ? [0x90, 0xbf]
            : c === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

function isNoise(line: string): boolean {
  return NOISE.some((pattern) => pattern.test(line));
}

/**
 * "By Bich Thuy", "By Le Anh and Tran Binh": "By" and a short run of capitalised names. A story
 * paragraph that starts with the word ("By 2030, ...", "By contrast, ...") is not a byline, nor
 * is a teaser title written twice.
 */
function isByline(line: string): boolean {
  const match = BYLINE.exec(line);
  if (!match || line.length > 80 || repeatedTitle(line)) return false;
  const words = match[1]!.trim().split(' ');
  return (
    words.length <= 8 &&
    NAME_WORD.test(words[0]!) &&
    words.every((word) => NAME_WORD.test(word) || NAME_JOINERS.has(word.toLowerCase()))
  );
}

/** "Title Title" (a teaser's title written twice) gives "Title"; anything else null. */
function repeatedTitle(line: string): string | null {
  if (line.length < 21 || line.length % 2 === 0) return null;
  const half = (line.length - 1) / 2;
  const first = line.slice(0, half);
  return line[half] === ' ' && first === line.slice(half + 1) && /\s/.test(first) ? first : null;
}

/** The caption without its photo credit: everything from the last "Photo:" on, and a "(" before it. */
function stripPhotoCredit(caption: string): string {
  let at = -1;
  for (const match of caption.matchAll(PHOTO_CREDIT)) at = match.index;
  return at < 0
    ? caption
    : caption
        .slice(0, at)
        .replace(/[\s([|–—-]+$/, '')
        .trim();
}

function indexOfNextContent(lines: string[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j] === '' || isNoise(lines[j]!))) j++;
  return j;
}

/** "2025-09-29" (or unpadded "2025-9-29") as YYYY-MM-DD when it is a real day; else null. */
function validDay(day: string): string | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(day);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Month by full name or three-letter abbreviation ("Sep", "Sept"); 0 when it is neither. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex(
    (month) => month === lower || month.slice(0, 3) === lower || (lower === 'sept' && month === 'september'),
  );
  return index + 1;
}

function timestampToIso(match: RegExpExecArray): string | null {
  const month = monthNumber(match[1]!);
  const hours = Number(match[4]);
  const minutes = Number(match[5]);
  if (month === 0 || hours > 23 || minutes > 59) return null;
  const iso = validDay(`${match[3]}-${month}-${match[2]}`);
  if (iso === null) return null;
  return `${iso}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00${SITE_OFFSET}`;
}
