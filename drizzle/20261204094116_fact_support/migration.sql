-- Keeps the support columns of partnerships, events and affiliations (article_count,
-- source_count, first_reported_at, latest_reported_at, confidence; see schema/tables.ts) in step
-- with the evidence that supports them and the articles that evidence comes from.
--
-- Statement-level triggers with transition tables: an article's evidence goes in with one
-- statement, and the facts it touches are recounted once, from their evidence, not shifted by
-- deltas (a recount cannot drift, and a fact has a handful of evidence rows).

-- The outlet an article counts for: its source, case and spacing aside. Articles that name no
-- source count together as one outlet: nothing says they are independent of each other.
CREATE OR REPLACE FUNCTION kg_outlet(source text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(regexp_replace(lower(btrim(source)), '\s+', ' ', 'g'), '') $$;
--> statement-breakpoint
-- Recounts the support of these facts of one table from their evidence. The confidence treats
-- outlets as independent witnesses, each as sure as its best evidence: 1 - prod(1 - best), four
-- decimals; a curated fact (confidence 1) is certain.
CREATE OR REPLACE FUNCTION kg_refresh_support(fact_table text, ids int[]) RETURNS void
  LANGUAGE plpgsql
  AS $$
DECLARE
  fact_column text := CASE fact_table
    WHEN 'partnerships' THEN 'partnership_id'
    WHEN 'events' THEN 'event_id'
    WHEN 'affiliations' THEN 'affiliation_id'
  END;
BEGIN
  IF fact_column IS NULL THEN
    RAISE EXCEPTION 'kg_refresh_support: no support columns on table %', fact_table;
  END IF;
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  EXECUTE format($sql$
    WITH wanted AS (SELECT DISTINCT id FROM unnest($1) AS w(id) WHERE id IS NOT NULL),
    per_outlet AS (
      SELECT e.%2$I AS fact_id, kg_outlet(a.source) AS outlet, count(*)::int AS articles,
        max(e.confidence)::float8 AS best, min(a.published_at) AS first, max(a.published_at) AS latest
      FROM evidence e JOIN articles a ON a.id = e.article_id
      WHERE e.%2$I IN (SELECT id FROM wanted)
      GROUP BY 1, 2
    ),
    per_fact AS (
      SELECT fact_id, sum(articles)::int AS articles, count(*)::int AS sources, min(first) AS first,
        max(latest) AS latest,
        -- (The aggregate runs on every row whatever the CASE says: 1 - best is kept off zero.)
        CASE WHEN max(best) >= 1 THEN 1
          ELSE round((1 - exp(sum(ln(greatest(1 - best, 1e-12)))))::numeric, 4) END::real AS confidence
      FROM per_outlet GROUP BY fact_id
    ),
    counted AS (
      SELECT w.id, coalesce(s.articles, 0) AS articles, coalesce(s.sources, 0) AS sources, s.first, s.latest,
        coalesce(s.confidence, 0) AS confidence
      FROM wanted w LEFT JOIN per_fact s ON s.fact_id = w.id
    )
    UPDATE %1$I f SET article_count = c.articles, source_count = c.sources, first_reported_at = c.first,
      latest_reported_at = c.latest, confidence = c.confidence
    FROM counted c
    WHERE f.id = c.id
      AND (f.article_count, f.source_count, f.first_reported_at, f.latest_reported_at, f.confidence)
        IS DISTINCT FROM (c.articles, c.sources, c.first, c.latest, c.confidence)
  $sql$, fact_table, fact_column) USING ids;
END
$$;
--> statement-breakpoint
-- Recounts the support of these partnerships, events and affiliations.
CREATE OR REPLACE FUNCTION kg_refresh_facts(partnership_ids int[], event_ids int[], affiliation_ids int[]) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM kg_refresh_support('partnerships', partnership_ids);
  PERFORM kg_refresh_support('events', event_ids);
  PERFORM kg_refresh_support('affiliations', affiliation_ids);
END
$$;
--> statement-breakpoint
-- Recounts every fact's support: the initial fill, after a TRUNCATE, and after a bulk load.
CREATE OR REPLACE FUNCTION kg_rebuild_support() RETURNS void
  LANGUAGE sql
  AS $$
  SELECT kg_refresh_facts(
    (SELECT array_agg(id) FROM partnerships), (SELECT array_agg(id) FROM events), (SELECT array_agg(id) FROM affiliations)
  );
$$;
--> statement-breakpoint
-- Evidence rows in, out or changed: recount the facts they name, before and after.
CREATE OR REPLACE FUNCTION kg_track_evidence_support() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM kg_rebuild_support();
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM kg_refresh_facts(array_agg(partnership_id), array_agg(event_id), array_agg(affiliation_id)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kg_refresh_facts(array_agg(partnership_id), array_agg(event_id), array_agg(affiliation_id)) FROM old_rows;
  ELSE
    PERFORM kg_refresh_facts(array_agg(partnership_id), array_agg(event_id), array_agg(affiliation_id))
      FROM (SELECT partnership_id, event_id, affiliation_id FROM old_rows
            UNION ALL SELECT partnership_id, event_id, affiliation_id FROM new_rows) changed;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- An article's source or publication time changed: recount the facts its evidence supports.
-- (A deleted article's evidence goes with it, and the evidence triggers recount.)
CREATE OR REPLACE FUNCTION kg_track_article_support() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM kg_refresh_facts(array_agg(e.partnership_id), array_agg(e.event_id), array_agg(e.affiliation_id))
    FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN evidence e ON e.article_id = n.id
    WHERE kg_outlet(o.source) IS DISTINCT FROM kg_outlet(n.source) OR o.published_at IS DISTINCT FROM n.published_at;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Transition tables allow one event per trigger, hence one trigger per operation.
CREATE TRIGGER evidence_support_insert AFTER INSERT ON evidence
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kg_track_evidence_support();
--> statement-breakpoint
CREATE TRIGGER evidence_support_update AFTER UPDATE ON evidence
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kg_track_evidence_support();
--> statement-breakpoint
CREATE TRIGGER evidence_support_delete AFTER DELETE ON evidence
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kg_track_evidence_support();
--> statement-breakpoint
CREATE TRIGGER evidence_support_truncate AFTER TRUNCATE ON evidence
  FOR EACH STATEMENT EXECUTE FUNCTION kg_track_evidence_support();
--> statement-breakpoint
CREATE TRIGGER articles_support_update AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kg_track_article_support();
--> statement-breakpoint
SELECT kg_rebuild_support();
