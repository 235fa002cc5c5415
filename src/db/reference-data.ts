// Reference data every database starts with: all ISO 3166-1 countries (src/knowledge/reference/
// countries.ts) and the technology taxonomy, loaded and kept current.
import { sql } from 'drizzle-orm';
import { countries, technologies } from '../../schema/tables.ts';
import { isoCountries } from '../knowledge/reference/countries.ts';
import { technologyTaxonomy } from '../knowledge/reference/technologies.ts';
import type { Executor } from './database.ts';

/**
 * Inserts or refreshes every country; running it again changes nothing. Only rows that differ are
 * written: the server runs this on every start, and each write to a knowledge table empties every
 * instance's response cache.
 */
export async function loadCountries(db: Executor): Promise<number> {
  const rows = isoCountries();
  const stored = new Map(
    (
      await db
        .select({
          code: countries.code,
          name: countries.name,
          officialName: countries.officialName,
          region: countries.region,
          subregion: countries.subregion,
          aliases: countries.aliases,
          demonyms: countries.demonyms,
        })
        .from(countries)
    ).map((r) => [r.code, r]),
  );
  const changed = rows.filter((r) => !sameFields(r, stored.get(r.code)));
  if (changed.length === 0) return rows.length;
  await db
    .insert(countries)
    .values(changed)
    .onConflictDoUpdate({
      target: countries.code,
      set: {
        name: sqlExcluded('name'),
        officialName: sqlExcluded('official_name'),
        region: sqlExcluded('region'),
        subregion: sqlExcluded('subregion'),
        aliases: sqlExcluded('aliases'),
        demonyms: sqlExcluded('demonyms'),
      },
    });
  return rows.length;
}

/** Inserts or refreshes the technology taxonomy, parents before children; only entries that differ are written. */
export async function loadTechnologies(db: Executor): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const stored = new Map(
    (
      await db
        .select({
          id: technologies.id,
          slug: technologies.slug,
          name: technologies.name,
          parentId: technologies.parentId,
          description: technologies.description,
          aliases: technologies.aliases,
        })
        .from(technologies)
    ).map((r) => [r.slug, r]),
  );
  for (const entry of technologyTaxonomy) {
    const parentId = entry.parent === undefined ? null : ids.get(entry.parent);
    if (parentId === undefined) throw new Error(`technology ${entry.slug}: parent ${entry.parent} must come before it`);
    const values = {
      slug: entry.slug,
      name: entry.name,
      parentId,
      description: entry.description ?? null,
      aliases: entry.aliases,
    };
    const known = stored.get(entry.slug);
    if (known && sameFields(values, known)) {
      ids.set(entry.slug, known.id);
      continue;
    }
    const [row] = await db
      .insert(technologies)
      .values(values)
      .onConflictDoUpdate({ target: technologies.slug, set: values })
      .returning({ id: technologies.id });
    ids.set(entry.slug, row!.id);
  }
  return ids;
}

/** Every field of `wanted` has the same value in `row` (arrays compared element by element). */
function sameFields<T extends object>(wanted: T, row: Partial<Record<keyof T, unknown>> | undefined): boolean {
  if (!row) return false;
  return (Object.keys(wanted) as (keyof T)[]).every((k) => JSON.stringify(wanted[k]) === JSON.stringify(row[k]));
}

/** The value the conflicting insert proposed for a column. */
function sqlExcluded(column: string) {
  return sql.raw(`excluded."${column}"`);
}
