-- Ingestion looks every extracted actor up by lower-cased name and aliases. Without an index on
-- those the look-up read every actor, once per actor per article. lower() over an array has no
-- built-in form; this one is IMMUTABLE (lower() is), so it can feed a GIN index and `&&` finds
-- the actors sharing any alias.
CREATE OR REPLACE FUNCTION kg_lower_all(value text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array(SELECT lower(item) FROM unnest(value) AS item) $$;
