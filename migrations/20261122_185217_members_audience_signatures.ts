import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."content_audience" AS ENUM('public', 'members');
  CREATE TABLE "signatures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"member_id" integer,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"region_id" integer NOT NULL,
  	"local_id" integer,
  	"comment" varchar,
  	"consent_to_contact" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "members_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"region_id" integer NOT NULL,
  	"local_id" integer,
  	"worksite" varchar,
  	"email_preferences_campaigns" boolean DEFAULT true,
  	"email_preferences_bargaining" boolean DEFAULT true,
  	"email_preferences_regional" boolean DEFAULT false,
  	"magic_link_hash" varchar,
  	"magic_link_expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  ALTER TABLE "announcements" ADD COLUMN "audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "_announcements_v" ADD COLUMN "version_audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "bargaining_updates" ADD COLUMN "audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "campaigns" ADD COLUMN "audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "leadership" ADD COLUMN "audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "_leadership_v" ADD COLUMN "version_audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "pages" ADD COLUMN "audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "_pages_v" ADD COLUMN "version_audience" "content_audience" DEFAULT 'public';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signatures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "members_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "members_id" integer;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_local_id_locals_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."locals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members_sessions" ADD CONSTRAINT "members_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_local_id_locals_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."locals"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "signatures_campaign_idx" ON "signatures" USING btree ("campaign_id");
  CREATE INDEX "signatures_member_idx" ON "signatures" USING btree ("member_id");
  CREATE INDEX "signatures_email_idx" ON "signatures" USING btree ("email");
  CREATE INDEX "signatures_region_idx" ON "signatures" USING btree ("region_id");
  CREATE INDEX "signatures_local_idx" ON "signatures" USING btree ("local_id");
  CREATE INDEX "signatures_updated_at_idx" ON "signatures" USING btree ("updated_at");
  CREATE INDEX "signatures_created_at_idx" ON "signatures" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_email_idx" ON "signatures" USING btree ("campaign_id","email");
  CREATE INDEX "members_sessions_order_idx" ON "members_sessions" USING btree ("_order");
  CREATE INDEX "members_sessions_parent_id_idx" ON "members_sessions" USING btree ("_parent_id");
  CREATE INDEX "members_region_idx" ON "members" USING btree ("region_id");
  CREATE INDEX "members_local_idx" ON "members" USING btree ("local_id");
  CREATE INDEX "members_magic_link_hash_idx" ON "members" USING btree ("magic_link_hash");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE UNIQUE INDEX "members_email_idx" ON "members" USING btree ("email");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signatures_fk" FOREIGN KEY ("signatures_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "announcements_audience_idx" ON "announcements" USING btree ("audience");
  CREATE INDEX "_announcements_v_version_version_audience_idx" ON "_announcements_v" USING btree ("version_audience");
  CREATE INDEX "bargaining_updates_audience_idx" ON "bargaining_updates" USING btree ("audience");
  CREATE INDEX "_bargaining_updates_v_version_version_audience_idx" ON "_bargaining_updates_v" USING btree ("version_audience");
  CREATE INDEX "campaigns_audience_idx" ON "campaigns" USING btree ("audience");
  CREATE INDEX "_campaigns_v_version_version_audience_idx" ON "_campaigns_v" USING btree ("version_audience");
  CREATE INDEX "leadership_audience_idx" ON "leadership" USING btree ("audience");
  CREATE INDEX "_leadership_v_version_version_audience_idx" ON "_leadership_v" USING btree ("version_audience");
  CREATE INDEX "pages_audience_idx" ON "pages" USING btree ("audience");
  CREATE INDEX "_pages_v_version_version_audience_idx" ON "_pages_v" USING btree ("version_audience");
  CREATE INDEX "payload_locked_documents_rels_signatures_id_idx" ON "payload_locked_documents_rels" USING btree ("signatures_id");
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_preferences_rels_members_id_idx" ON "payload_preferences_rels" USING btree ("members_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "signatures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "members_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "members" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "signatures" CASCADE;
  DROP TABLE "members_sessions" CASCADE;
  DROP TABLE "members" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signatures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_members_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_members_fk";
  
  DROP INDEX "announcements_audience_idx";
  DROP INDEX "_announcements_v_version_version_audience_idx";
  DROP INDEX "bargaining_updates_audience_idx";
  DROP INDEX "_bargaining_updates_v_version_version_audience_idx";
  DROP INDEX "campaigns_audience_idx";
  DROP INDEX "_campaigns_v_version_version_audience_idx";
  DROP INDEX "leadership_audience_idx";
  DROP INDEX "_leadership_v_version_version_audience_idx";
  DROP INDEX "pages_audience_idx";
  DROP INDEX "_pages_v_version_version_audience_idx";
  DROP INDEX "payload_locked_documents_rels_signatures_id_idx";
  DROP INDEX "payload_locked_documents_rels_members_id_idx";
  DROP INDEX "payload_preferences_rels_members_id_idx";
  ALTER TABLE "announcements" DROP COLUMN "audience";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_audience";
  ALTER TABLE "bargaining_updates" DROP COLUMN "audience";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_audience";
  ALTER TABLE "campaigns" DROP COLUMN "audience";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_audience";
  ALTER TABLE "leadership" DROP COLUMN "audience";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_audience";
  ALTER TABLE "pages" DROP COLUMN "audience";
  ALTER TABLE "_pages_v" DROP COLUMN "version_audience";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signatures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "members_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "members_id";
  DROP TYPE "public"."content_audience";`)
}
