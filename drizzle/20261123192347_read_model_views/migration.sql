-- Read models declared in schema/views.ts. Views, not tables, so they are always in step with
-- the join tables; PostgreSQL pushes "actor_id = $1" down into both branches of the union.
CREATE VIEW "actor_collaborations" AS
SELECT actor_id, collaborator_id,
  (count(*) FILTER (WHERE via = 'partnership'))::int AS partnership_count,
  (count(*) FILTER (WHERE via = 'event'))::int AS event_count,
  count(*)::int AS shared_count
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
--> statement-breakpoint
CREATE VIEW "country_partners" AS
SELECT a.country_id, b.country_id AS partner_id, count(*)::int AS partnership_count
FROM partnership_countries a
JOIN partnership_countries b ON b.partnership_id = a.partnership_id AND b.country_id <> a.country_id
GROUP BY a.country_id, b.country_id;
