-- Keeps actor_collaborations in step with partnership_parties and event_participants.
--
-- Statement-level triggers with transition tables, so a bulk insert costs one pass. For a set S of
-- link rows entering (or leaving) and the other rows B of the same partnerships (or events), the
-- ordered actor pairs that appear (or disappear) are S x S (distinct rows), S x B and B x S; the
-- pair counts move by how often each pair occurs. An UPDATE is its old rows leaving and its new
-- rows entering, both against the rows the statement did not touch.

-- The pairs a set of link rows makes with each other and with the untouched rows of their groups.
CREATE OR REPLACE FUNCTION kg_collaboration_pairs(link_table text, group_column text, ids int[], groups int[], actors int[])
  RETURNS TABLE (actor_id int, collaborator_id int, n int)
  LANGUAGE plpgsql STABLE
  AS $$
BEGIN
  RETURN QUERY EXECUTE format($sql$
    WITH s AS (SELECT * FROM unnest($1, $2, $3) AS s(id, group_id, actor_id)),
    b AS (
      SELECT l.id, l.%2$I AS group_id, l.actor_id FROM %1$I l
      WHERE l.%2$I = ANY ($2) AND NOT (l.id = ANY ($1))
    ),
    pairs AS (
      SELECT x.actor_id AS a, y.actor_id AS c FROM s x JOIN s y ON y.group_id = x.group_id AND y.id <> x.id
      UNION ALL
      SELECT x.actor_id, y.actor_id FROM s x JOIN b y ON y.group_id = x.group_id
      UNION ALL
      SELECT x.actor_id, y.actor_id FROM b x JOIN s y ON y.group_id = x.group_id
    )
    SELECT a, c, count(*)::int FROM pairs WHERE a <> c GROUP BY a, c
  $sql$, link_table, group_column)
  USING ids, groups, actors;
END
$$;
--> statement-breakpoint
-- Moves the partnership or event counts of the pairs that a set of link rows makes, by +1 or -1 each.
CREATE OR REPLACE FUNCTION kg_shift_collaborations(link_table text, ids int[], groups int[], actors int[], direction int)
  RETURNS void
  LANGUAGE plpgsql
  AS $$
DECLARE
  group_column text := CASE link_table WHEN 'partnership_parties' THEN 'partnership_id' ELSE 'event_id' END;
  count_column text := CASE link_table WHEN 'partnership_parties' THEN 'partnership_count' ELSE 'event_count' END;
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  IF direction > 0 THEN
    EXECUTE format($sql$
      INSERT INTO actor_collaborations AS c (actor_id, collaborator_id, %1$I)
      SELECT p.actor_id, p.collaborator_id, p.n FROM kg_collaboration_pairs($1, $2, $3, $4, $5) p
      ON CONFLICT (actor_id, collaborator_id) DO UPDATE SET %1$I = c.%1$I + excluded.%1$I
    $sql$, count_column) USING link_table, group_column, ids, groups, actors;
  ELSE
    EXECUTE format($sql$
      UPDATE actor_collaborations c SET %1$I = c.%1$I - p.n
      FROM kg_collaboration_pairs($1, $2, $3, $4, $5) p
      WHERE c.actor_id = p.actor_id AND c.collaborator_id = p.collaborator_id
    $sql$, count_column) USING link_table, group_column, ids, groups, actors;
    -- A pair with nothing left in common is no collaboration.
    DELETE FROM actor_collaborations c WHERE c.shared_count = 0;
  END IF;
END
$$;
--> statement-breakpoint
-- Recounts every pair from the link tables: the initial fill, and after a TRUNCATE.
CREATE OR REPLACE FUNCTION kg_rebuild_actor_collaborations() RETURNS void
  LANGUAGE sql
  AS $$
  DELETE FROM actor_collaborations;
  INSERT INTO actor_collaborations (actor_id, collaborator_id, partnership_count, event_count)
  SELECT actor_id, collaborator_id,
    (count(*) FILTER (WHERE via = 'partnership'))::int,
    (count(*) FILTER (WHERE via = 'event'))::int
  FROM (
    SELECT a.actor_id, b.actor_id AS collaborator_id, 'partnership' AS via
    FROM partnership_parties a
    JOIN partnership_parties b ON b.partnership_id = a.partnership_id AND b.actor_id <> a.actor_id
    UNION ALL
    SELECT a.actor_id, b.actor_id AS collaborator_id, 'event' AS via
    FROM event_participants a
    JOIN event_participants b ON b.event_id = a.event_id AND b.actor_id <> a.actor_id
  ) links
  GROUP BY actor_id, collaborator_id;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kg_track_collaborations() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  group_column text := CASE TG_TABLE_NAME WHEN 'partnership_parties' THEN 'partnership_id' ELSE 'event_id' END;
  ids int[];
  groups int[];
  actors int[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM kg_rebuild_actor_collaborations();
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    EXECUTE format('SELECT array_agg(id), array_agg(%I), array_agg(actor_id) FROM old_rows', group_column) INTO ids, groups, actors;
    PERFORM kg_shift_collaborations(TG_TABLE_NAME, ids, groups, actors, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT array_agg(id), array_agg(%I), array_agg(actor_id) FROM new_rows', group_column) INTO ids, groups, actors;
    PERFORM kg_shift_collaborations(TG_TABLE_NAME, ids, groups, actors, 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Transition tables allow one event per trigger, hence three triggers per table (and one for TRUNCATE).
DO $$
DECLARE
  link_table text;
BEGIN
  FOREACH link_table IN ARRAY ARRAY['partnership_parties', 'event_participants'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kg_track_collaborations()', link_table || '_collaborations_insert', link_table);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kg_track_collaborations()', link_table || '_collaborations_update', link_table);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kg_track_collaborations()', link_table || '_collaborations_delete', link_table);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION kg_track_collaborations()', link_table || '_collaborations_truncate', link_table);
  END LOOP;
END
$$;
--> statement-breakpoint
SELECT kg_rebuild_actor_collaborations();
