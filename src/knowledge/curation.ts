// Curation: merging two actors that are one. Everything that points at the merged actor moves to
// the survivor in one transaction (aliases, parent and children, affiliations with their
// evidence, partnership parties, event participants, article mentions, earlier merge records),
// the merge is recorded in actor_merges, and the merged slug keeps resolving to the survivor.
import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  actorMentions,
  actorMerges,
  actors,
  affiliations,
  countries,
  eventParticipants,
  evidence,
  partnershipParties,
  type ActorKind,
} from '../../schema/tables.ts';
import type { Database, Executor } from '../db/database.ts';
import { rowsOf } from '../db/rows.ts';
import { refreshPositionDates } from './positions.ts';
import { isSlug, mustBeSlug } from './text.ts';

export type CurationErrorCode = 'NOT_FOUND' | 'SAME_ACTOR' | 'KIND_MISMATCH' | 'COUNTRY_MISMATCH' | 'INVALID_INPUT';
/** The input field a problem is about, named as in the GraphQL input. */
export type CurationField = 'survivor' | 'merged' | 'note' | 'force';

export interface CurationProblem {
  code: CurationErrorCode;
  message: string;
  field: CurationField | null;
}

/** A refused curation: every problem found with the input, in words a person can act on. Nothing was written. */
export class CurationError extends Error {
  readonly problems: CurationProblem[];
  constructor(problems: CurationProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'CurationError';
    this.problems = problems;
  }
  get code(): CurationErrorCode {
    return this.problems[0]!.code;
  }
  get field(): CurationField | null {
    return this.problems[0]!.field;
  }
}

const problem = (code: CurationErrorCode, message: string, field: CurationField | null): CurationError =>
  new CurationError([{ code, message, field }]);

export interface MergeActorsInput {
  /** The slug of the actor that stays; a slug merged earlier stands for its survivor. */
  survivorSlug: string;
  /** The slug of the actor that goes; a slug merged earlier stands for its survivor. */
  mergedSlug: string;
  /** Why the two are one, for the record. */
  note?: string | null;
  /** Merge even when the two actors have different countries (the survivor keeps its own). */
  force?: boolean | null;
}

interface ActorRef {
  id: number;
  slug: string;
  name: string;
}

/** How many things of each kind the survivor took over from the merged actor. */
export interface MergeCounts {
  /** Names added to the survivor's aliases (the merged actor's name and aliases it did not have). */
  aliases: number;
  /** Partnerships the merged actor was a party to, now the survivor's (including ones both were parties to). */
  partnerships: number;
  /** Events the merged actor took part in, now the survivor's (including ones both took part in). */
  events: number;
  /** Affiliations of the merged actor (as person or as organisation), now the survivor's. */
  affiliations: number;
  /** Articles mentioning the merged actor, now counted as mentions of the survivor. */
  mentions: number;
  /** Organisations under the merged actor, now under the survivor. */
  children: number;
  /** Earlier merges into the merged actor, now recorded as merges into the survivor. */
  earlierMerges: number;
  /** Of the partnerships, events, affiliations and mentions above: how many the survivor already had, folded into one. */
  collapsed: number;
  /** Evidence rows moved from a duplicate affiliation to the one kept (those saying the same as one kept are folded into it). */
  evidence: number;
}

export interface MergeSummary {
  survivor: ActorRef;
  merged: ActorRef;
  /** The id of the actor_merges row recording this merge. */
  mergeId: number;
  moved: MergeCounts;
}

const MAX_NOTE_LENGTH = 2000;
/** Roles a party or participant gets when nothing more specific is known; a specific role wins over them. */
const DEFAULT_PARTY_ROLE = 'partner';
const DEFAULT_PARTICIPANT_ROLE = 'participant';

/**
 * The id of the actor a slug names: the live actor with that slug, or else the survivor of the
 * actor merged under it. Merge records always point at a live actor (a later merge re-points
 * them), so one hop is enough. Null when the slug names nothing.
 */
export async function resolveActorSlug(db: Executor, slug: string): Promise<number | null> {
  return (await resolveSlug(db, slug))?.id ?? null;
}

/**
 * The survivor id of the actor merged under a slug, as a scalar subquery (null when none):
 * `actors.id = (this)` lets PostgreSQL combine the slug index and the primary key in one
 * bitmap scan, where an `exists` or `in` would scan every actor.
 */
export function survivorIdOfMergedSlug(slug: string): SQL<number | null> {
  return sql<
    number | null
  >`(select ${actorMerges.survivorId} from ${actorMerges} where ${actorMerges.mergedSlug} = ${slug})`;
}

async function resolveSlug(db: Executor, slug: string): Promise<ActorRef | null> {
  const [row] = await db
    .select({ id: actors.id, slug: actors.slug, name: actors.name })
    .from(actors)
    .where(or(eq(actors.slug, slug), eq(actors.id, survivorIdOfMergedSlug(slug))))
    // A live actor with the slug wins over a merge record that names it.
    .orderBy(sql`${actors.slug} = ${slug} desc`)
    .limit(1);
  return row ?? null;
}

/**
 * Merges one actor into another, in one transaction: checks the input, locks both actors, moves
 * everything that points at the merged actor to the survivor, records the merge and deletes the
 * merged actor. Throws a CurationError (and writes nothing) when the input is refused.
 *
 * Rules: a person merges only with a person and an organisation only with an organisation (a
 * person's affiliations and an organisation's members cannot change sides; `force` does not
 * override this); organisations of different kinds may merge, the survivor keeps its kind. Two
 * actors with different countries merge only with `force`, the survivor keeps its country.
 */
export async function mergeActors(db: Database, input: MergeActorsInput): Promise<MergeSummary> {
  const { survivorSlug, mergedSlug, note, force } = checkInput(input);
  return db.transaction(async (tx) => {
    const [survivor, merged] = await lockPair(tx, survivorSlug, mergedSlug);
    checkCompatible(survivor, merged, survivorSlug, mergedSlug);
    if (survivor.countryId !== null && merged.countryId !== null && survivor.countryId !== merged.countryId && !force) {
      const codes = await countryCodes(tx, [survivor.countryId, merged.countryId]);
      throw problem(
        'COUNTRY_MISMATCH',
        `"${merged.slug}" is of ${codes.get(merged.countryId)} and "${survivor.slug}" of ${codes.get(survivor.countryId)}: they look like different actors. Merge them anyway with force: true (the survivor keeps ${codes.get(survivor.countryId)}).`,
        'force',
      );
    }
    const moved: MergeCounts = {
      aliases: 0,
      partnerships: 0,
      events: 0,
      affiliations: 0,
      mentions: 0,
      children: 0,
      earlierMerges: 0,
      collapsed: 0,
      evidence: 0,
    };
    await moveActorFields(tx, survivor, merged, moved);
    await moveAffiliations(tx, survivor.id, merged.id, moved);
    // Positions now reported together (the survivor's own, or its members') are dated again.
    const holders = await tx
      .selectDistinct({ id: affiliations.personId })
      .from(affiliations)
      .where(or(eq(affiliations.personId, survivor.id), eq(affiliations.organizationId, survivor.id)));
    await refreshPositionDates(
      tx,
      holders.map((h) => h.id),
    );
    const parties = await moveRoles(tx, partnershipParties, DEFAULT_PARTY_ROLE, survivor.id, merged.id);
    const participants = await moveRoles(tx, eventParticipants, DEFAULT_PARTICIPANT_ROLE, survivor.id, merged.id);
    moved.partnerships = parties.rows;
    moved.events = participants.rows;
    moved.collapsed += parties.collapsed + participants.collapsed;
    await moveMentions(tx, survivor.id, merged.id, moved);

    const earlier = await tx
      .update(actorMerges)
      .set({ survivorId: survivor.id })
      .where(eq(actorMerges.survivorId, merged.id))
      .returning({ id: actorMerges.id });
    moved.earlierMerges = earlier.length;
    // A merge record for this slug already exists only when a new actor took the slug of one merged
    // before; the live actor is the one the slug names now, so its merge replaces the old record.
    const [record] = await tx
      .insert(actorMerges)
      .values({ survivorId: survivor.id, mergedSlug: merged.slug, mergedName: merged.name, note })
      .onConflictDoUpdate({
        target: actorMerges.mergedSlug,
        set: { survivorId: survivor.id, mergedName: merged.name, note, mergedAt: sql`now()` },
      })
      .returning({ id: actorMerges.id });
    await tx.delete(actors).where(eq(actors.id, merged.id));
    return {
      survivor: { id: survivor.id, slug: survivor.slug, name: survivor.name },
      merged: { id: merged.id, slug: merged.slug, name: merged.name },
      mergeId: record!.id,
      moved,
    };
  });
}

function checkInput(input: MergeActorsInput): {
  survivorSlug: string;
  mergedSlug: string;
  note: string | null;
  force: boolean;
} {
  const problems: CurationProblem[] = [];
  const slugProblem = (value: string, field: 'survivor' | 'merged') => {
    if (!isSlug(value)) problems.push({ code: 'INVALID_INPUT', message: `"${field}" ${mustBeSlug(value)}`, field });
  };
  slugProblem(input.survivorSlug, 'survivor');
  slugProblem(input.mergedSlug, 'merged');
  const note = input.note?.trim() || null;
  if (note !== null && note.length > MAX_NOTE_LENGTH) {
    problems.push({
      code: 'INVALID_INPUT',
      message: `"note" is longer than ${MAX_NOTE_LENGTH} characters (got ${note.length}).`,
      field: 'note',
    });
  }
  if (problems.length === 0 && input.survivorSlug === input.mergedSlug) {
    problems.push({
      code: 'SAME_ACTOR',
      message: `An actor cannot be merged into itself ("${input.mergedSlug}" is both the survivor and the merged actor).`,
      field: 'merged',
    });
  }
  if (problems.length > 0) throw new CurationError(problems);
  return { survivorSlug: input.survivorSlug, mergedSlug: input.mergedSlug, note, force: input.force ?? false };
}

type LockedActor = {
  id: number;
  slug: string;
  name: string;
  kind: ActorKind;
  countryId: number | null;
  parentId: number | null;
  description: string | null;
  aliases: string[];
};

/**
 * Resolves both slugs and locks both actors (`for update`, in id order, so that two merges of
 * the same actors never deadlock). A merge that committed between resolving and locking deleted
 * one of them: then the slugs are resolved again, now through the new merge record.
 */
async function lockPair(tx: Executor, survivorSlug: string, mergedSlug: string): Promise<[LockedActor, LockedActor]> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [survivorRef, mergedRef] = [await resolveSlug(tx, survivorSlug), await resolveSlug(tx, mergedSlug)];
    const missing: CurationProblem[] = [];
    if (survivorRef === null) {
      missing.push({
        code: 'NOT_FOUND',
        message: `No actor has the slug "${survivorSlug}" (survivor), and none was merged under it.`,
        field: 'survivor',
      });
    }
    if (mergedRef === null) {
      missing.push({
        code: 'NOT_FOUND',
        message: `No actor has the slug "${mergedSlug}" (merged), and none was merged under it.`,
        field: 'merged',
      });
    }
    if (missing.length > 0) throw new CurationError(missing);
    if (survivorRef!.id === mergedRef!.id) {
      const through = [survivorSlug, mergedSlug].filter((s) => s !== survivorRef!.slug).map((s) => `"${s}"`);
      throw problem(
        'SAME_ACTOR',
        `"${mergedSlug}" and "${survivorSlug}" are already one actor, "${survivorRef!.slug}": ${through.join(' and ')} ${through.length > 1 ? 'were' : 'was'} merged into it earlier.`,
        'merged',
      );
    }
    const rows = await tx
      .select({
        id: actors.id,
        slug: actors.slug,
        name: actors.name,
        kind: actors.kind,
        countryId: actors.countryId,
        parentId: actors.parentId,
        description: actors.description,
        aliases: actors.aliases,
      })
      .from(actors)
      .where(inArray(actors.id, [survivorRef!.id, mergedRef!.id]))
      .orderBy(actors.id)
      .for('update');
    const survivor = rows.find((r) => r.id === survivorRef!.id);
    const merged = rows.find((r) => r.id === mergedRef!.id);
    if (survivor && merged) return [survivor, merged];
  }
  throw new Error(`Could not lock "${survivorSlug}" and "${mergedSlug}": other merges keep changing them; try again.`);
}

const KIND_WORDS: Record<ActorKind, string> = {
  person: 'a person',
  government_body: 'a government body',
  company: 'a company',
  university: 'a university',
  research_institute: 'a research institute',
  association: 'an association',
  intergovernmental: 'an intergovernmental body',
  state: 'a state',
};

function checkCompatible(survivor: LockedActor, merged: LockedActor, survivorSlug: string, mergedSlug: string): void {
  if ((survivor.kind === 'person') !== (merged.kind === 'person')) {
    const named = (slug: string, actor: LockedActor) =>
      slug === actor.slug ? `"${slug}"` : `"${slug}" (now "${actor.slug}")`;
    throw problem(
      'KIND_MISMATCH',
      `Cannot merge ${named(mergedSlug, merged)}, ${KIND_WORDS[merged.kind]}, into ${named(survivorSlug, survivor)}, ${KIND_WORDS[survivor.kind]}: a person merges only with a person, and an organisation only with an organisation.`,
      'merged',
    );
  }
}

async function countryCodes(tx: Executor, ids: number[]): Promise<Map<number, string>> {
  const rows = await tx
    .select({ id: countries.id, code: countries.code })
    .from(countries)
    .where(inArray(countries.id, ids));
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** Aliases, country, description, parent and children. */
async function moveActorFields(
  tx: Executor,
  survivor: LockedActor,
  merged: LockedActor,
  moved: MergeCounts,
): Promise<void> {
  // The survivor's own aliases stay as curated; the merged actor's names join them unless the
  // survivor already has them (in any case) or they are its name.
  const known = new Set([survivor.name, ...survivor.aliases].map((n) => n.trim().toLowerCase()));
  const added: string[] = [];
  for (const name of [merged.name, ...merged.aliases]) {
    const key = name.trim().toLowerCase();
    if (key === '' || known.has(key)) continue;
    known.add(key);
    added.push(name.trim());
  }
  moved.aliases = added.length;

  // Whether one of the two sits (at any depth) under the other decides what happens to the tree.
  const [tree] = await rowsOf<{ survivor_under_merged: boolean; merged_under_survivor: boolean }>(
    tx,
    sql`with recursive above(start_id, id, parent_id, depth) as (
          select id, id, parent_id, 0 from actors where id in (${survivor.id}, ${merged.id})
          union all
          select above.start_id, a.id, a.parent_id, above.depth + 1 from actors a join above on a.id = above.parent_id where above.depth < 64
        )
        select
          exists (select 1 from above where start_id = ${survivor.id} and parent_id = ${merged.id}) as survivor_under_merged,
          exists (select 1 from above where start_id = ${merged.id} and parent_id = ${survivor.id}) as merged_under_survivor`,
  );
  let parentId = survivor.parentId;
  // Under the merged actor: the survivor takes its place in the tree.
  if (tree!.survivor_under_merged) parentId = merged.parentId;
  // Otherwise the survivor adopts the merged actor's parent when it has none, unless that parent is
  // the survivor itself or below it (which would make a cycle).
  else if (parentId === null && !tree!.merged_under_survivor) parentId = merged.parentId;

  await tx
    .update(actors)
    .set({
      aliases: [...survivor.aliases, ...added],
      countryId: survivor.countryId ?? merged.countryId,
      description: survivor.description ?? merged.description,
      parentId,
    })
    .where(eq(actors.id, survivor.id));
  const children = await tx
    .update(actors)
    .set({ parentId: survivor.id })
    .where(and(eq(actors.parentId, merged.id), ne(actors.id, survivor.id)))
    .returning({ id: actors.id });
  moved.children = children.length;
}

/**
 * Affiliations where the merged actor is the person or the organisation. One that would repeat
 * an affiliation the survivor already has (same person, organisation and title) is folded into
 * it: its evidence moves over, and evidence from an article that already supports the kept one
 * only fills in what the kept row lacks.
 */
async function moveAffiliations(tx: Executor, survivorId: number, mergedId: number, moved: MergeCounts): Promise<void> {
  const rows = await tx
    .select()
    .from(affiliations)
    .where(or(eq(affiliations.personId, mergedId), eq(affiliations.organizationId, mergedId)))
    .orderBy(affiliations.id);
  const dropped = alias(evidence, 'dropped');
  for (const row of rows) {
    const personId = row.personId === mergedId ? survivorId : row.personId;
    const organizationId = row.organizationId === mergedId ? survivorId : row.organizationId;
    const [twin] = await tx
      .select({ id: affiliations.id })
      .from(affiliations)
      .where(
        and(
          eq(affiliations.personId, personId),
          sql`${affiliations.organizationId} is not distinct from ${organizationId}`,
          eq(affiliations.title, row.title),
          ne(affiliations.id, row.id),
        ),
      )
      .limit(1);
    moved.affiliations++;
    if (twin === undefined) {
      await tx.update(affiliations).set({ personId, organizationId }).where(eq(affiliations.id, row.id));
      continue;
    }
    moved.collapsed++;
    // The same article supporting both: keep one row, the surest confidence and an excerpt.
    await tx
      .update(evidence)
      .set({
        confidence: sql`greatest(${evidence.confidence}, ${dropped.confidence})`,
        excerpt: sql`coalesce(${evidence.excerpt}, ${dropped.excerpt})`,
        spanStart: sql`case when ${evidence.excerpt} is null then ${dropped.spanStart} else ${evidence.spanStart} end`,
        spanEnd: sql`case when ${evidence.excerpt} is null then ${dropped.spanEnd} else ${evidence.spanEnd} end`,
      })
      .from(dropped)
      .where(
        and(
          eq(evidence.affiliationId, twin.id),
          eq(dropped.affiliationId, row.id),
          eq(dropped.articleId, evidence.articleId),
        ),
      );
    const movedEvidence = await tx
      .update(evidence)
      .set({ affiliationId: twin.id })
      .where(
        and(
          eq(evidence.affiliationId, row.id),
          sql`not exists (select 1 from ${evidence} k where k.affiliation_id = ${twin.id} and k.article_id = ${evidence.articleId})`,
        ),
      )
      .returning({ id: evidence.id });
    moved.evidence += movedEvidence.length;
    await tx
      .update(affiliations)
      .set({
        startedOn: sql`coalesce(${affiliations.startedOn}, ${row.startedOn})`,
        endedOn: sql`coalesce(${affiliations.endedOn}, ${row.endedOn})`,
      })
      .where(eq(affiliations.id, twin.id));
    // Deleting the duplicate also deletes the evidence left on it: all of it repeats the kept row's.
    await tx.delete(affiliations).where(eq(affiliations.id, row.id));
  }
}

/**
 * Partnership parties or event participants: the merged actor's rows move to the survivor. Where
 * the survivor is already there, one row stays: the survivor's, with the merged actor's role when
 * the survivor's is only the default one and the other's says more. Returns how many rows the
 * merged actor had, and how many of them were folded into the survivor's.
 */
async function moveRoles(
  tx: Executor,
  t: typeof partnershipParties | typeof eventParticipants,
  defaultRole: string,
  survivorId: number,
  mergedId: number,
): Promise<{ rows: number; collapsed: number }> {
  const other = alias(t, 'other');
  // What the actor has a role in: the partnership or the event.
  const heldIn = (table: typeof t | typeof other) => ('partnershipId' in table ? table.partnershipId : table.eventId);
  await tx
    .update(t)
    .set({ role: sql`${other.role}` })
    .from(other)
    .where(
      and(
        eq(t.actorId, survivorId),
        eq(other.actorId, mergedId),
        eq(heldIn(other), heldIn(t)),
        eq(t.role, defaultRole),
        ne(other.role, defaultRole),
      ),
    );
  const collapsed = await tx
    .delete(t)
    .where(
      and(
        eq(t.actorId, mergedId),
        inArray(
          heldIn(t),
          tx
            .select({ id: heldIn(other) })
            .from(other)
            .where(eq(other.actorId, survivorId)),
        ),
      ),
    )
    .returning({ id: t.id });
  const movedRows = await tx
    .update(t)
    .set({ actorId: survivorId })
    .where(eq(t.actorId, mergedId))
    .returning({ id: t.id });
  return { rows: movedRows.length + collapsed.length, collapsed: collapsed.length };
}

/** Mentions of the merged actor become the survivor's; where an article mentions both, the counts add up. */
async function moveMentions(tx: Executor, survivorId: number, mergedId: number, moved: MergeCounts): Promise<void> {
  const other = alias(actorMentions, 'other');
  const summed = await tx
    .update(actorMentions)
    .set({
      mentionCount: sql`${actorMentions.mentionCount} + ${other.mentionCount}`,
      excerpt: sql`coalesce(${actorMentions.excerpt}, ${other.excerpt})`,
    })
    .from(other)
    .where(
      and(
        eq(actorMentions.actorId, survivorId),
        eq(other.actorId, mergedId),
        eq(other.articleId, actorMentions.articleId),
      ),
    )
    .returning({ articleId: actorMentions.articleId });
  if (summed.length > 0) {
    await tx.delete(actorMentions).where(
      and(
        eq(actorMentions.actorId, mergedId),
        inArray(
          actorMentions.articleId,
          summed.map((s) => s.articleId),
        ),
      ),
    );
  }
  const movedRows = await tx
    .update(actorMentions)
    .set({ actorId: survivorId })
    .where(eq(actorMentions.actorId, mergedId))
    .returning({ articleId: actorMentions.articleId });
  moved.mentions = summed.length + movedRows.length;
  moved.collapsed += summed.length;
}
