// Parses an article in the scraped layout of ../shared/corpus/README.md: a date-and-section
// line, the title, a timestamp in site time (UTC+7), noise, the story (lead, body paragraphs,
// photo blocks), related-article teasers, the byline, tags and themes. Every part but the title
// may be missing; the story is kept apart from the teasers so that nothing is taken from them.
import { IngestError, MAX_ARTICLE_BYTES } from './errors.ts';
import type { ParsedArticle, StoryBlock, Teaser, BlockKind } from './types.ts';

const SITE_OFFSET = '+07:00';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$/i;
const TIMESTAMP = /^([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})\s*\|\s*(\d{1,2}):(\d{2})$/;
const BYLINE = /^By\s+(.+)$/;
const TAGS_MARKER = /^(?:Tag)+:?\s*(.*)$/;
const THEMES = /^Themes:\s*(.*)$/i;
const PHOTO_CREDIT = /\s*Photo:\s*[^.]*\.?\s*$/i;
/** Site furniture: comment counters ("(0) user say") and template markers ("ptbv2020"). */
const NOISE = [/^\(\d+\)\s*users?\s+says?$/i, /^ptbv\d+$/i];

/** Decodes bytes as UTF-8, refusing binary data, invalid encodings and oversized input. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new IngestError('TOO_LARGE', `The article is ${bytes.byteLength} bytes; at most ${MAX_ARTICLE_BYTES} (1 MiB) are accepted.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError('NOT_TEXT', 'The article is not valid UTF-8 text.');
  }
  return text;
}

/** Parses the text of one scraped article; throws IngestError naming what is missing or wrong. */
export function parseArticle(input: string): ParsedArticle {
  checkText(input);
  const lines = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t ]+/g, ' ').trim());

  let i = 0;
  const next = () => {
    while (i < lines.length && lines[i] === '') i++;
  };

  next();
  let dateLineDay: string | null = null;
  let section: string | null = null;
  const dateLine = DATE_LINE.exec(lines[i] ?? '');
  if (dateLine) {
    dateLineDay = validDay(dateLine[1]!);
    section = dateLine[2]?.trim() || null;
    i++;
    next();
  }

  const title = lines[i];
  if (title === undefined || isNoise(title) || TIMESTAMP.test(title)) {
    throw new IngestError('NO_TITLE', 'The article has no title: expected it on the first line after the date line.');
  }
  i++;
  next();

  let publishedAt: string | null = null;
  const stamp = TIMESTAMP.exec(lines[i] ?? '');
  if (stamp) {
    publishedAt = timestampToIso(stamp);
    i++;
  }
  const publishedOn = publishedAt?.slice(0, 10) ?? dateLineDay;
  if (publishedOn === null) {
    throw new IngestError(
      'UNPARSEABLE_DATE',
      'The article has no publication date: expected a line " date YYYY-MM-DD Section" or a timestamp like "September 29, 2025 | 23:15".',
    );
  }

  // The story runs until the first teaser or the byline; teasers until the byline.
  const story: { kind: BlockKind; text: string }[] = [{ kind: 'title', text: title }];
  const teasers: Teaser[] = [];
  let author: string | null = null;
  let tags: string[] = [];
  let themes: string[] = [];
  let inTeasers = false;

  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || isNoise(line)) continue;

    const byline = BYLINE.exec(line);
    if (byline && !author && line.length < 80) {
      author = byline[1]!.trim();
      inTeasers = false;
      continue;
    }
    const tagLine = TAGS_MARKER.exec(line);
    if (tagLine && line.startsWith('Tag')) {
      const rest = tagLine[1]?.trim() || nextContentLine(lines, i + 1);
      if (!tagLine[1]?.trim()) i = indexOfNextContent(lines, i + 1);
      tags = rest ? [rest] : [];
      continue;
    }
    const themeLine = THEMES.exec(line);
    if (themeLine) {
      themes = themeLine[1]!.split(/\s*[,;]\s*/).filter(Boolean);
      continue;
    }
    if (author !== null) continue; // after the byline only tags and themes matter

    const teaserTitle = repeatedTitle(line);
    if (teaserTitle) {
      inTeasers = true;
      const blurbIndex = indexOfNextContent(lines, i + 1);
      const blurb = lines[blurbIndex] ?? '';
      const blurbIsText = blurb !== '' && !repeatedTitle(blurb) && !BYLINE.test(blurb);
      teasers.push({ title: teaserTitle, blurb: blurbIsText ? blurb : '' });
      if (blurbIsText) i = blurbIndex;
      continue;
    }
    if (inTeasers) continue;

    if (line === title) {
      // A photo block: the title again, then the caption.
      const captionIndex = indexOfNextContent(lines, i + 1);
      const caption = (lines[captionIndex] ?? '').replace(PHOTO_CREDIT, '').trim();
      if (caption && !repeatedTitle(lines[captionIndex]!) && !BYLINE.test(lines[captionIndex]!)) {
        story.push({ kind: 'caption', text: caption });
        i = captionIndex;
      }
      continue;
    }
    story.push({ kind: story.length === 1 ? 'lead' : 'body', text: line });
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
    blocks,
    body: story.map((b) => b.text).join('\n\n'),
    teasers,
  };
}

function checkText(input: string): void {
  if (new TextEncoder().encode(input).byteLength > MAX_ARTICLE_BYTES) {
    throw new IngestError('TOO_LARGE', `The article is over ${MAX_ARTICLE_BYTES} bytes (1 MiB); split it or trim it.`);
  }
  if (input.trim() === '') throw new IngestError('EMPTY_TEXT', 'The article text is empty.');
  // NUL and other C0 controls (but tab, newline, carriage return) do not occur in text.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/.test(input)) {
    throw new IngestError('NOT_TEXT', 'The article contains control characters or undecodable bytes: it does not look like UTF-8 text.');
  }
}

function isNoise(line: string): boolean {
  return NOISE.some((pattern) => pattern.test(line));
}

/** "Title Title" (a teaser's title written twice) gives "Title"; anything else null. */
function repeatedTitle(line: string): string | null {
  if (line.length < 21 || line.length % 2 === 0) return null;
  const half = (line.length - 1) / 2;
  const first = line.slice(0, half);
  return line[half] === ' ' && first === line.slice(half + 1) && /\s/.test(first) ? first : null;
}

function indexOfNextContent(lines: string[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j] === '' || isNoise(lines[j]!))) j++;
  return j;
}

function nextContentLine(lines: string[], from: number): string | undefined {
  return lines[indexOfNextContent(lines, from)];
}

function validDay(day: string): string | null {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}

function timestampToIso(match: RegExpExecArray): string | null {
  const month = MONTHS.indexOf(match[1]!.toLowerCase()) + 1;
  const day = Number(match[2]);
  const hours = Number(match[4]);
  const minutes = Number(match[5]);
  if (month === 0 || hours > 23 || minutes > 59) return null;
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (validDay(iso) === null) return null;
  return `${iso}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00${SITE_OFFSET}`;
}
