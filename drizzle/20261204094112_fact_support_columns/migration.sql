ALTER TABLE "affiliations" ADD COLUMN "article_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliations" ADD COLUMN "source_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "affiliations" ADD COLUMN "first_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliations" ADD COLUMN "latest_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "affiliations" ADD COLUMN "confidence" real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "article_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "source_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "first_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "latest_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "confidence" real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "article_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "source_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "first_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "latest_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "confidence" real DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "events_support_idx" ON "events" ("source_count" DESC,"article_count" DESC,"id" DESC);--> statement-breakpoint
CREATE INDEX "partnerships_support_idx" ON "partnerships" ("source_count" DESC,"article_count" DESC,"id" DESC);