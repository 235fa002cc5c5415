// The tables the generator writes, whether they already hold knowledge, and emptying them.
import { getTableColumns, getTableName } from 'drizzle-orm';
import {
  actorMentions,
  actorMerges,
  actors,
  affiliations,
  articles,
  countryMentions,
  eventParticipants,
  eventPartnerships,
  events,
  evidence,
  partnershipCountries,
  partnershipParties,
  partnerships,
  partnershipTechnologies,
  technologies,
  technologyMentions,
} from '../../schema/tables.ts';
import { technologyTaxonomy } from '../knowledge/reference/technologies.ts';
import type { BulkSession } from './bulk-session.ts';

const knowledge = [
  actors,
  partnerships,
  partnershipParties,
  partnershipCountries,
  partnershipTechnologies,
  events,
  eventParticipants,
  eventPartnerships,
  affiliations,
  articles,
  evidence,
  actorMentions,
  countryMentions,
  technologyMentions,
];

/** Every table of knowledge, in load order: the ones the generator fills and indexes afterwards. */
export const knowledgeTables = knowledge.map(getTableName);

/** Every table the generator writes rows into: the synthetic part of the taxonomy, then the knowledge. */
export const generatedTables = [getTableName(technologies), ...knowledgeTables];

/** Tables whose serial `id` the generator sets explicitly, so their sequences must move past it. */
export const serialTables = [technologies, ...knowledge]
  .filter((table) => {
    const columns = getTableColumns(table);
    return 'id' in columns && columns.id.columnType === 'PgSerial';
  })
  .map(getTableName);

export class KnowledgePresentError extends Error {
  constructor(readonly counts: Record<string, number>) {
    const held = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${n} ${table}`)
      .join(', ');
    super(`the database already holds knowledge (${held}); run with --reset to replace it with synthetic data`);
    this.name = 'KnowledgePresentError';
  }
}

/**
 * What makes a database not empty for the generator: actors, articles, partnerships or events,
 * or technologies beyond the curated taxonomy (a previous synthetic load), whose slugs and ids
 * the new taxonomy would collide with.
 */
export async function knowledgeCounts(session: BulkSession): Promise<Record<string, number>> {
  const curated = technologyTaxonomy.map((t) => t.slug);
  const [row] = await session.rows<Record<string, number>>(
    `select (select count(*) from ${getTableName(actors)})::int as actors,
            (select count(*) from ${getTableName(articles)})::int as articles,
            (select count(*) from ${getTableName(partnerships)})::int as partnerships,
            (select count(*) from ${getTableName(events)})::int as events,
            (select count(*) from ${getTableName(technologies)} where slug <> all($1::text[]))::int as "non-curated technologies"`,
    [curated],
  );
  return row!;
}

/**
 * Empties every knowledge table and the taxonomy (reloaded right after, so its ids start at 1
 * again); countries stay. RESTART IDENTITY puts every sequence back to 1.
 */
export async function resetKnowledge(session: BulkSession): Promise<void> {
  const tables = [...knowledgeTables, getTableName(actorMerges), getTableName(technologies)];
  await session.run(`truncate table ${tables.join(', ')} restart identity`);
}
