// Read models kept as SQL views over the join tables, declared here with table builders so that the
// relational query builder and the Pothos plugin can traverse and page through them (with a
// primary key to break ties). drizzle-kit does not read this file (drizzle.config.ts points at
// tables.ts only); the views themselves are created by a custom migration in drizzle/.
import { integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';

/** Pairs of countries that take part in the same partnerships, with how many they share. */
export const countryPartners = pgTable(
  'country_partners',
  {
    countryId: integer('country_id').notNull(),
    partnerId: integer('partner_id').notNull(),
    partnershipCount: integer('partnership_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryId, t.partnerId] })],
);
