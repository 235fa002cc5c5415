// Dates in the story, resolved against the publication day. Explicit dates ("On September 26",
// "31 October", "Oct. 31, 2025") come from chrono-node, which puts a date without a year in the
// year closest to the reference day (so "On December 30" in a January 3 article is the previous
// December). Bare weekdays ("on Tuesday") are resolved here: news reports the past, so the most
// recent such day on or before publication, unless the sentence speaks of the future ("will").
// The English locale alone: the package's root loads all sixteen of its locales, a quarter of a
// second more at every start of the server, a command or an extraction worker.
import * as chronoEn from 'chrono-node/en';
import type { ParsedArticle } from '../types.ts';
import { MONTHS, writtenBeforePublication } from '../parse.ts';
import type { Sentence } from './text.ts';

export interface DateMention {
  /** Offsets relative to the text given. */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD when the day is known. */
  date: string | null;
  /** YYYY-MM when only the month is known. */
  month: string | null;
  /** A range's last day ("October 1-3"). */
  endDate: string | null;
  /** The story's dateline: the day it was written, not a day something happened. */
  dateline?: boolean;
}

/** "today" as the day of the story (not "today's world", "to this day"); "Today," opening a sentence too. */
const TODAY_RE = /\b[Tt]oday\b(?!['’]s)/g;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE =
  /\b(?:(?:on|last|this|next|from|by|until|till|through|since)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!,?\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))/g;

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** "from 16 to 21 May", "2–5 October 2025", "16 and 17 June": a range of days in one month, day first (chrono misses some). */
const DAY_RANGE_RE =
  /\b(?:from\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|till|-|–|and)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+((?:19|20)\d{2}))?\b/g;

/** The year that puts month `m` (1-12) closest to the reference day, as chrono does for dates without a year. */
function closestYear(m: number, publishedOn: string): number {
  const [py, pm] = publishedOn.split('-').map(Number) as [number, number];
  if (m - pm > 6) return py - 1;
  if (pm - m > 6) return py + 1;
  return py;
}

function dayRanges(text: string, publishedOn: string): DateMention[] {
  const out: DateMention[] = [];
  DAY_RANGE_RE.lastIndex = 0;
  for (const r of text.matchAll(DAY_RANGE_RE)) {
    const from = Number(r[1]);
    const to = Number(r[2]);
    const m = MONTHS.indexOf(r[3]!.toLowerCase()) + 1;
    if (from < 1 || to > 31 || to <= from) continue;
    const y = r[4] ? Number(r[4]) : closestYear(m, publishedOn);
    out.push({
      start: r.index,
      end: r.index + r[0].length,
      text: r[0],
      date: iso(y, m, from),
      month: iso(y, m, 1).slice(0, 7),
      endDate: iso(y, m, to),
    });
  }
  return out;
}

/** "The following day", "a day earlier", "two days later", "the same day": days counted from the story's last date. */
const RELATIVE_DAY_RE =
  /\b(?:(?:[Tt]he|[Oo]n the) (following|next|previous) day|[Tt]he day (after|before)|(?:[Aa]|[Oo]ne|([Tt]wo|[Tt]hree)) days? (later|earlier|before)|(?:[Tt]he|[Oo]n the) same day)\b/g;
/** A span told by its first and last day in one sentence. Bounded gap: linear. */
const SPAN_BY_ENDS =
  /\b(?:began|begins|begun|started|starts|opened|opens|kicked off)\b[^.;]{0,80}?\b(?:and|before)\s+(?:ended|ends|closed|closes|concluded|concludes|finished|finishes|wrapped up|wraps up|runs? until|ran until|continues until|continued until)\b/i;
const COUNTS: Record<string, number> = { two: 2, three: 3 };

/**
 * Days named relative to the last date the story gave ("On January 23 … The following day, …"),
 * resolved against `previous`; the caller passes the latest day-precise date of the sentences
 * before this one. Offsets are relative to `text`.
 */
export function relativeDays(text: string, previous: string): DateMention[] {
  const out: DateMention[] = [];
  RELATIVE_DAY_RE.lastIndex = 0;
  for (const m of text.matchAll(RELATIVE_DAY_RE)) {
    const words = m[0].toLowerCase();
    const n = m[3] ? COUNTS[m[3].toLowerCase()]! : 1;
    const offset = /same/.test(words) ? 0 : /following|next|after|later/.test(words) ? n : -n;
    const date = addDays(previous, offset);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date, month: date.slice(0, 7), endDate: null });
  }
  return out;
}

/**
 * Every date of the story's sentences, with body offsets: each sentence's own dates (against the
 * dateline, when there is one, else the publication day) and the days it names relative to the
 * latest single day told before it ("the following day"; titles and captions set none).
 */
export function storyDates(article: ParsedArticle, sentences: Sentence[]): DateMention[] {
  const lead = article.blocks.find((b) => b.kind === 'lead' || b.kind === 'body');
  const dateline = lead ? datelineDay(lead.text, article.publishedOn) : null;
  const today = dateline ?? article.storyDay ?? article.publishedOn;
  const out: DateMention[] = [];
  let lastDay: string | null = null;
  let datelineSeen = false;
  for (const s of sentences) {
    const own = findDates(s.text, article.publishedOn, today);
    // The dateline's own date, the first at the head of the lead.
    if (dateline && !datelineSeen && s.blockKind !== 'title' && s.blockKind !== 'caption') {
      datelineSeen = true;
      const first = own[0];
      if (first && first.start < 100 && first.date === dateline && !/^today$/i.test(first.text.trim()))
        first.dateline = true;
    }
    // "A day earlier" counts from the story's last day, not from the day it was published (as
    // chrono reads it): a relative day replaces what chrono made of the same words.
    const relative: DateMention[] = lastDay && s.blockKind !== 'title' ? relativeDays(s.text, lastDay) : [];
    const overlaps = (a: DateMention, b: DateMention) => a.start < b.end && b.start < a.end;
    const all: DateMention[] = [...own.filter((d) => !relative.some((r) => overlaps(r, d))), ...relative].sort(
      (a, b) => a.start - b.start,
    );
    for (const d of all) out.push({ ...d, start: d.start + s.start, end: d.end + s.start });
    const point: DateMention | undefined = all.filter((d) => d.date && !(d.endDate && d.endDate !== d.date)).pop();
    // A span told by its ends ("began on Monday and ended on Wednesday") is the background of a
    // stay, not the day later sentences count from ("On the same day" is the signing's day).
    if (point && s.blockKind !== 'title' && s.blockKind !== 'caption' && !SPAN_BY_ENDS.test(s.text))
      lastDay = point.date;
  }
  return out;
}

/**
 * The dateline of a press release or wire story at the start of the lead ("BERLIN, 17 September –",
 * "JAKARTA (Reuters), Jan 23 –"): the day the story was written, often a day or two before the site
 * published it. "Today" and bare weekdays in the story count from that day. Null when there is none.
 */
export function datelineDay(lead: string, publishedOn: string): string | null {
  // "BERLIN, 17 September –", "JAKARTA (Reuters), Jan 23 –", a wire's "SEOUL, April 17 (Yonhap) –",
  // a newswire's "HSINCHU, Taiwan, Dec. 4, 2024 /PRNewswire/ --", or a release's "September 3, 2026 –
  // Ottawa, Ontario –".
  const m =
    /^\s*[\p{Lu}][\p{Lu}\p{M} .’'-]{2,40}(?:\s*\([^()]{1,40}\))?(?:,\s+\p{Lu}[\p{L} .]{1,30})?,?\s+((?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2})(?:,?\s+\d{4})?)(?:\s*\([^()]{1,30}\))?(?:\s*\/[^/\n]{2,30}\/)?\s*[–—-]/u.exec(
      lead,
    ) ??
    // Agencies' own forms: "ABU DHABI, 22nd January, 2024 (WAM) --", "RIYADH, May 07, 2024, SPA --",
    // "Doha, November 11 (QNA) -", "ISLAMABAD, Jun 19 (APP):", "New Delhi, Feb 13 (PTI) India and …",
    // "Ulaanbaatar, July 15 (MONTSAME). Minister …".
    /^\s*\p{Lu}[\p{L}\p{M} .’'-]{2,30},\s+((?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?)(?:,?\s*\(\p{Lu}[\p{L}-]{1,10}\)\s*(?:[–—-]+|:|\.)?|,\s*\p{Lu}{2,6}\s*(?:[–—-]+|:)|\s*(?:[–—-]+|:))\s/u.exec(
      lead,
    ) ??
    /^\s*((?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}),?\s+\d{4})\s*[–—-]/u.exec(lead) ??
    standaloneDateline(lead);
  if (!m) return null;
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(m[1]!.trim());
  const [found] = numeric
    ? []
    : chronoEn.parse(m[1]!, { instant: new Date(`${publishedOn}T12:00:00Z`), timezone: 0 }, { forwardDate: false });
  if (!numeric && !(found?.start.isCertain('day') && found.start.isCertain('month'))) return null;
  const day = numeric
    ? iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]))
    : iso(found!.start.get('year')!, found!.start.get('month')!, found!.start.get('day')!);
  return writtenBeforePublication(day, publishedOn) ? day : null;
}

/**
 * A lead paragraph that is only a dateline line, as research agencies' news pages open: "Lisbon,
 * 16 June 2026", "Published 12 June 2025", "Press release | Paris, 4 November 2024", "VTT press
 * release 13.3.2024". Short, no sentence of its own, ending in a full date.
 */
function standaloneDateline(lead: string): RegExpExecArray | null {
  const line = lead.trim();
  if (line.length > 100 || /[.!?]\s/.test(line) || /\b(?:signed|said|will|has|have|is|are|was|were)\b/.test(line))
    return null;
  return /((?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}),?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s*\|[^|]*)?$/u.exec(line);
}

/**
 * Dates mentioned in `text`, resolved against `publishedOn` (YYYY-MM-DD). `today` is the day the
 * story counts from (its dateline, else the publication day): "today" is that day, and bare
 * weekdays are the most recent such day on or before it.
 */
export function findDates(text: string, publishedOn: string, today: string = publishedOn): DateMention[] {
  const ref = new Date(`${today}T12:00:00Z`);
  const out: DateMention[] = dayRanges(text, publishedOn);
  const ranges = out.length;
  // "On the afternoon of April 16": chrono reads the part of the day and loses the date; blanked
  // (same length, so offsets hold).
  const dayParts = text.replace(/\b(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?=\d|\p{Lu})/giu, (m) =>
    ' '.repeat(m.length),
  );
  const results = chronoEn.parse(dayParts, { instant: ref, timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    if (out.slice(0, ranges).some((o) => r.index < o.end && o.start < r.index + r.text.length)) continue;
    // "today" is read below, where "today's" is told apart.
    if (/^today$/i.test(r.text.trim())) continue;
    // "for five days through Wednesday" is a length of time, not a date; its weekday is read below.
    if (/^(?:for|over)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b/i.test(r.text.trim())) continue;
    // "now" is the present the story is told in, never the day something happened.
    if (/^(?:now|right now|by now|until now|for now|just now)$/i.test(r.text.trim())) continue;
    const s = r.start;
    // Weekdays alone are handled below; times, "now", "today" etc. without a month are skipped.
    if (!s.isCertain('month') && !s.isCertain('day')) continue;
    if (/^\d{4}$/.test(r.text.trim())) continue;
    const y = s.get('year')!;
    const m = s.get('month')!;
    const d = s.get('day')!;
    const dayKnown = s.isCertain('day');
    const e = r.end;
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      date: dayKnown ? iso(y, m, d) : null,
      month: iso(y, m, 1).slice(0, 7),
      endDate: e?.isCertain('day') ? iso(e.get('year')!, e.get('month')!, e.get('day')!) : null,
    });
  }
  TODAY_RE.lastIndex = 0;
  for (const t of text.matchAll(TODAY_RE)) {
    const start = t.index;
    if (out.some((o) => start < o.end && o.start < start + t[0].length)) continue;
    out.push({ start, end: start + t[0].length, text: t[0], date: today, month: today.slice(0, 7), endDate: null });
  }
  WEEKDAY_RE.lastIndex = 0;
  for (const w of text.matchAll(WEEKDAY_RE)) {
    const start = w.index;
    if (out.some((o) => start < o.end && o.start < start + w[0].length)) continue;
    const target = WEEKDAYS.indexOf(w[1]!.toLowerCase());
    const pubDay = new Date(`${today}T00:00:00Z`).getUTCDay();
    const lead = w[0].toLowerCase();
    // Future when its own clause says so ("the forum will open on Monday"), not another clause
    // ("X will work together on Y, officials said after talks on Monday").
    const before = text.slice(Math.max(0, start - 80), start);
    const clause = before.slice(Math.max(before.lastIndexOf(', '), before.lastIndexOf('; ')) + 1);
    // "… which ends on Friday": the end of something under way is still to come.
    // A weekday opening its clause is future when the clause goes on in the future ("On Friday, the
    // delegation will travel to Antofagasta").
    const opensClause = /(?:^|[,;:]|[.!?]\s)\s*(?:[Oo]n\s+|[Bb]y\s+|[Tt]his\s+)?$/.test(before);
    const rest = /^[^.;]{0,80}/.exec(text.slice(start + w[0].length))![0];
    const future =
      lead.startsWith('next') ||
      /\b(?:will|to be held|is scheduled|are scheduled|is expected|upcoming)\b/i.test(clause) ||
      /\b(?:ends|concludes|wraps up)\s+$/i.test(before) ||
      (opensClause && /\b(?:will|shall|is to|are to|is scheduled|are scheduled|is due|are due)\b/i.test(rest));
    let diff: number;
    // The same weekday as the story is today: "next Monday" would name the one after.
    if (future) diff = (target - pubDay + 7) % 7;
    else diff = -((pubDay - target + 7) % 7);
    if (lead.startsWith('last') && diff === 0) diff = -7;
    if (lead.startsWith('next') && diff === 0) diff = 7;
    // "on a three-day visit through Friday": the end of a span, never the day something happened.
    if (/^(?:until|till|through)\b/.test(lead)) {
      out.push({
        start,
        end: start + w[0].length,
        text: w[0],
        date: null,
        month: null,
        endDate: addDays(today, (target - pubDay + 7) % 7),
      });
      continue;
    }
    const date = addDays(today, diff);
    out.push({ start, end: start + w[0].length, text: w[0], date, month: date.slice(0, 7), endDate: null });
  }
  return out.sort((a, b) => a.start - b.start);
}
