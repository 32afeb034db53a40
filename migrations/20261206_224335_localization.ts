import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { mediaSourceCollections, mediaUsageRules } from '../collections/shared/hooks/syncMediaVisibility'
import { rebuildMediaUsage } from '../lib/media/rebuildMediaUsage'

// Content in English and Spanish: localized fields move to per-language tables (Payload's `_locales`),
// keeping every existing text as the English one; blocks get a `_locale` column. Edited by hand after
// generation: the copy statements and the defaults (Payload would drop the old columns with their text).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."content_spanish_status" AS ENUM('none', 'in-progress', 'ready');
  CREATE TYPE "public"."enum__announcements_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__bargaining_updates_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__campaigns_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__leadership_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en', 'es');
  CREATE TABLE "announcements_payouts_locales" (
  	"label" varchar,
  	"payment_date" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "announcements_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_announcements_v_version_payouts_locales" (
  	"label" varchar,
  	"payment_date" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_announcements_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "bargaining_updates_key_issues_locales" (
  	"issue" varchar,
  	"detail" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "bargaining_updates_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_bargaining_updates_v_version_key_issues_locales" (
  	"issue" varchar,
  	"detail" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_bargaining_updates_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_demands_locales" (
  	"demand" varchar,
  	"detail" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_key_dates_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"goal_label" varchar,
  	"goal_result" varchar,
  	"cta_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_demands_locales" (
  	"demand" varchar,
  	"detail" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_key_dates_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_goal_label" varchar,
  	"version_goal_result" varchar,
  	"version_cta_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "leadership_locales" (
  	"title" varchar,
  	"bio" varchar,
  	"quote" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_leadership_v_locales" (
  	"version_title" varchar,
  	"version_bio" varchar,
  	"version_quote" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "locals_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "regions_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "site_offices_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_locales" (
  	"tagline" varchar,
  	"footer_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "announcements" ADD COLUMN "spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_announcements_v" ADD COLUMN "version_spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_announcements_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_announcements_v" ADD COLUMN "published_locale" "enum__announcements_v_published_locale";
  ALTER TABLE "bargaining_updates" ADD COLUMN "spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "published_locale" "enum__bargaining_updates_v_published_locale";
  ALTER TABLE "campaigns" ADD COLUMN "spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_campaigns_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_campaigns_v" ADD COLUMN "published_locale" "enum__campaigns_v_published_locale";
  ALTER TABLE "leadership" ADD COLUMN "spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_leadership_v" ADD COLUMN "version_spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_leadership_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_leadership_v" ADD COLUMN "published_locale" "enum__leadership_v_published_locale";
  ALTER TABLE "pages_blocks_rich_text" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "pages_blocks_image" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "pages_blocks_quote" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "pages_blocks_call_to_action" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "pages_blocks_timeline_milestones" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "pages_blocks_timeline" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "pages" ADD COLUMN "spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_pages_v_blocks_rich_text" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_pages_v_blocks_image" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_pages_v_blocks_quote" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_pages_v_blocks_timeline_milestones" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_pages_v_blocks_timeline" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "_pages_v" ADD COLUMN "version_spanish_status" "content_spanish_status" DEFAULT 'none';
  ALTER TABLE "_pages_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "published_locale" "enum__pages_v_published_locale";
  ALTER TABLE "announcements_payouts_locales" ADD CONSTRAINT "announcements_payouts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."announcements_payouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_locales" ADD CONSTRAINT "announcements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_version_payouts_locales" ADD CONSTRAINT "_announcements_v_version_payouts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_announcements_v_version_payouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_locales" ADD CONSTRAINT "_announcements_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bargaining_updates_key_issues_locales" ADD CONSTRAINT "bargaining_updates_key_issues_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bargaining_updates_key_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bargaining_updates_locales" ADD CONSTRAINT "bargaining_updates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bargaining_updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bargaining_updates_v_version_key_issues_locales" ADD CONSTRAINT "_bargaining_updates_v_version_key_issues_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bargaining_updates_v_version_key_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bargaining_updates_v_locales" ADD CONSTRAINT "_bargaining_updates_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bargaining_updates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_demands_locales" ADD CONSTRAINT "campaigns_demands_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_demands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_key_dates_locales" ADD CONSTRAINT "campaigns_key_dates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_key_dates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_demands_locales" ADD CONSTRAINT "_campaigns_v_version_demands_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_version_demands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_key_dates_locales" ADD CONSTRAINT "_campaigns_v_version_key_dates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_version_key_dates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_locales" ADD CONSTRAINT "_campaigns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leadership_locales" ADD CONSTRAINT "leadership_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leadership"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leadership_v_locales" ADD CONSTRAINT "_leadership_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_leadership_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "locals_locales" ADD CONSTRAINT "locals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."locals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions_locales" ADD CONSTRAINT "regions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_offices_locales" ADD CONSTRAINT "site_offices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_locales" ADD CONSTRAINT "site_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "announcements_payouts_locales_locale_parent_id_unique" ON "announcements_payouts_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "announcements_locales_locale_parent_id_unique" ON "announcements_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_announcements_v_version_payouts_locales_locale_parent_id_un" ON "_announcements_v_version_payouts_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_announcements_v_locales_locale_parent_id_unique" ON "_announcements_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "bargaining_updates_key_issues_locales_locale_parent_id_uniqu" ON "bargaining_updates_key_issues_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "bargaining_updates_locales_locale_parent_id_unique" ON "bargaining_updates_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_bargaining_updates_v_version_key_issues_locales_locale_pare" ON "_bargaining_updates_v_version_key_issues_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_bargaining_updates_v_locales_locale_parent_id_unique" ON "_bargaining_updates_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "campaigns_demands_locales_locale_parent_id_unique" ON "campaigns_demands_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "campaigns_key_dates_locales_locale_parent_id_unique" ON "campaigns_key_dates_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_campaigns_v_version_demands_locales_locale_parent_id_unique" ON "_campaigns_v_version_demands_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_campaigns_v_version_key_dates_locales_locale_parent_id_uniq" ON "_campaigns_v_version_key_dates_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_campaigns_v_locales_locale_parent_id_unique" ON "_campaigns_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "leadership_locales_locale_parent_id_unique" ON "leadership_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_leadership_v_locales_locale_parent_id_unique" ON "_leadership_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "locals_locales_locale_parent_id_unique" ON "locals_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "regions_locales_locale_parent_id_unique" ON "regions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_offices_locales_locale_parent_id_unique" ON "site_offices_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_locales_locale_parent_id_unique" ON "site_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "announcements_spanish_status_idx" ON "announcements" USING btree ("spanish_status");
  CREATE INDEX "_announcements_v_version_version_spanish_status_idx" ON "_announcements_v" USING btree ("version_spanish_status");
  CREATE INDEX "_announcements_v_snapshot_idx" ON "_announcements_v" USING btree ("snapshot");
  CREATE INDEX "_announcements_v_published_locale_idx" ON "_announcements_v" USING btree ("published_locale");
  CREATE INDEX "bargaining_updates_spanish_status_idx" ON "bargaining_updates" USING btree ("spanish_status");
  CREATE INDEX "_bargaining_updates_v_version_version_spanish_status_idx" ON "_bargaining_updates_v" USING btree ("version_spanish_status");
  CREATE INDEX "_bargaining_updates_v_snapshot_idx" ON "_bargaining_updates_v" USING btree ("snapshot");
  CREATE INDEX "_bargaining_updates_v_published_locale_idx" ON "_bargaining_updates_v" USING btree ("published_locale");
  CREATE INDEX "campaigns_spanish_status_idx" ON "campaigns" USING btree ("spanish_status");
  CREATE INDEX "_campaigns_v_version_version_spanish_status_idx" ON "_campaigns_v" USING btree ("version_spanish_status");
  CREATE INDEX "_campaigns_v_snapshot_idx" ON "_campaigns_v" USING btree ("snapshot");
  CREATE INDEX "_campaigns_v_published_locale_idx" ON "_campaigns_v" USING btree ("published_locale");
  CREATE INDEX "leadership_spanish_status_idx" ON "leadership" USING btree ("spanish_status");
  CREATE INDEX "_leadership_v_version_version_spanish_status_idx" ON "_leadership_v" USING btree ("version_spanish_status");
  CREATE INDEX "_leadership_v_snapshot_idx" ON "_leadership_v" USING btree ("snapshot");
  CREATE INDEX "_leadership_v_published_locale_idx" ON "_leadership_v" USING btree ("published_locale");
  CREATE INDEX "pages_blocks_rich_text_locale_idx" ON "pages_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "pages_blocks_image_locale_idx" ON "pages_blocks_image" USING btree ("_locale");
  CREATE INDEX "pages_blocks_quote_locale_idx" ON "pages_blocks_quote" USING btree ("_locale");
  CREATE INDEX "pages_blocks_call_to_action_locale_idx" ON "pages_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "pages_blocks_timeline_milestones_locale_idx" ON "pages_blocks_timeline_milestones" USING btree ("_locale");
  CREATE INDEX "pages_blocks_timeline_locale_idx" ON "pages_blocks_timeline" USING btree ("_locale");
  CREATE INDEX "pages_spanish_status_idx" ON "pages" USING btree ("spanish_status");
  CREATE INDEX "_pages_v_blocks_rich_text_locale_idx" ON "_pages_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_image_locale_idx" ON "_pages_v_blocks_image" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_quote_locale_idx" ON "_pages_v_blocks_quote" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_call_to_action_locale_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_timeline_milestones_locale_idx" ON "_pages_v_blocks_timeline_milestones" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_timeline_locale_idx" ON "_pages_v_blocks_timeline" USING btree ("_locale");
  CREATE INDEX "_pages_v_version_version_spanish_status_idx" ON "_pages_v" USING btree ("version_spanish_status");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");

  -- Everything written so far was English: copy it into the new per-language tables before the old
  -- columns go, and take back the default that filled the block rows.
  INSERT INTO "announcements_payouts_locales" ("label", "payment_date", "_locale", "_parent_id") SELECT "label", "payment_date", 'en', "id" FROM "announcements_payouts";
  INSERT INTO "announcements_locales" ("title", "summary", "body", "_locale", "_parent_id") SELECT "title", "summary", "body", 'en', "id" FROM "announcements";
  INSERT INTO "_announcements_v_version_payouts_locales" ("label", "payment_date", "_locale", "_parent_id") SELECT "label", "payment_date", 'en', "id" FROM "_announcements_v_version_payouts";
  INSERT INTO "_announcements_v_locales" ("version_title", "version_summary", "version_body", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_body", 'en', "id" FROM "_announcements_v";
  INSERT INTO "bargaining_updates_key_issues_locales" ("issue", "detail", "_locale", "_parent_id") SELECT "issue", "detail", 'en', "id" FROM "bargaining_updates_key_issues";
  INSERT INTO "bargaining_updates_locales" ("title", "summary", "body", "_locale", "_parent_id") SELECT "title", "summary", "body", 'en', "id" FROM "bargaining_updates";
  INSERT INTO "_bargaining_updates_v_version_key_issues_locales" ("issue", "detail", "_locale", "_parent_id") SELECT "issue", "detail", 'en', "id" FROM "_bargaining_updates_v_version_key_issues";
  INSERT INTO "_bargaining_updates_v_locales" ("version_title", "version_summary", "version_body", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_body", 'en', "id" FROM "_bargaining_updates_v";
  INSERT INTO "campaigns_demands_locales" ("demand", "detail", "_locale", "_parent_id") SELECT "demand", "detail", 'en', "id" FROM "campaigns_demands";
  INSERT INTO "campaigns_key_dates_locales" ("label", "_locale", "_parent_id") SELECT "label", 'en', "id" FROM "campaigns_key_dates";
  INSERT INTO "campaigns_locales" ("title", "summary", "body", "goal_label", "goal_result", "cta_label", "_locale", "_parent_id") SELECT "title", "summary", "body", "goal_label", "goal_result", "cta_label", 'en', "id" FROM "campaigns";
  INSERT INTO "_campaigns_v_version_demands_locales" ("demand", "detail", "_locale", "_parent_id") SELECT "demand", "detail", 'en', "id" FROM "_campaigns_v_version_demands";
  INSERT INTO "_campaigns_v_version_key_dates_locales" ("label", "_locale", "_parent_id") SELECT "label", 'en', "id" FROM "_campaigns_v_version_key_dates";
  INSERT INTO "_campaigns_v_locales" ("version_title", "version_summary", "version_body", "version_goal_label", "version_goal_result", "version_cta_label", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_body", "version_goal_label", "version_goal_result", "version_cta_label", 'en', "id" FROM "_campaigns_v";
  INSERT INTO "leadership_locales" ("title", "bio", "quote", "_locale", "_parent_id") SELECT "title", "bio", "quote", 'en', "id" FROM "leadership";
  INSERT INTO "_leadership_v_locales" ("version_title", "version_bio", "version_quote", "_locale", "_parent_id") SELECT "version_title", "version_bio", "version_quote", 'en', "id" FROM "_leadership_v";
  INSERT INTO "pages_locales" ("title", "summary", "_locale", "_parent_id") SELECT "title", "summary", 'en', "id" FROM "pages";
  INSERT INTO "_pages_v_locales" ("version_title", "version_summary", "_locale", "_parent_id") SELECT "version_title", "version_summary", 'en', "id" FROM "_pages_v";
  INSERT INTO "locals_locales" ("name", "_locale", "_parent_id") SELECT "name", 'en', "id" FROM "locals";
  INSERT INTO "regions_locales" ("name", "_locale", "_parent_id") SELECT "name", 'en', "id" FROM "regions";
  INSERT INTO "site_offices_locales" ("label", "_locale", "_parent_id") SELECT "label", 'en', "id" FROM "site_offices";
  INSERT INTO "site_locales" ("tagline", "footer_note", "_locale", "_parent_id") SELECT "tagline", "footer_note", 'en', "id" FROM "site";
  ALTER TABLE "pages_blocks_rich_text" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_image" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_quote" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_call_to_action" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_timeline_milestones" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "pages_blocks_timeline" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_rich_text" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_image" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_quote" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_call_to_action" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_timeline_milestones" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "_pages_v_blocks_timeline" ALTER COLUMN "_locale" DROP DEFAULT;
  ALTER TABLE "announcements_payouts" DROP COLUMN "label";
  ALTER TABLE "announcements_payouts" DROP COLUMN "payment_date";
  ALTER TABLE "announcements" DROP COLUMN "title";
  ALTER TABLE "announcements" DROP COLUMN "summary";
  ALTER TABLE "announcements" DROP COLUMN "body";
  ALTER TABLE "_announcements_v_version_payouts" DROP COLUMN "label";
  ALTER TABLE "_announcements_v_version_payouts" DROP COLUMN "payment_date";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_title";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_summary";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_body";
  ALTER TABLE "bargaining_updates_key_issues" DROP COLUMN "issue";
  ALTER TABLE "bargaining_updates_key_issues" DROP COLUMN "detail";
  ALTER TABLE "bargaining_updates" DROP COLUMN "title";
  ALTER TABLE "bargaining_updates" DROP COLUMN "summary";
  ALTER TABLE "bargaining_updates" DROP COLUMN "body";
  ALTER TABLE "_bargaining_updates_v_version_key_issues" DROP COLUMN "issue";
  ALTER TABLE "_bargaining_updates_v_version_key_issues" DROP COLUMN "detail";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_title";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_summary";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_body";
  ALTER TABLE "campaigns_demands" DROP COLUMN "demand";
  ALTER TABLE "campaigns_demands" DROP COLUMN "detail";
  ALTER TABLE "campaigns_key_dates" DROP COLUMN "label";
  ALTER TABLE "campaigns" DROP COLUMN "title";
  ALTER TABLE "campaigns" DROP COLUMN "summary";
  ALTER TABLE "campaigns" DROP COLUMN "body";
  ALTER TABLE "campaigns" DROP COLUMN "goal_label";
  ALTER TABLE "campaigns" DROP COLUMN "goal_result";
  ALTER TABLE "campaigns" DROP COLUMN "cta_label";
  ALTER TABLE "_campaigns_v_version_demands" DROP COLUMN "demand";
  ALTER TABLE "_campaigns_v_version_demands" DROP COLUMN "detail";
  ALTER TABLE "_campaigns_v_version_key_dates" DROP COLUMN "label";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_title";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_summary";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_body";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_goal_label";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_goal_result";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_cta_label";
  ALTER TABLE "leadership" DROP COLUMN "title";
  ALTER TABLE "leadership" DROP COLUMN "bio";
  ALTER TABLE "leadership" DROP COLUMN "quote";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_title";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_bio";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_quote";
  ALTER TABLE "pages" DROP COLUMN "title";
  ALTER TABLE "pages" DROP COLUMN "summary";
  ALTER TABLE "_pages_v" DROP COLUMN "version_title";
  ALTER TABLE "_pages_v" DROP COLUMN "version_summary";
  ALTER TABLE "locals" DROP COLUMN "name";
  ALTER TABLE "regions" DROP COLUMN "name";
  ALTER TABLE "site_offices" DROP COLUMN "label";
  ALTER TABLE "site" DROP COLUMN "tagline";
  ALTER TABLE "site" DROP COLUMN "footer_note";`)
  // Every file's "used by" rows and visibility from the items that exist now (moved here from
  // 20261201_202157_media_visibility: it reads through today's config, so it must run after the
  // schema above exists; rebuilding is idempotent). Move it again when a later migration changes
  // content fields.
  const counts = await rebuildMediaUsage(req, mediaSourceCollections(req), mediaUsageRules)
  payload.logger.info(`media visibility: ${counts.public} public, ${counts.members} members only`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "announcements_payouts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcements_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_announcements_v_version_payouts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_announcements_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bargaining_updates_key_issues_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bargaining_updates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_bargaining_updates_v_version_key_issues_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_bargaining_updates_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_demands_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_key_dates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_demands_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_key_dates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leadership_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_leadership_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "locals_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_offices_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_locales" DISABLE ROW LEVEL SECURITY;
  DROP INDEX "announcements_spanish_status_idx";
  DROP INDEX "_announcements_v_version_version_spanish_status_idx";
  DROP INDEX "_announcements_v_snapshot_idx";
  DROP INDEX "_announcements_v_published_locale_idx";
  DROP INDEX "bargaining_updates_spanish_status_idx";
  DROP INDEX "_bargaining_updates_v_version_version_spanish_status_idx";
  DROP INDEX "_bargaining_updates_v_snapshot_idx";
  DROP INDEX "_bargaining_updates_v_published_locale_idx";
  DROP INDEX "campaigns_spanish_status_idx";
  DROP INDEX "_campaigns_v_version_version_spanish_status_idx";
  DROP INDEX "_campaigns_v_snapshot_idx";
  DROP INDEX "_campaigns_v_published_locale_idx";
  DROP INDEX "leadership_spanish_status_idx";
  DROP INDEX "_leadership_v_version_version_spanish_status_idx";
  DROP INDEX "_leadership_v_snapshot_idx";
  DROP INDEX "_leadership_v_published_locale_idx";
  DROP INDEX "pages_blocks_rich_text_locale_idx";
  DROP INDEX "pages_blocks_image_locale_idx";
  DROP INDEX "pages_blocks_quote_locale_idx";
  DROP INDEX "pages_blocks_call_to_action_locale_idx";
  DROP INDEX "pages_blocks_timeline_milestones_locale_idx";
  DROP INDEX "pages_blocks_timeline_locale_idx";
  DROP INDEX "pages_spanish_status_idx";
  DROP INDEX "_pages_v_blocks_rich_text_locale_idx";
  DROP INDEX "_pages_v_blocks_image_locale_idx";
  DROP INDEX "_pages_v_blocks_quote_locale_idx";
  DROP INDEX "_pages_v_blocks_call_to_action_locale_idx";
  DROP INDEX "_pages_v_blocks_timeline_milestones_locale_idx";
  DROP INDEX "_pages_v_blocks_timeline_locale_idx";
  DROP INDEX "_pages_v_version_version_spanish_status_idx";
  DROP INDEX "_pages_v_snapshot_idx";
  DROP INDEX "_pages_v_published_locale_idx";
  ALTER TABLE "announcements_payouts" ADD COLUMN "label" varchar;
  ALTER TABLE "announcements_payouts" ADD COLUMN "payment_date" varchar;
  ALTER TABLE "announcements" ADD COLUMN "title" varchar;
  ALTER TABLE "announcements" ADD COLUMN "summary" varchar;
  ALTER TABLE "announcements" ADD COLUMN "body" jsonb;
  ALTER TABLE "_announcements_v_version_payouts" ADD COLUMN "label" varchar;
  ALTER TABLE "_announcements_v_version_payouts" ADD COLUMN "payment_date" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "bargaining_updates_key_issues" ADD COLUMN "issue" varchar;
  ALTER TABLE "bargaining_updates_key_issues" ADD COLUMN "detail" varchar;
  ALTER TABLE "bargaining_updates" ADD COLUMN "title" varchar;
  ALTER TABLE "bargaining_updates" ADD COLUMN "summary" varchar;
  ALTER TABLE "bargaining_updates" ADD COLUMN "body" jsonb;
  ALTER TABLE "_bargaining_updates_v_version_key_issues" ADD COLUMN "issue" varchar;
  ALTER TABLE "_bargaining_updates_v_version_key_issues" ADD COLUMN "detail" varchar;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "campaigns_demands" ADD COLUMN "demand" varchar;
  ALTER TABLE "campaigns_demands" ADD COLUMN "detail" varchar;
  ALTER TABLE "campaigns_key_dates" ADD COLUMN "label" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "title" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "summary" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "body" jsonb;
  ALTER TABLE "campaigns" ADD COLUMN "goal_label" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "goal_result" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "cta_label" varchar;
  ALTER TABLE "_campaigns_v_version_demands" ADD COLUMN "demand" varchar;
  ALTER TABLE "_campaigns_v_version_demands" ADD COLUMN "detail" varchar;
  ALTER TABLE "_campaigns_v_version_key_dates" ADD COLUMN "label" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_goal_label" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_goal_result" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_cta_label" varchar;
  ALTER TABLE "leadership" ADD COLUMN "title" varchar;
  ALTER TABLE "leadership" ADD COLUMN "bio" varchar;
  ALTER TABLE "leadership" ADD COLUMN "quote" varchar;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_bio" varchar;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_quote" varchar;
  ALTER TABLE "pages" ADD COLUMN "title" varchar;
  ALTER TABLE "pages" ADD COLUMN "summary" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "locals" ADD COLUMN "name" varchar;
  ALTER TABLE "regions" ADD COLUMN "name" varchar;
  ALTER TABLE "site_offices" ADD COLUMN "label" varchar;
  ALTER TABLE "site" ADD COLUMN "tagline" varchar;
  ALTER TABLE "site" ADD COLUMN "footer_note" varchar;
  ALTER TABLE "announcements" DROP COLUMN "spanish_status";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_spanish_status";
  ALTER TABLE "_announcements_v" DROP COLUMN "snapshot";
  ALTER TABLE "_announcements_v" DROP COLUMN "published_locale";
  ALTER TABLE "bargaining_updates" DROP COLUMN "spanish_status";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_spanish_status";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "snapshot";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "published_locale";
  ALTER TABLE "campaigns" DROP COLUMN "spanish_status";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_spanish_status";
  ALTER TABLE "_campaigns_v" DROP COLUMN "snapshot";
  ALTER TABLE "_campaigns_v" DROP COLUMN "published_locale";
  ALTER TABLE "leadership" DROP COLUMN "spanish_status";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_spanish_status";
  ALTER TABLE "_leadership_v" DROP COLUMN "snapshot";
  ALTER TABLE "_leadership_v" DROP COLUMN "published_locale";
  ALTER TABLE "pages_blocks_rich_text" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_image" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_quote" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_call_to_action" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_timeline_milestones" DROP COLUMN "_locale";
  ALTER TABLE "pages_blocks_timeline" DROP COLUMN "_locale";
  ALTER TABLE "pages" DROP COLUMN "spanish_status";
  ALTER TABLE "_pages_v_blocks_rich_text" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_image" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_quote" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_call_to_action" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_timeline_milestones" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v_blocks_timeline" DROP COLUMN "_locale";
  ALTER TABLE "_pages_v" DROP COLUMN "version_spanish_status";
  ALTER TABLE "_pages_v" DROP COLUMN "snapshot";
  ALTER TABLE "_pages_v" DROP COLUMN "published_locale";
  DROP TYPE "public"."content_spanish_status";
  DROP TYPE "public"."enum__announcements_v_published_locale";
  DROP TYPE "public"."enum__bargaining_updates_v_published_locale";
  DROP TYPE "public"."enum__campaigns_v_published_locale";
  DROP TYPE "public"."enum__leadership_v_published_locale";
  DROP TYPE "public"."enum__pages_v_published_locale";

  -- Back to one language: the English text returns to the old columns, then the per-language tables go.
  UPDATE "announcements_payouts" p SET "label" = l."label", "payment_date" = l."payment_date" FROM "announcements_payouts_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "announcements" p SET "title" = l."title", "summary" = l."summary", "body" = l."body" FROM "announcements_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_announcements_v_version_payouts" p SET "label" = l."label", "payment_date" = l."payment_date" FROM "_announcements_v_version_payouts_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_announcements_v" p SET "version_title" = l."version_title", "version_summary" = l."version_summary", "version_body" = l."version_body" FROM "_announcements_v_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "bargaining_updates_key_issues" p SET "issue" = l."issue", "detail" = l."detail" FROM "bargaining_updates_key_issues_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "bargaining_updates" p SET "title" = l."title", "summary" = l."summary", "body" = l."body" FROM "bargaining_updates_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_bargaining_updates_v_version_key_issues" p SET "issue" = l."issue", "detail" = l."detail" FROM "_bargaining_updates_v_version_key_issues_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_bargaining_updates_v" p SET "version_title" = l."version_title", "version_summary" = l."version_summary", "version_body" = l."version_body" FROM "_bargaining_updates_v_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "campaigns_demands" p SET "demand" = l."demand", "detail" = l."detail" FROM "campaigns_demands_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "campaigns_key_dates" p SET "label" = l."label" FROM "campaigns_key_dates_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "campaigns" p SET "title" = l."title", "summary" = l."summary", "body" = l."body", "goal_label" = l."goal_label", "goal_result" = l."goal_result", "cta_label" = l."cta_label" FROM "campaigns_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_campaigns_v_version_demands" p SET "demand" = l."demand", "detail" = l."detail" FROM "_campaigns_v_version_demands_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_campaigns_v_version_key_dates" p SET "label" = l."label" FROM "_campaigns_v_version_key_dates_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_campaigns_v" p SET "version_title" = l."version_title", "version_summary" = l."version_summary", "version_body" = l."version_body", "version_goal_label" = l."version_goal_label", "version_goal_result" = l."version_goal_result", "version_cta_label" = l."version_cta_label" FROM "_campaigns_v_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "leadership" p SET "title" = l."title", "bio" = l."bio", "quote" = l."quote" FROM "leadership_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_leadership_v" p SET "version_title" = l."version_title", "version_bio" = l."version_bio", "version_quote" = l."version_quote" FROM "_leadership_v_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "pages" p SET "title" = l."title", "summary" = l."summary" FROM "pages_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "_pages_v" p SET "version_title" = l."version_title", "version_summary" = l."version_summary" FROM "_pages_v_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "locals" p SET "name" = l."name" FROM "locals_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "regions" p SET "name" = l."name" FROM "regions_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "site_offices" p SET "label" = l."label" FROM "site_offices_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  UPDATE "site" p SET "tagline" = l."tagline", "footer_note" = l."footer_note" FROM "site_locales" l WHERE l."_parent_id" = p."id" AND l."_locale" = 'en';
  DROP TABLE "announcements_payouts_locales" CASCADE;
  DROP TABLE "announcements_locales" CASCADE;
  DROP TABLE "_announcements_v_version_payouts_locales" CASCADE;
  DROP TABLE "_announcements_v_locales" CASCADE;
  DROP TABLE "bargaining_updates_key_issues_locales" CASCADE;
  DROP TABLE "bargaining_updates_locales" CASCADE;
  DROP TABLE "_bargaining_updates_v_version_key_issues_locales" CASCADE;
  DROP TABLE "_bargaining_updates_v_locales" CASCADE;
  DROP TABLE "campaigns_demands_locales" CASCADE;
  DROP TABLE "campaigns_key_dates_locales" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "_campaigns_v_version_demands_locales" CASCADE;
  DROP TABLE "_campaigns_v_version_key_dates_locales" CASCADE;
  DROP TABLE "_campaigns_v_locales" CASCADE;
  DROP TABLE "leadership_locales" CASCADE;
  DROP TABLE "_leadership_v_locales" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "locals_locales" CASCADE;
  DROP TABLE "regions_locales" CASCADE;
  DROP TABLE "site_offices_locales" CASCADE;
  DROP TABLE "site_locales" CASCADE;
  ALTER TABLE "locals" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "regions" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "site_offices" ALTER COLUMN "label" SET NOT NULL;
  DROP TYPE "public"."_locales";
`)
}
