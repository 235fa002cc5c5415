-- Every write to the knowledge, by any process (the server's mutations, `npm run ingest`, the
-- synthetic generator, an operator's psql), announces itself on the channel
-- `knowledge_changed`. Servers listen and empty their response caches, so a cached read never
-- outlives the write that changed it. NOTIFY is transactional: it is delivered at commit (never
-- for a rolled-back write), and PostgreSQL folds identical notifications of one transaction
-- into one, so a bulk load costs a single message.
CREATE OR REPLACE FUNCTION kg_notify_knowledge_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM pg_notify('knowledge_changed', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Statement-level triggers: one call per statement, however many rows it touches.
DO $$
DECLARE
  knowledge_table text;
BEGIN
  FOREACH knowledge_table IN ARRAY ARRAY[
    'countries', 'actors', 'actor_merges', 'technologies', 'articles', 'affiliations',
    'partnerships', 'partnership_parties', 'partnership_countries', 'partnership_technologies',
    'events', 'event_partnerships', 'event_participants', 'evidence',
    'actor_mentions', 'country_mentions', 'technology_mentions'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION kg_notify_knowledge_changed()',
      knowledge_table || '_notify_knowledge_changed', knowledge_table
    );
  END LOOP;
END
$$;
