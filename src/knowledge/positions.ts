// Positions in time: when a person's title at an organisation began and ended, taken from the
// articles that report it and how each states it (evidence.title_tense: a title just taken, held,
// or left; see src/ingest/extract/actors/title-tense.ts).
//
// - A position starts on the first day an article reports it as newly taken ("the newly
//   appointed Rector", "was named Director"); otherwise its start is unknown.
// - It ends on the first day an article calls it former, or on the day the person is first
//   reported in another title at the same organisation (or took it up, when that is known), once
//   every report of it as held is older: the later title closes the earlier one.
// - A report of it as held after such a day wins (the end was not yet, or it was taken again).
//
// A day is the UTC day of the article's publication. Only positions with at least one such report
// are dated here: curated positions keep the dates they were given.
import { inArray, sql } from 'drizzle-orm';
import { affiliations, articles, evidence, type TitleTense } from '../../schema/tables.ts';
import type { Executor } from '../db/database.ts';

/** One article's report of a position. */
export interface PositionReport {
  affiliationId: number;
  organizationId: number | null;
  /** Null for curated evidence: it states the position as held. */
  tense: TitleTense | null;
  /** The article's publication day (YYYY-MM-DD); null when it is undated. */
  reportedOn: string | null;
}

export interface PositionDates {
  startedOn: string | null;
  endedOn: string | null;
}

/** The dates the reports give one person's positions, for those with a stated tense. */
export function positionDates(reports: PositionReport[]): Map<number, PositionDates> {
  const positions = new Map<
    number,
    { organizationId: number | null; held: string[]; started: string[]; left: string[]; tensed: boolean }
  >();
  for (const r of reports) {
    const p = positions.get(r.affiliationId) ?? {
      organizationId: r.organizationId,
      held: [],
      started: [],
      left: [],
      tensed: false,
    };
    positions.set(r.affiliationId, p);
    if (r.tense !== null) p.tensed = true;
    if (r.reportedOn === null) continue;
    if (r.tense === 'former') p.left.push(r.reportedOn);
    else p.held.push(r.reportedOn);
    if (r.tense === 'new') p.started.push(r.reportedOn);
  }
  const first = (days: string[]) => days.reduce<string | null>((a, d) => (a === null || d < a ? d : a), null);
  const last = (days: string[]) => days.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);

  const dates = new Map<number, PositionDates>();
  for (const [id, p] of positions) {
    if (!p.tensed) continue;
    const lastHeld = last(p.held);
    const ends = p.left.filter((day) => lastHeld === null || day >= lastHeld);
    if (p.organizationId !== null) {
      for (const [otherId, other] of positions) {
        if (otherId === id || other.organizationId !== p.organizationId) continue;
        const taken = first(other.started) ?? first(other.held);
        if (taken !== null && lastHeld !== null && taken > lastHeld) ends.push(taken);
      }
    }
    dates.set(id, { startedOn: first(p.started), endedOn: first(ends) });
  }
  return dates;
}

/** Dates again the positions of these people from every report of them, inside the caller's transaction. */
export async function refreshPositionDates(tx: Executor, personIds: number[]): Promise<void> {
  if (personIds.length === 0) return;
  const rows = await tx
    .select({
      affiliationId: affiliations.id,
      organizationId: affiliations.organizationId,
      startedOn: affiliations.startedOn,
      endedOn: affiliations.endedOn,
      tense: evidence.titleTense,
      reportedOn: sql<string | null>`to_char(${articles.publishedAt} at time zone 'UTC', 'YYYY-MM-DD')`,
      personId: affiliations.personId,
    })
    .from(affiliations)
    .leftJoin(evidence, sql`${evidence.affiliationId} = ${affiliations.id}`)
    .leftJoin(articles, sql`${articles.id} = ${evidence.articleId}`)
    .where(inArray(affiliations.personId, [...new Set(personIds)]));
  const byPerson = new Map<number, typeof rows>();
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  for (const reports of byPerson.values()) {
    const stored = new Map(reports.map((r) => [r.affiliationId, r]));
    for (const [id, { startedOn, endedOn }] of positionDates(reports)) {
      const now = stored.get(id)!;
      if (now.startedOn === startedOn && now.endedOn === endedOn) continue;
      await tx.update(affiliations).set({ startedOn, endedOn }).where(sql`${affiliations.id} = ${id}`);
    }
  }
}
