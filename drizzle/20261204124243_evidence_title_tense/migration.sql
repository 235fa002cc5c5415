CREATE TYPE "title_tense" AS ENUM('new', 'current', 'former');--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "title_tense" "title_tense";--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_title_tense_of_positions" CHECK ("title_tense" is null or "affiliation_id" is not null);