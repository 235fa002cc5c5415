DROP INDEX "event_participants_actor_id_idx";--> statement-breakpoint
CREATE INDEX "event_participants_actor_id_idx" ON "event_participants" ("actor_id","id");--> statement-breakpoint
DROP INDEX "partnership_countries_country_id_idx";--> statement-breakpoint
CREATE INDEX "partnership_countries_country_id_idx" ON "partnership_countries" ("country_id","partnership_id");--> statement-breakpoint
DROP INDEX "partnership_parties_actor_id_idx";--> statement-breakpoint
CREATE INDEX "partnership_parties_actor_id_idx" ON "partnership_parties" ("actor_id","id");--> statement-breakpoint
DROP INDEX "partnership_technologies_technology_id_idx";--> statement-breakpoint
CREATE INDEX "partnership_technologies_technology_id_idx" ON "partnership_technologies" ("technology_id","partnership_id");