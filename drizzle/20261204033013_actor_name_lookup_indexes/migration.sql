CREATE INDEX "actors_lower_name_idx" ON "actors" (lower("name"));--> statement-breakpoint
CREATE INDEX "actors_lower_aliases_idx" ON "actors" USING gin (kg_lower_all("aliases"));