-- Full-text search that ignores diacritics ("Nguyễn Chí Dũng" finds "Nguyen Chi Dung") and
-- trigram similarity for misspelt names. Both extensions ship with PostgreSQL's contrib and
-- with PGlite (loaded by src/db/database.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so it cannot feed a generated column
-- or an index. With the dictionary named explicitly the result depends on the text alone; these
-- wrappers say so. The same goes for array_to_string over text[].
CREATE OR REPLACE FUNCTION kg_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kg_fold_all(value text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, array_to_string(value, ' '))) $$;
