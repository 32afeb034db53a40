import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."email_delivery_kind" AS ENUM('alert', 'digest');
  CREATE TYPE "public"."email_delivery_status" AS ENUM('queued', 'sent', 'failed', 'bounced', 'cancelled');
  CREATE TYPE "public"."site_digest_weekday" AS ENUM('sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'queueAlert' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendEmails' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'weeklyDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'queueAlert' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendEmails' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'weeklyDigest' BEFORE 'schedulePublish';
  CREATE TABLE "email_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "email_delivery_kind" NOT NULL,
  	"item_collection" varchar,
  	"item_id" numeric,
  	"region_id" integer,
  	"period_end" timestamp(3) with time zone,
  	"status" "email_delivery_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"address" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "announcements" ADD COLUMN "alert_send" boolean DEFAULT false;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_alert_send" boolean DEFAULT false;
  ALTER TABLE "bargaining_updates" ADD COLUMN "alert_send" boolean DEFAULT true;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_alert_send" boolean DEFAULT true;
  ALTER TABLE "campaigns" ADD COLUMN "alert_send" boolean DEFAULT false;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_alert_send" boolean DEFAULT false;
  ALTER TABLE "regions" ADD COLUMN "time_zone" varchar DEFAULT 'America/Los_Angeles' NOT NULL;
  -- The old choices carry over: campaigns → urgent action alerts, news from my region → the weekly digest.
  ALTER TABLE "members" RENAME COLUMN "email_preferences_campaigns" TO "email_preferences_actions";
  ALTER TABLE "members" RENAME COLUMN "email_preferences_regional" TO "email_preferences_digest";
  ALTER TABLE "members" ALTER COLUMN "email_preferences_digest" SET DEFAULT true;
  ALTER TABLE "members" ADD COLUMN "email_bounced_at" timestamp(3) with time zone;
  ALTER TABLE "members" ADD COLUMN "email_bounce_reason" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_deliveries_id" integer;
  ALTER TABLE "site" ADD COLUMN "digest_weekday" "site_digest_weekday" DEFAULT 'monday' NOT NULL;
  ALTER TABLE "site" ADD COLUMN "digest_hour" numeric DEFAULT 7 NOT NULL;
  ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "email_deliveries_member_idx" ON "email_deliveries" USING btree ("member_id");
  CREATE INDEX "email_deliveries_region_idx" ON "email_deliveries" USING btree ("region_id");
  CREATE INDEX "email_deliveries_updated_at_idx" ON "email_deliveries" USING btree ("updated_at");
  CREATE INDEX "email_deliveries_created_at_idx" ON "email_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "member_key_idx" ON "email_deliveries" USING btree ("member_id","key");
  CREATE INDEX "status_nextAttemptAt_idx" ON "email_deliveries" USING btree ("status","next_attempt_at");
  CREATE INDEX "itemCollection_itemId_idx" ON "email_deliveries" USING btree ("item_collection","item_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_deliveries_fk" FOREIGN KEY ("email_deliveries_id") REFERENCES "public"."email_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_email_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("email_deliveries_id");
  -- Each region's digest hour is its own: the time zones of the coalition's regions as seeded.
  UPDATE "regions" SET "time_zone" = 'Pacific/Honolulu' WHERE "code" = 'hi';
  UPDATE "regions" SET "time_zone" = 'America/Denver' WHERE "code" = 'co';
  UPDATE "regions" SET "time_zone" = 'America/New_York' WHERE "code" = 'mas';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "email_deliveries" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_email_deliveries_id_idx";
  ALTER TABLE "members" RENAME COLUMN "email_preferences_actions" TO "email_preferences_campaigns";
  ALTER TABLE "members" RENAME COLUMN "email_preferences_digest" TO "email_preferences_regional";
  ALTER TABLE "members" ALTER COLUMN "email_preferences_regional" SET DEFAULT false;
  ALTER TABLE "announcements" DROP COLUMN "alert_send";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_alert_send";
  ALTER TABLE "bargaining_updates" DROP COLUMN "alert_send";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_alert_send";
  ALTER TABLE "campaigns" DROP COLUMN "alert_send";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_alert_send";
  ALTER TABLE "regions" DROP COLUMN "time_zone";
  ALTER TABLE "members" DROP COLUMN "email_bounced_at";
  ALTER TABLE "members" DROP COLUMN "email_bounce_reason";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_deliveries_id";
  ALTER TABLE "site" DROP COLUMN "digest_weekday";
  ALTER TABLE "site" DROP COLUMN "digest_hour";
  DROP TYPE "public"."email_delivery_kind";
  DROP TYPE "public"."email_delivery_status";
  DROP TYPE "public"."site_digest_weekday";`)
}
