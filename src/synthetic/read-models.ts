// Read models the database keeps in step with triggers: actor_collaborations (the
// actor_collaboration_counts migration) and the support columns of partnerships, events and
// affiliations (the fact_support migration). During a bulk load their per-statement upkeep costs
// more than one count at the end, so their triggers are off while the rows go in and the models
// are rebuilt afterwards. Both happen inside the load's transaction: a failed load turns nothing off.
import type { BulkSession } from './bulk-session.ts';

const operations = ['insert', 'update', 'delete'];
const upkeepTriggers = [
  ...['partnership_parties', 'event_participants'].flatMap((table) =>
    operations.map((operation) => ({ table, trigger: `${table}_collaborations_${operation}` })),
  ),
  ...operations.map((operation) => ({ table: 'evidence', trigger: `evidence_support_${operation}` })),
  { table: 'articles', trigger: 'articles_support_update' },
];

export async function suspendReadModelUpkeep(session: BulkSession): Promise<void> {
  for (const { table, trigger } of upkeepTriggers) await session.run(`alter table ${table} disable trigger ${trigger}`);
}

export async function rebuildReadModels(session: BulkSession): Promise<void> {
  await session.run('select kg_rebuild_actor_collaborations()');
  await session.run('select kg_rebuild_support()');
  for (const { table, trigger } of upkeepTriggers) await session.run(`alter table ${table} enable trigger ${trigger}`);
}
