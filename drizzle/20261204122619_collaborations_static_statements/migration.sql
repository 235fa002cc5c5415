-- The collaboration counts' triggers (see 20261123223106_actor_collaboration_counts) with static
-- statements in place of format() and EXECUTE: PostgreSQL planned each dynamic statement again on
-- every call, three per insert of parties or participants, even one that inserted nothing. Static
-- statements keep their plans for the session. What they compute is unchanged: the same pairs,
-- moved by the same counts (npm run bench:ingest: the same actor_collaborations over the 269
-- fixture articles, and link inserts about half as long on PGlite).

-- The pairs a set of link rows makes with each other and with the untouched rows of their groups
-- (partnerships' parties, or events' participants).
CREATE OR REPLACE FUNCTION kg_link_pairs(for_partnerships boolean, link_ids int[], group_ids int[], actor_ids int[])
  RETURNS TABLE (actor_id int, collaborator_id int, n int)
  LANGUAGE plpgsql STABLE
  AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
    WITH s AS (SELECT * FROM unnest(link_ids, group_ids, actor_ids) AS s(id, group_id, actor_id)),
    b AS (
      SELECT l.id, l.partnership_id AS group_id, l.actor_id FROM partnership_parties l
      WHERE for_partnerships AND l.partnership_id = ANY (group_ids) AND NOT (l.id = ANY (link_ids))
      UNION ALL
      SELECT l.id, l.event_id AS group_id, l.actor_id FROM event_participants l
      WHERE NOT for_partnerships AND l.event_id = ANY (group_ids) AND NOT (l.id = ANY (link_ids))
    ),
    pairs AS (
      SELECT x.actor_id AS a, y.actor_id AS c FROM s x JOIN s y ON y.group_id = x.group_id AND y.id <> x.id
      UNION ALL
      SELECT x.actor_id, y.actor_id FROM s x JOIN b y ON y.group_id = x.group_id
      UNION ALL
      SELECT x.actor_id, y.actor_id FROM b x JOIN s y ON y.group_id = x.group_id
    )
    SELECT p.a, p.c, count(*)::int FROM pairs p WHERE p.a <> p.c GROUP BY p.a, p.c;
END
$$;
--> statement-breakpoint
-- Moves the pair counts up (direction 1) or down (-1) for link rows entering or leaving.
CREATE OR REPLACE FUNCTION kg_shift_link_pairs(for_partnerships boolean, link_ids int[], group_ids int[], actor_ids int[], direction int)
  RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF link_ids IS NULL OR cardinality(link_ids) = 0 THEN
    RETURN;
  END IF;
  IF direction > 0 THEN
    INSERT INTO actor_collaborations AS c (actor_id, collaborator_id, partnership_count, event_count)
    SELECT p.actor_id, p.collaborator_id, CASE WHEN for_partnerships THEN p.n ELSE 0 END,
      CASE WHEN for_partnerships THEN 0 ELSE p.n END
    FROM kg_link_pairs(for_partnerships, link_ids, group_ids, actor_ids) p
    ON CONFLICT (actor_id, collaborator_id) DO UPDATE
      SET partnership_count = c.partnership_count + excluded.partnership_count,
        event_count = c.event_count + excluded.event_count;
  ELSE
    UPDATE actor_collaborations c
    SET partnership_count = c.partnership_count - CASE WHEN for_partnerships THEN p.n ELSE 0 END,
      event_count = c.event_count - CASE WHEN for_partnerships THEN 0 ELSE p.n END
    FROM kg_link_pairs(for_partnerships, link_ids, group_ids, actor_ids) p
    WHERE c.actor_id = p.actor_id AND c.collaborator_id = p.collaborator_id;
    -- A pair with nothing left in common is no collaboration.
    DELETE FROM actor_collaborations c WHERE c.shared_count = 0;
  END IF;
END
$$;
--> statement-breakpoint
-- One function for both link tables' triggers. PL/pgSQL plans a statement when it first runs, so
-- the branch of the other table is never planned against this one.
CREATE OR REPLACE FUNCTION kg_track_collaborations() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  for_partnerships boolean := TG_TABLE_NAME = 'partnership_parties';
  link_ids int[];
  group_ids int[];
  actor_ids int[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM kg_rebuild_actor_collaborations();
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    IF for_partnerships THEN
      SELECT array_agg(o.id), array_agg(o.partnership_id), array_agg(o.actor_id) INTO link_ids, group_ids, actor_ids
      FROM old_rows o;
    ELSE
      SELECT array_agg(o.id), array_agg(o.event_id), array_agg(o.actor_id) INTO link_ids, group_ids, actor_ids
      FROM old_rows o;
    END IF;
    PERFORM kg_shift_link_pairs(for_partnerships, link_ids, group_ids, actor_ids, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF for_partnerships THEN
      SELECT array_agg(n.id), array_agg(n.partnership_id), array_agg(n.actor_id) INTO link_ids, group_ids, actor_ids
      FROM new_rows n;
    ELSE
      SELECT array_agg(n.id), array_agg(n.event_id), array_agg(n.actor_id) INTO link_ids, group_ids, actor_ids
      FROM new_rows n;
    END IF;
    PERFORM kg_shift_link_pairs(for_partnerships, link_ids, group_ids, actor_ids, 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Only the old kg_track_collaborations called them.
DROP FUNCTION kg_shift_collaborations(text, int[], int[], int[], int);
--> statement-breakpoint
DROP FUNCTION kg_collaboration_pairs(text, text, int[], int[], int[]);
