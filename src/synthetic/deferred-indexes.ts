// Secondary indexes and foreign keys are set aside during a bulk load and rebuilt afterwards:
// building an index once over all rows is far cheaper than updating it row by row, and one
// validating join per foreign key is far cheaper than a trigger per inserted row. Indexes that
// back a primary key or unique constraint stay, and keep checking the rows as they arrive.
// Both are read from the catalogue, so whatever a later migration adds is handled too; all of
// this happens inside the load's transaction, so a failure restores them as they were.
import type { BulkSession } from './bulk-session.ts';

export interface DeferredIndexes {
  indexes: { name: string; definition: string }[];
  foreignKeys: { table: string; name: string; definition: string }[];
}

/** Drops the secondary indexes and foreign keys of these tables and returns how to rebuild them. */
export async function deferIndexes(session: BulkSession, tables: readonly string[]): Promise<DeferredIndexes> {
  const indexes = await session.rows<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       join pg_class t on t.oid = i.indrelid
      where t.relnamespace = current_schema()::regnamespace
        and t.relname = any($1::text[])
        and not i.indisprimary
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))
      order by 1`,
    [tables],
  );
  const foreignKeys = await session.rows<{ table: string; name: string; definition: string }>(
    `select c.conrelid::regclass::text as table, quote_ident(c.conname) as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c
       join pg_class t on t.oid = c.conrelid
      where c.contype = 'f'
        and t.relnamespace = current_schema()::regnamespace
        and t.relname = any($1::text[])
      order by 1, 2`,
    [tables],
  );
  for (const fk of foreignKeys) await session.run(`alter table ${fk.table} drop constraint ${fk.name}`);
  for (const index of indexes) await session.run(`drop index ${index.name}`);
  return { indexes, foreignKeys };
}

/** Rebuilds what deferIndexes dropped; `onStep` is called after each statement. */
export async function restoreIndexes(
  session: BulkSession,
  deferred: DeferredIndexes,
  onStep: () => void = () => {},
): Promise<void> {
  for (const index of deferred.indexes) {
    await session.run(index.definition);
    onStep();
  }
  for (const fk of deferred.foreignKeys) {
    await session.run(`alter table ${fk.table} add constraint ${fk.name} ${fk.definition}`);
    onStep();
  }
}
