// Read models the database keeps in step with triggers (actor_collaborations, see the
// actor_collaboration_counts migration). During a bulk load their per-statement upkeep costs more
// than one count at the end, so their triggers are off while the rows go in and the model is
// rebuilt afterwards. Both happen inside the load's transaction: a failed load turns nothing off.
import type { BulkSession } from './bulk-session.ts';

const collaborationTriggers = ['partnership_parties', 'event_participants'].flatMap((table) =>
  ['insert', 'update', 'delete'].map((operation) => ({ table, trigger: `${table}_collaborations_${operation}` })),
);

export async function suspendReadModelUpkeep(session: BulkSession): Promise<void> {
  for (const { table, trigger } of collaborationTriggers)
    await session.run(`alter table ${table} disable trigger ${trigger}`);
}

export async function rebuildReadModels(session: BulkSession): Promise<void> {
  await session.run('select kg_rebuild_actor_collaborations()');
  for (const { table, trigger } of collaborationTriggers)
    await session.run(`alter table ${table} enable trigger ${trigger}`);
}
