-- actor_collaborations becomes a table kept in step by triggers (the next two migrations): the
-- view recounted a hub's thousands of links on every read.
DROP VIEW IF EXISTS "actor_collaborations";
