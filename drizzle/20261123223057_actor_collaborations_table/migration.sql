CREATE TABLE "actor_collaborations" (
	"actor_id" integer,
	"collaborator_id" integer,
	"partnership_count" integer DEFAULT 0 NOT NULL,
	"event_count" integer DEFAULT 0 NOT NULL,
	"shared_count" integer GENERATED ALWAYS AS (partnership_count + event_count) STORED NOT NULL,
	CONSTRAINT "actor_collaborations_pkey" PRIMARY KEY("actor_id","collaborator_id"),
	CONSTRAINT "actor_collaborations_counts" CHECK ("partnership_count" >= 0 and "event_count" >= 0 and "actor_id" <> "collaborator_id")
);
--> statement-breakpoint
DROP INDEX "articles_published_at_idx";--> statement-breakpoint
CREATE INDEX "articles_published_at_idx" ON "articles" ("published_at" DESC,"id" DESC);--> statement-breakpoint
CREATE INDEX "actor_collaborations_ranking_idx" ON "actor_collaborations" ("actor_id","shared_count" DESC,"collaborator_id");--> statement-breakpoint
CREATE INDEX "actor_collaborations_emptied_idx" ON "actor_collaborations" ("actor_id") WHERE shared_count = 0;