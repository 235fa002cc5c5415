CREATE TABLE "actor_merges" (
	"id" serial PRIMARY KEY,
	"survivor_id" integer NOT NULL,
	"merged_slug" text NOT NULL UNIQUE,
	"merged_name" text NOT NULL,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "actors" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(kg_fold("name"), '')), 'A') || setweight(to_tsvector('simple', coalesce(kg_fold_all("aliases"), '')), 'A') || setweight(to_tsvector('simple', coalesce(kg_fold("description"), '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(kg_fold("title"), '')), 'A') || setweight(to_tsvector('simple', coalesce(kg_fold_all("tags"), '')), 'B') || setweight(to_tsvector('simple', coalesce(kg_fold("summary"), '')), 'B') || setweight(to_tsvector('simple', coalesce(kg_fold("body"), '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(kg_fold("title"), '')), 'A') || setweight(to_tsvector('simple', coalesce(kg_fold("description"), '')), 'B') || setweight(to_tsvector('simple', coalesce(kg_fold("city"), '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(kg_fold("title"), '')), 'A') || setweight(to_tsvector('simple', coalesce(kg_fold("description"), '')), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "technologies" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(kg_fold("name"), '')), 'A') || setweight(to_tsvector('simple', coalesce(kg_fold_all("aliases"), '')), 'A') || setweight(to_tsvector('simple', coalesce(kg_fold("description"), '')), 'C')) STORED;--> statement-breakpoint
CREATE INDEX "actor_merges_survivor_id_idx" ON "actor_merges" ("survivor_id");--> statement-breakpoint
CREATE INDEX "actors_search_vector_idx" ON "actors" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "actors_name_trgm_idx" ON "actors" USING gin (kg_fold("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "articles_search_vector_idx" ON "articles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "events_search_vector_idx" ON "events" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "partnerships_search_vector_idx" ON "partnerships" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "technologies_search_vector_idx" ON "technologies" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "technologies_name_trgm_idx" ON "technologies" USING gin (kg_fold("name") gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "actor_merges" ADD CONSTRAINT "actor_merges_survivor_id_actors_id_fkey" FOREIGN KEY ("survivor_id") REFERENCES "actors"("id") ON DELETE CASCADE;