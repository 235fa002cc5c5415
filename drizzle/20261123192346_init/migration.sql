CREATE TYPE "actor_kind" AS ENUM('person', 'government_body', 'company', 'university', 'research_institute', 'association', 'intergovernmental', 'state');--> statement-breakpoint
CREATE TYPE "event_kind" AS ENUM('meeting', 'forum', 'signing', 'visit', 'conference', 'exhibition', 'workshop', 'dialogue');--> statement-breakpoint
CREATE TYPE "partnership_kind" AS ENUM('mou', 'agreement', 'strategic_partnership', 'comprehensive_strategic_partnership', 'bilateral_cooperation', 'project', 'joint_research', 'network');--> statement-breakpoint
CREATE TYPE "partnership_status" AS ENUM('proposed', 'agreed', 'signed', 'active', 'completed', 'suspended');--> statement-breakpoint
CREATE TABLE "actor_mentions" (
	"article_id" integer,
	"actor_id" integer,
	"mention_count" integer DEFAULT 1 NOT NULL,
	"excerpt" text,
	CONSTRAINT "actor_mentions_pkey" PRIMARY KEY("actor_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "actors" (
	"id" serial PRIMARY KEY,
	"slug" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"kind" "actor_kind" NOT NULL,
	"country_id" integer,
	"parent_id" integer,
	"description" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "actors_not_own_parent" CHECK ("parent_id" is distinct from "id")
);
--> statement-breakpoint
CREATE TABLE "affiliations" (
	"id" serial PRIMARY KEY,
	"person_id" integer NOT NULL,
	"organization_id" integer,
	"title" text NOT NULL,
	"started_on" date,
	"ended_on" date,
	CONSTRAINT "affiliations_person_organization_title_key" UNIQUE NULLS NOT DISTINCT("person_id","organization_id","title")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" serial PRIMARY KEY,
	"slug" text NOT NULL UNIQUE,
	"url" text UNIQUE,
	"title" text NOT NULL,
	"source" text,
	"section" text,
	"author" text,
	"published_at" timestamp with time zone NOT NULL,
	"summary" text,
	"body" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"content_hash" text UNIQUE,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "countries" (
	"id" serial PRIMARY KEY,
	"code" varchar(2) NOT NULL UNIQUE,
	"name" text NOT NULL,
	"official_name" text,
	"region" text,
	"subregion" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"demonyms" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "countries_code_format" CHECK ("code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "country_mentions" (
	"article_id" integer,
	"country_id" integer,
	"mention_count" integer DEFAULT 1 NOT NULL,
	"excerpt" text,
	CONSTRAINT "country_mentions_pkey" PRIMARY KEY("country_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"id" serial PRIMARY KEY,
	"event_id" integer NOT NULL,
	"actor_id" integer NOT NULL,
	"role" text DEFAULT 'participant' NOT NULL,
	CONSTRAINT "event_participants_event_actor_key" UNIQUE("event_id","actor_id"),
	CONSTRAINT "event_participants_role_format" CHECK ("role" ~ '^[a-z]+(_[a-z]+)*$')
);
--> statement-breakpoint
CREATE TABLE "event_partnerships" (
	"event_id" integer,
	"partnership_id" integer,
	CONSTRAINT "event_partnerships_pkey" PRIMARY KEY("event_id","partnership_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY,
	"slug" text NOT NULL UNIQUE,
	"title" text NOT NULL,
	"kind" "event_kind" NOT NULL,
	"occurred_on" date,
	"city" text,
	"country_id" integer,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" serial PRIMARY KEY,
	"article_id" integer NOT NULL,
	"partnership_id" integer,
	"event_id" integer,
	"affiliation_id" integer,
	"excerpt" text,
	"span_start" integer,
	"span_end" integer,
	"confidence" real DEFAULT 1 NOT NULL,
	CONSTRAINT "evidence_article_partnership_key" UNIQUE("article_id","partnership_id"),
	CONSTRAINT "evidence_article_event_key" UNIQUE("article_id","event_id"),
	CONSTRAINT "evidence_article_affiliation_key" UNIQUE("article_id","affiliation_id"),
	CONSTRAINT "evidence_one_fact" CHECK (num_nonnulls("partnership_id", "event_id", "affiliation_id") = 1),
	CONSTRAINT "evidence_confidence_range" CHECK ("confidence" >= 0 and "confidence" <= 1),
	CONSTRAINT "evidence_span_order" CHECK ("span_start" is null or "span_end" >= "span_start")
);
--> statement-breakpoint
CREATE TABLE "partnership_countries" (
	"partnership_id" integer,
	"country_id" integer,
	CONSTRAINT "partnership_countries_pkey" PRIMARY KEY("partnership_id","country_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_parties" (
	"id" serial PRIMARY KEY,
	"partnership_id" integer NOT NULL,
	"actor_id" integer NOT NULL,
	"role" text DEFAULT 'partner' NOT NULL,
	CONSTRAINT "partnership_parties_partnership_actor_key" UNIQUE("partnership_id","actor_id"),
	CONSTRAINT "partnership_parties_role_format" CHECK ("role" ~ '^[a-z]+(_[a-z]+)*$')
);
--> statement-breakpoint
CREATE TABLE "partnership_technologies" (
	"partnership_id" integer,
	"technology_id" integer,
	CONSTRAINT "partnership_technologies_pkey" PRIMARY KEY("partnership_id","technology_id")
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" serial PRIMARY KEY,
	"slug" text NOT NULL UNIQUE,
	"title" text NOT NULL,
	"kind" "partnership_kind" NOT NULL,
	"status" "partnership_status",
	"started_on" date,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnerships_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "technologies" (
	"id" serial PRIMARY KEY,
	"slug" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"parent_id" integer,
	"description" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "technologies_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "technology_mentions" (
	"article_id" integer,
	"technology_id" integer,
	"mention_count" integer DEFAULT 1 NOT NULL,
	"excerpt" text,
	CONSTRAINT "technology_mentions_pkey" PRIMARY KEY("technology_id","article_id")
);
--> statement-breakpoint
CREATE INDEX "actor_mentions_article_id_idx" ON "actor_mentions" ("article_id");--> statement-breakpoint
CREATE INDEX "actors_country_id_idx" ON "actors" ("country_id");--> statement-breakpoint
CREATE INDEX "actors_parent_id_idx" ON "actors" ("parent_id");--> statement-breakpoint
CREATE INDEX "actors_kind_idx" ON "actors" ("kind");--> statement-breakpoint
CREATE INDEX "actors_name_idx" ON "actors" ("name");--> statement-breakpoint
CREATE INDEX "affiliations_person_id_idx" ON "affiliations" ("person_id");--> statement-breakpoint
CREATE INDEX "affiliations_organization_id_idx" ON "affiliations" ("organization_id");--> statement-breakpoint
CREATE INDEX "articles_published_at_idx" ON "articles" ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "country_mentions_article_id_idx" ON "country_mentions" ("article_id");--> statement-breakpoint
CREATE INDEX "event_participants_actor_id_idx" ON "event_participants" ("actor_id");--> statement-breakpoint
CREATE INDEX "event_partnerships_partnership_id_idx" ON "event_partnerships" ("partnership_id");--> statement-breakpoint
CREATE INDEX "events_country_id_idx" ON "events" ("country_id");--> statement-breakpoint
CREATE INDEX "events_occurred_on_idx" ON "events" ("occurred_on");--> statement-breakpoint
CREATE INDEX "events_kind_idx" ON "events" ("kind");--> statement-breakpoint
CREATE INDEX "evidence_partnership_id_idx" ON "evidence" ("partnership_id");--> statement-breakpoint
CREATE INDEX "evidence_event_id_idx" ON "evidence" ("event_id");--> statement-breakpoint
CREATE INDEX "evidence_affiliation_id_idx" ON "evidence" ("affiliation_id");--> statement-breakpoint
CREATE INDEX "partnership_countries_country_id_idx" ON "partnership_countries" ("country_id");--> statement-breakpoint
CREATE INDEX "partnership_parties_actor_id_idx" ON "partnership_parties" ("actor_id");--> statement-breakpoint
CREATE INDEX "partnership_technologies_technology_id_idx" ON "partnership_technologies" ("technology_id");--> statement-breakpoint
CREATE INDEX "partnerships_kind_idx" ON "partnerships" ("kind");--> statement-breakpoint
CREATE INDEX "partnerships_started_on_idx" ON "partnerships" ("started_on");--> statement-breakpoint
CREATE INDEX "technologies_parent_id_idx" ON "technologies" ("parent_id");--> statement-breakpoint
CREATE INDEX "technology_mentions_article_id_idx" ON "technology_mentions" ("article_id");--> statement-breakpoint
ALTER TABLE "actor_mentions" ADD CONSTRAINT "actor_mentions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "actor_mentions" ADD CONSTRAINT "actor_mentions_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_country_id_countries_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_parent_id_actors_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "actors"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_person_id_actors_id_fkey" FOREIGN KEY ("person_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_organization_id_actors_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "country_mentions" ADD CONSTRAINT "country_mentions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "country_mentions" ADD CONSTRAINT "country_mentions_country_id_countries_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_partnerships" ADD CONSTRAINT "event_partnerships_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_partnerships" ADD CONSTRAINT "event_partnerships_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_country_id_countries_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_affiliation_id_affiliations_id_fkey" FOREIGN KEY ("affiliation_id") REFERENCES "affiliations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_countries" ADD CONSTRAINT "partnership_countries_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_countries" ADD CONSTRAINT "partnership_countries_country_id_countries_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_parties" ADD CONSTRAINT "partnership_parties_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_parties" ADD CONSTRAINT "partnership_parties_actor_id_actors_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_technologies" ADD CONSTRAINT "partnership_technologies_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_technologies" ADD CONSTRAINT "partnership_technologies_technology_id_technologies_id_fkey" FOREIGN KEY ("technology_id") REFERENCES "technologies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "technologies" ADD CONSTRAINT "technologies_parent_id_technologies_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "technologies"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "technology_mentions" ADD CONSTRAINT "technology_mentions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "technology_mentions" ADD CONSTRAINT "technology_mentions_technology_id_technologies_id_fkey" FOREIGN KEY ("technology_id") REFERENCES "technologies"("id") ON DELETE CASCADE;