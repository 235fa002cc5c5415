// Following the knowledge as it grows: which partnerships and events were added since a reader
// last looked, among those matching its filter. Rows are told apart by id, which grows with every
// insert; but ids are handed out when a row is written, not when its transaction commits, so a
// transaction that started earlier may commit a lower id after a higher one was seen. The
// watermark therefore looks back LOOKBACK ids below the highest delivered, and remembers what it
// delivered there.
import { and, gt, notInArray, sql, type SQL } from 'drizzle-orm';
import { events, partnerships } from '../../schema/tables.ts';
import type { Executor } from '../db/database.ts';
import { eventConditions, partnershipConditions } from './filters.ts';

/** How far below the highest id delivered a late commit is still found. */
const LOOKBACK = 1000;

/** What a follower wants to hear of: facts involving this country, technology (or one below it) and actor. */
export interface LiveFilter {
  country?: string;
  technology?: string;
  actor?: string;
}

export interface AddedFact {
  kind: 'partnership' | 'event';
  id: number;
}

/** Where one table's reading stands: the highest id delivered, and the ids delivered within LOOKBACK of it. */
class TableWatermark {
  #highest = 0;
  readonly #delivered = new Set<number>();

  /** What exists now (the highest id, and the ids within LOOKBACK of it): none of it is news. */
  start(existing: number[]): void {
    for (const id of existing) this.deliver(id);
  }

  /** Rows above the lookback floor not yet delivered. */
  condition(id: typeof partnerships.id | typeof events.id): SQL | undefined {
    const floor = Math.max(0, this.#highest - LOOKBACK);
    return and(gt(id, floor), this.#delivered.size > 0 ? notInArray(id, [...this.#delivered]) : undefined);
  }

  deliver(id: number): void {
    this.#delivered.add(id);
    if (id > this.#highest) this.#highest = id;
    const floor = this.#highest - LOOKBACK;
    for (const old of this.#delivered) if (old <= floor) this.#delivered.delete(old);
  }
}

/**
 * A follower of the knowledge: `start()` marks what exists now; each `added()` answers the
 * partnerships and events matching the filter that were committed since, oldest first, each once.
 */
export class AddedFacts {
  readonly #partnerships = new TableWatermark();
  readonly #events = new TableWatermark();

  readonly #db: Executor;
  readonly #filter: LiveFilter;

  constructor(db: Executor, filter: LiveFilter) {
    this.#db = db;
    this.#filter = filter;
  }

  async start(): Promise<void> {
    // The newest ids of each table: the highest, and what lies within LOOKBACK below it.
    const newest = (table: typeof partnerships | typeof events) =>
      this.#db
        .select({ id: table.id })
        .from(table)
        .where(sql`${table.id} > (select coalesce(max(id), 0) from ${table}) - ${LOOKBACK}`);
    const [p, e] = await Promise.all([newest(partnerships), newest(events)]);
    this.#partnerships.start(p.map((row) => row.id));
    this.#events.start(e.map((row) => row.id));
  }

  async added(): Promise<AddedFact[]> {
    const { country, technology, actor } = this.#filter;
    const [newPartnerships, newEvents] = await Promise.all([
      this.#db
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(
          and(
            this.#partnerships.condition(partnerships.id),
            partnershipConditions(partnerships, { country, technology, actor }),
          ),
        )
        .orderBy(partnerships.id),
      this.#db
        .select({ id: events.id })
        .from(events)
        .where(and(this.#events.condition(events.id), eventConditions(events, { country, technology, actor })))
        .orderBy(events.id),
    ]);
    for (const { id } of newPartnerships) this.#partnerships.deliver(id);
    for (const { id } of newEvents) this.#events.deliver(id);
    return [
      ...newPartnerships.map(({ id }) => ({ kind: 'partnership' as const, id })),
      ...newEvents.map(({ id }) => ({ kind: 'event' as const, id })),
    ];
  }
}
