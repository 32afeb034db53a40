import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."content_review_state" AS ENUM('none', 'submitted', 'changes_requested', 'approved', 'rejected');
  CREATE TYPE "public"."enum_announcements_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum__announcements_v_version_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum_bargaining_updates_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum__bargaining_updates_v_version_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum_campaigns_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum__campaigns_v_version_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum_leadership_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum__leadership_v_version_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum_pages_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum__pages_v_version_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum_media_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum_topics_import_source_system" AS ENUM('wordpress');
  CREATE TYPE "public"."enum_imports_state" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."activity_action" AS ENUM('created', 'edited', 'published', 'unpublished', 'scheduled_publish', 'scheduled_unpublish', 'unscheduled', 'review_submitted', 'review_approved', 'review_changes_requested', 'review_rejected', 'deleted', 'restored', 'role_changed', 'regions_changed', 'exported_signatures');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'importWordPress' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'importWordPress' BEFORE 'schedulePublish';
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"import_source_system" "enum_topics_import_source_system",
  	"import_source_key" varchar,
  	"import_source_url" varchar,
  	"import_source_author" varchar,
  	"import_source_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dry_run" boolean DEFAULT false,
  	"state" "enum_imports_state" DEFAULT 'queued',
  	"progress" varchar,
  	"created" numeric DEFAULT 0,
  	"updated" numeric DEFAULT 0,
  	"skipped" numeric DEFAULT 0,
  	"problems" numeric DEFAULT 0,
  	"report" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "calendar_feeds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"token_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activity" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor" varchar NOT NULL,
  	"actor_id" numeric,
  	"via_scheduler" boolean DEFAULT false,
  	"action" "activity_action" NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"region_key" varchar,
  	"summary" varchar,
  	"changed_fields" varchar,
  	"draft" boolean DEFAULT false
  );
  
  CREATE TABLE "activity_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"announcements_id" integer,
  	"bargaining_updates_id" integer,
  	"campaigns_id" integer,
  	"pages_id" integer
  );
  
  ALTER TABLE "media" ALTER COLUMN "alt" DROP NOT NULL;
  ALTER TABLE "announcements" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "announcements" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "announcements" ADD COLUMN "review_note" varchar;
  ALTER TABLE "announcements" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "announcements" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "announcements" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "announcements" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "announcements" ADD COLUMN "import_source_system" "enum_announcements_import_source_system";
  ALTER TABLE "announcements" ADD COLUMN "import_source_key" varchar;
  ALTER TABLE "announcements" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "announcements" ADD COLUMN "import_source_author" varchar;
  ALTER TABLE "announcements" ADD COLUMN "import_source_hash" varchar;
  ALTER TABLE "announcements_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_import_source_system" "enum__announcements_v_version_import_source_system";
  ALTER TABLE "_announcements_v" ADD COLUMN "version_import_source_key" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_import_source_url" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_import_source_author" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_import_source_hash" varchar;
  ALTER TABLE "_announcements_v_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_note" varchar;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "bargaining_updates" ADD COLUMN "import_source_system" "enum_bargaining_updates_import_source_system";
  ALTER TABLE "bargaining_updates" ADD COLUMN "import_source_key" varchar;
  ALTER TABLE "bargaining_updates" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "bargaining_updates" ADD COLUMN "import_source_author" varchar;
  ALTER TABLE "bargaining_updates" ADD COLUMN "import_source_hash" varchar;
  ALTER TABLE "bargaining_updates_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_import_source_system" "enum__bargaining_updates_v_version_import_source_system";
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_import_source_key" varchar;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_import_source_url" varchar;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_import_source_author" varchar;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_import_source_hash" varchar;
  ALTER TABLE "_bargaining_updates_v_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "campaigns" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "campaigns" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "review_note" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "campaigns" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "campaigns" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "import_source_system" "enum_campaigns_import_source_system";
  ALTER TABLE "campaigns" ADD COLUMN "import_source_key" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "import_source_author" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "import_source_hash" varchar;
  ALTER TABLE "campaigns_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_import_source_system" "enum__campaigns_v_version_import_source_system";
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_import_source_key" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_import_source_url" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_import_source_author" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_import_source_hash" varchar;
  ALTER TABLE "_campaigns_v_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "leadership" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "leadership" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "leadership" ADD COLUMN "review_note" varchar;
  ALTER TABLE "leadership" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "leadership" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "leadership" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "leadership" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "leadership" ADD COLUMN "import_source_system" "enum_leadership_import_source_system";
  ALTER TABLE "leadership" ADD COLUMN "import_source_key" varchar;
  ALTER TABLE "leadership" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "leadership" ADD COLUMN "import_source_author" varchar;
  ALTER TABLE "leadership" ADD COLUMN "import_source_hash" varchar;
  ALTER TABLE "leadership_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_import_source_system" "enum__leadership_v_version_import_source_system";
  ALTER TABLE "_leadership_v" ADD COLUMN "version_import_source_key" varchar;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_import_source_url" varchar;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_import_source_author" varchar;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_import_source_hash" varchar;
  ALTER TABLE "_leadership_v_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "pages" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "pages" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "review_note" varchar;
  ALTER TABLE "pages" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "import_source_system" "enum_pages_import_source_system";
  ALTER TABLE "pages" ADD COLUMN "import_source_key" varchar;
  ALTER TABLE "pages" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "pages" ADD COLUMN "import_source_author" varchar;
  ALTER TABLE "pages" ADD COLUMN "import_source_hash" varchar;
  ALTER TABLE "pages_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_import_source_system" "enum__pages_v_version_import_source_system";
  ALTER TABLE "_pages_v" ADD COLUMN "version_import_source_key" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_import_source_url" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_import_source_author" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_import_source_hash" varchar;
  ALTER TABLE "_pages_v_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "media" ADD COLUMN "needs_alt" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "import_source_system" "enum_media_import_source_system";
  ALTER TABLE "media" ADD COLUMN "import_source_key" varchar;
  ALTER TABLE "media" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "media" ADD COLUMN "import_source_author" varchar;
  ALTER TABLE "media" ADD COLUMN "import_source_hash" varchar;
  ALTER TABLE "regions" ADD COLUMN "trusted" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "imports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "calendar_feeds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_rels" ADD CONSTRAINT "activity_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activity"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activity_rels" ADD CONSTRAINT "activity_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_bargaining_updates_fk" FOREIGN KEY ("bargaining_updates_id") REFERENCES "public"."bargaining_updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE UNIQUE INDEX "topics_import_source_import_source_key_idx" ON "topics" USING btree ("import_source_key");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "imports_filename_idx" ON "imports" USING btree ("filename");
  CREATE UNIQUE INDEX "calendar_feeds_user_idx" ON "calendar_feeds" USING btree ("user_id");
  CREATE UNIQUE INDEX "calendar_feeds_token_hash_idx" ON "calendar_feeds" USING btree ("token_hash");
  CREATE INDEX "calendar_feeds_updated_at_idx" ON "calendar_feeds" USING btree ("updated_at");
  CREATE INDEX "calendar_feeds_created_at_idx" ON "calendar_feeds" USING btree ("created_at");
  CREATE INDEX "activity_at_idx" ON "activity" USING btree ("at");
  CREATE INDEX "activity_actor_idx" ON "activity" USING btree ("actor");
  CREATE INDEX "activity_actor_id_idx" ON "activity" USING btree ("actor_id");
  CREATE INDEX "activity_action_idx" ON "activity" USING btree ("action");
  CREATE INDEX "activity_collection_slug_idx" ON "activity" USING btree ("collection_slug");
  CREATE INDEX "activity_region_key_idx" ON "activity" USING btree ("region_key");
  CREATE INDEX "collectionSlug_documentId_idx" ON "activity" USING btree ("collection_slug","document_id");
  CREATE INDEX "activity_rels_order_idx" ON "activity_rels" USING btree ("order");
  CREATE INDEX "activity_rels_parent_idx" ON "activity_rels" USING btree ("parent_id");
  CREATE INDEX "activity_rels_path_idx" ON "activity_rels" USING btree ("path");
  CREATE INDEX "activity_rels_regions_id_idx" ON "activity_rels" USING btree ("regions_id");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_announcements_id_idx" ON "redirects_rels" USING btree ("announcements_id");
  CREATE INDEX "redirects_rels_bargaining_updates_id_idx" ON "redirects_rels" USING btree ("bargaining_updates_id");
  CREATE INDEX "redirects_rels_campaigns_id_idx" ON "redirects_rels" USING btree ("campaigns_id");
  CREATE INDEX "redirects_rels_pages_id_idx" ON "redirects_rels" USING btree ("pages_id");
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v_rels" ADD CONSTRAINT "_announcements_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bargaining_updates" ADD CONSTRAINT "bargaining_updates_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bargaining_updates" ADD CONSTRAINT "bargaining_updates_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bargaining_updates_rels" ADD CONSTRAINT "bargaining_updates_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bargaining_updates_v" ADD CONSTRAINT "_bargaining_updates_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bargaining_updates_v" ADD CONSTRAINT "_bargaining_updates_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bargaining_updates_v_rels" ADD CONSTRAINT "_bargaining_updates_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leadership" ADD CONSTRAINT "leadership_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leadership" ADD CONSTRAINT "leadership_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leadership_rels" ADD CONSTRAINT "leadership_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leadership_v" ADD CONSTRAINT "_leadership_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_leadership_v" ADD CONSTRAINT "_leadership_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_leadership_v_rels" ADD CONSTRAINT "_leadership_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_imports_fk" FOREIGN KEY ("imports_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_feeds_fk" FOREIGN KEY ("calendar_feeds_id") REFERENCES "public"."calendar_feeds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "announcements_review_review_state_idx" ON "announcements" USING btree ("review_state");
  CREATE INDEX "announcements_review_review_submitted_by_idx" ON "announcements" USING btree ("review_submitted_by_id");
  CREATE INDEX "announcements_review_review_decided_by_idx" ON "announcements" USING btree ("review_decided_by_id");
  CREATE UNIQUE INDEX "announcements_import_source_import_source_key_idx" ON "announcements" USING btree ("import_source_key");
  CREATE INDEX "announcements_rels_topics_id_idx" ON "announcements_rels" USING btree ("topics_id");
  CREATE INDEX "_announcements_v_version_review_version_review_state_idx" ON "_announcements_v" USING btree ("version_review_state");
  CREATE INDEX "_announcements_v_version_review_version_review_submitted_idx" ON "_announcements_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_announcements_v_version_review_version_review_decided_b_idx" ON "_announcements_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "_announcements_v_version_import_source_version_import_so_idx" ON "_announcements_v" USING btree ("version_import_source_key");
  CREATE INDEX "_announcements_v_rels_topics_id_idx" ON "_announcements_v_rels" USING btree ("topics_id");
  CREATE INDEX "bargaining_updates_review_review_state_idx" ON "bargaining_updates" USING btree ("review_state");
  CREATE INDEX "bargaining_updates_review_review_submitted_by_idx" ON "bargaining_updates" USING btree ("review_submitted_by_id");
  CREATE INDEX "bargaining_updates_review_review_decided_by_idx" ON "bargaining_updates" USING btree ("review_decided_by_id");
  CREATE UNIQUE INDEX "bargaining_updates_import_source_import_source_key_idx" ON "bargaining_updates" USING btree ("import_source_key");
  CREATE INDEX "bargaining_updates_rels_topics_id_idx" ON "bargaining_updates_rels" USING btree ("topics_id");
  CREATE INDEX "_bargaining_updates_v_version_review_version_review_stat_idx" ON "_bargaining_updates_v" USING btree ("version_review_state");
  CREATE INDEX "_bargaining_updates_v_version_review_version_review_subm_idx" ON "_bargaining_updates_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_bargaining_updates_v_version_review_version_review_deci_idx" ON "_bargaining_updates_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "_bargaining_updates_v_version_import_source_version_impo_idx" ON "_bargaining_updates_v" USING btree ("version_import_source_key");
  CREATE INDEX "_bargaining_updates_v_rels_topics_id_idx" ON "_bargaining_updates_v_rels" USING btree ("topics_id");
  CREATE INDEX "campaigns_review_review_state_idx" ON "campaigns" USING btree ("review_state");
  CREATE INDEX "campaigns_review_review_submitted_by_idx" ON "campaigns" USING btree ("review_submitted_by_id");
  CREATE INDEX "campaigns_review_review_decided_by_idx" ON "campaigns" USING btree ("review_decided_by_id");
  CREATE UNIQUE INDEX "campaigns_import_source_import_source_key_idx" ON "campaigns" USING btree ("import_source_key");
  CREATE INDEX "campaigns_rels_topics_id_idx" ON "campaigns_rels" USING btree ("topics_id");
  CREATE INDEX "_campaigns_v_version_review_version_review_state_idx" ON "_campaigns_v" USING btree ("version_review_state");
  CREATE INDEX "_campaigns_v_version_review_version_review_submitted_by_idx" ON "_campaigns_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_campaigns_v_version_review_version_review_decided_by_idx" ON "_campaigns_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "_campaigns_v_version_import_source_version_import_source_idx" ON "_campaigns_v" USING btree ("version_import_source_key");
  CREATE INDEX "_campaigns_v_rels_topics_id_idx" ON "_campaigns_v_rels" USING btree ("topics_id");
  CREATE INDEX "leadership_review_review_state_idx" ON "leadership" USING btree ("review_state");
  CREATE INDEX "leadership_review_review_submitted_by_idx" ON "leadership" USING btree ("review_submitted_by_id");
  CREATE INDEX "leadership_review_review_decided_by_idx" ON "leadership" USING btree ("review_decided_by_id");
  CREATE UNIQUE INDEX "leadership_import_source_import_source_key_idx" ON "leadership" USING btree ("import_source_key");
  CREATE INDEX "leadership_rels_topics_id_idx" ON "leadership_rels" USING btree ("topics_id");
  CREATE INDEX "_leadership_v_version_review_version_review_state_idx" ON "_leadership_v" USING btree ("version_review_state");
  CREATE INDEX "_leadership_v_version_review_version_review_submitted_by_idx" ON "_leadership_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_leadership_v_version_review_version_review_decided_by_idx" ON "_leadership_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "_leadership_v_version_import_source_version_import_sourc_idx" ON "_leadership_v" USING btree ("version_import_source_key");
  CREATE INDEX "_leadership_v_rels_topics_id_idx" ON "_leadership_v_rels" USING btree ("topics_id");
  CREATE INDEX "pages_review_review_state_idx" ON "pages" USING btree ("review_state");
  CREATE INDEX "pages_review_review_submitted_by_idx" ON "pages" USING btree ("review_submitted_by_id");
  CREATE INDEX "pages_review_review_decided_by_idx" ON "pages" USING btree ("review_decided_by_id");
  CREATE UNIQUE INDEX "pages_import_source_import_source_key_idx" ON "pages" USING btree ("import_source_key");
  CREATE INDEX "pages_rels_topics_id_idx" ON "pages_rels" USING btree ("topics_id");
  CREATE INDEX "_pages_v_version_review_version_review_state_idx" ON "_pages_v" USING btree ("version_review_state");
  CREATE INDEX "_pages_v_version_review_version_review_submitted_by_idx" ON "_pages_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_pages_v_version_review_version_review_decided_by_idx" ON "_pages_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "_pages_v_version_import_source_version_import_source_key_idx" ON "_pages_v" USING btree ("version_import_source_key");
  CREATE INDEX "_pages_v_rels_topics_id_idx" ON "_pages_v_rels" USING btree ("topics_id");
  CREATE INDEX "media_needs_alt_idx" ON "media" USING btree ("needs_alt");
  CREATE UNIQUE INDEX "media_import_source_import_source_key_idx" ON "media" USING btree ("import_source_key");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("imports_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_feeds_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_feeds_id");
  CREATE INDEX "payload_locked_documents_rels_activity_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendar_feeds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "imports" CASCADE;
  DROP TABLE "calendar_feeds" CASCADE;
  DROP TABLE "activity" CASCADE;
  DROP TABLE "activity_rels" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  ALTER TABLE "announcements" DROP CONSTRAINT "announcements_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "announcements" DROP CONSTRAINT "announcements_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "announcements_rels" DROP CONSTRAINT "announcements_rels_topics_fk";
  
  ALTER TABLE "_announcements_v" DROP CONSTRAINT "_announcements_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_announcements_v" DROP CONSTRAINT "_announcements_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_announcements_v_rels" DROP CONSTRAINT "_announcements_v_rels_topics_fk";
  
  ALTER TABLE "bargaining_updates" DROP CONSTRAINT "bargaining_updates_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "bargaining_updates" DROP CONSTRAINT "bargaining_updates_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "bargaining_updates_rels" DROP CONSTRAINT "bargaining_updates_rels_topics_fk";
  
  ALTER TABLE "_bargaining_updates_v" DROP CONSTRAINT "_bargaining_updates_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_bargaining_updates_v" DROP CONSTRAINT "_bargaining_updates_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_bargaining_updates_v_rels" DROP CONSTRAINT "_bargaining_updates_v_rels_topics_fk";
  
  ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "campaigns_rels" DROP CONSTRAINT "campaigns_rels_topics_fk";
  
  ALTER TABLE "_campaigns_v" DROP CONSTRAINT "_campaigns_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_campaigns_v" DROP CONSTRAINT "_campaigns_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_campaigns_v_rels" DROP CONSTRAINT "_campaigns_v_rels_topics_fk";
  
  ALTER TABLE "leadership" DROP CONSTRAINT "leadership_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "leadership" DROP CONSTRAINT "leadership_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "leadership_rels" DROP CONSTRAINT "leadership_rels_topics_fk";
  
  ALTER TABLE "_leadership_v" DROP CONSTRAINT "_leadership_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_leadership_v" DROP CONSTRAINT "_leadership_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_leadership_v_rels" DROP CONSTRAINT "_leadership_v_rels_topics_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "pages_rels" DROP CONSTRAINT "pages_rels_topics_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v_rels" DROP CONSTRAINT "_pages_v_rels_topics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_topics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_imports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_calendar_feeds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'queueAlert', 'sendEmails', 'weeklyDigest', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'queueAlert', 'sendEmails', 'weeklyDigest', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "announcements_review_review_state_idx";
  DROP INDEX "announcements_review_review_submitted_by_idx";
  DROP INDEX "announcements_review_review_decided_by_idx";
  DROP INDEX "announcements_import_source_import_source_key_idx";
  DROP INDEX "announcements_rels_topics_id_idx";
  DROP INDEX "_announcements_v_version_review_version_review_state_idx";
  DROP INDEX "_announcements_v_version_review_version_review_submitted_idx";
  DROP INDEX "_announcements_v_version_review_version_review_decided_b_idx";
  DROP INDEX "_announcements_v_version_import_source_version_import_so_idx";
  DROP INDEX "_announcements_v_rels_topics_id_idx";
  DROP INDEX "bargaining_updates_review_review_state_idx";
  DROP INDEX "bargaining_updates_review_review_submitted_by_idx";
  DROP INDEX "bargaining_updates_review_review_decided_by_idx";
  DROP INDEX "bargaining_updates_import_source_import_source_key_idx";
  DROP INDEX "bargaining_updates_rels_topics_id_idx";
  DROP INDEX "_bargaining_updates_v_version_review_version_review_stat_idx";
  DROP INDEX "_bargaining_updates_v_version_review_version_review_subm_idx";
  DROP INDEX "_bargaining_updates_v_version_review_version_review_deci_idx";
  DROP INDEX "_bargaining_updates_v_version_import_source_version_impo_idx";
  DROP INDEX "_bargaining_updates_v_rels_topics_id_idx";
  DROP INDEX "campaigns_review_review_state_idx";
  DROP INDEX "campaigns_review_review_submitted_by_idx";
  DROP INDEX "campaigns_review_review_decided_by_idx";
  DROP INDEX "campaigns_import_source_import_source_key_idx";
  DROP INDEX "campaigns_rels_topics_id_idx";
  DROP INDEX "_campaigns_v_version_review_version_review_state_idx";
  DROP INDEX "_campaigns_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_campaigns_v_version_review_version_review_decided_by_idx";
  DROP INDEX "_campaigns_v_version_import_source_version_import_source_idx";
  DROP INDEX "_campaigns_v_rels_topics_id_idx";
  DROP INDEX "leadership_review_review_state_idx";
  DROP INDEX "leadership_review_review_submitted_by_idx";
  DROP INDEX "leadership_review_review_decided_by_idx";
  DROP INDEX "leadership_import_source_import_source_key_idx";
  DROP INDEX "leadership_rels_topics_id_idx";
  DROP INDEX "_leadership_v_version_review_version_review_state_idx";
  DROP INDEX "_leadership_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_leadership_v_version_review_version_review_decided_by_idx";
  DROP INDEX "_leadership_v_version_import_source_version_import_sourc_idx";
  DROP INDEX "_leadership_v_rels_topics_id_idx";
  DROP INDEX "pages_review_review_state_idx";
  DROP INDEX "pages_review_review_submitted_by_idx";
  DROP INDEX "pages_review_review_decided_by_idx";
  DROP INDEX "pages_import_source_import_source_key_idx";
  DROP INDEX "pages_rels_topics_id_idx";
  DROP INDEX "_pages_v_version_review_version_review_state_idx";
  DROP INDEX "_pages_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_pages_v_version_review_version_review_decided_by_idx";
  DROP INDEX "_pages_v_version_import_source_version_import_source_key_idx";
  DROP INDEX "_pages_v_rels_topics_id_idx";
  DROP INDEX "media_needs_alt_idx";
  DROP INDEX "media_import_source_import_source_key_idx";
  DROP INDEX "payload_locked_documents_rels_topics_id_idx";
  DROP INDEX "payload_locked_documents_rels_imports_id_idx";
  DROP INDEX "payload_locked_documents_rels_calendar_feeds_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_id_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "media" ALTER COLUMN "alt" SET NOT NULL;
  ALTER TABLE "announcements" DROP COLUMN "review_state";
  ALTER TABLE "announcements" DROP COLUMN "review_requested_at";
  ALTER TABLE "announcements" DROP COLUMN "review_note";
  ALTER TABLE "announcements" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "announcements" DROP COLUMN "review_submitted_at";
  ALTER TABLE "announcements" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "announcements" DROP COLUMN "review_decided_at";
  ALTER TABLE "announcements" DROP COLUMN "import_source_system";
  ALTER TABLE "announcements" DROP COLUMN "import_source_key";
  ALTER TABLE "announcements" DROP COLUMN "import_source_url";
  ALTER TABLE "announcements" DROP COLUMN "import_source_author";
  ALTER TABLE "announcements" DROP COLUMN "import_source_hash";
  ALTER TABLE "announcements_rels" DROP COLUMN "topics_id";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_import_source_system";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_import_source_key";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_import_source_url";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_import_source_author";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_import_source_hash";
  ALTER TABLE "_announcements_v_rels" DROP COLUMN "topics_id";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_state";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_requested_at";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_note";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_submitted_at";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_decided_at";
  ALTER TABLE "bargaining_updates" DROP COLUMN "import_source_system";
  ALTER TABLE "bargaining_updates" DROP COLUMN "import_source_key";
  ALTER TABLE "bargaining_updates" DROP COLUMN "import_source_url";
  ALTER TABLE "bargaining_updates" DROP COLUMN "import_source_author";
  ALTER TABLE "bargaining_updates" DROP COLUMN "import_source_hash";
  ALTER TABLE "bargaining_updates_rels" DROP COLUMN "topics_id";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_import_source_system";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_import_source_key";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_import_source_url";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_import_source_author";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_import_source_hash";
  ALTER TABLE "_bargaining_updates_v_rels" DROP COLUMN "topics_id";
  ALTER TABLE "campaigns" DROP COLUMN "review_state";
  ALTER TABLE "campaigns" DROP COLUMN "review_requested_at";
  ALTER TABLE "campaigns" DROP COLUMN "review_note";
  ALTER TABLE "campaigns" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "campaigns" DROP COLUMN "review_submitted_at";
  ALTER TABLE "campaigns" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "campaigns" DROP COLUMN "review_decided_at";
  ALTER TABLE "campaigns" DROP COLUMN "import_source_system";
  ALTER TABLE "campaigns" DROP COLUMN "import_source_key";
  ALTER TABLE "campaigns" DROP COLUMN "import_source_url";
  ALTER TABLE "campaigns" DROP COLUMN "import_source_author";
  ALTER TABLE "campaigns" DROP COLUMN "import_source_hash";
  ALTER TABLE "campaigns_rels" DROP COLUMN "topics_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_import_source_system";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_import_source_key";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_import_source_url";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_import_source_author";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_import_source_hash";
  ALTER TABLE "_campaigns_v_rels" DROP COLUMN "topics_id";
  ALTER TABLE "leadership" DROP COLUMN "review_state";
  ALTER TABLE "leadership" DROP COLUMN "review_requested_at";
  ALTER TABLE "leadership" DROP COLUMN "review_note";
  ALTER TABLE "leadership" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "leadership" DROP COLUMN "review_submitted_at";
  ALTER TABLE "leadership" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "leadership" DROP COLUMN "review_decided_at";
  ALTER TABLE "leadership" DROP COLUMN "import_source_system";
  ALTER TABLE "leadership" DROP COLUMN "import_source_key";
  ALTER TABLE "leadership" DROP COLUMN "import_source_url";
  ALTER TABLE "leadership" DROP COLUMN "import_source_author";
  ALTER TABLE "leadership" DROP COLUMN "import_source_hash";
  ALTER TABLE "leadership_rels" DROP COLUMN "topics_id";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_import_source_system";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_import_source_key";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_import_source_url";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_import_source_author";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_import_source_hash";
  ALTER TABLE "_leadership_v_rels" DROP COLUMN "topics_id";
  ALTER TABLE "pages" DROP COLUMN "review_state";
  ALTER TABLE "pages" DROP COLUMN "review_requested_at";
  ALTER TABLE "pages" DROP COLUMN "review_note";
  ALTER TABLE "pages" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "pages" DROP COLUMN "review_submitted_at";
  ALTER TABLE "pages" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "pages" DROP COLUMN "review_decided_at";
  ALTER TABLE "pages" DROP COLUMN "import_source_system";
  ALTER TABLE "pages" DROP COLUMN "import_source_key";
  ALTER TABLE "pages" DROP COLUMN "import_source_url";
  ALTER TABLE "pages" DROP COLUMN "import_source_author";
  ALTER TABLE "pages" DROP COLUMN "import_source_hash";
  ALTER TABLE "pages_rels" DROP COLUMN "topics_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_import_source_system";
  ALTER TABLE "_pages_v" DROP COLUMN "version_import_source_key";
  ALTER TABLE "_pages_v" DROP COLUMN "version_import_source_url";
  ALTER TABLE "_pages_v" DROP COLUMN "version_import_source_author";
  ALTER TABLE "_pages_v" DROP COLUMN "version_import_source_hash";
  ALTER TABLE "_pages_v_rels" DROP COLUMN "topics_id";
  ALTER TABLE "media" DROP COLUMN "needs_alt";
  ALTER TABLE "media" DROP COLUMN "import_source_system";
  ALTER TABLE "media" DROP COLUMN "import_source_key";
  ALTER TABLE "media" DROP COLUMN "import_source_url";
  ALTER TABLE "media" DROP COLUMN "import_source_author";
  ALTER TABLE "media" DROP COLUMN "import_source_hash";
  ALTER TABLE "regions" DROP COLUMN "trusted";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "topics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "imports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "calendar_feeds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."content_review_state";
  DROP TYPE "public"."enum_announcements_import_source_system";
  DROP TYPE "public"."enum__announcements_v_version_import_source_system";
  DROP TYPE "public"."enum_bargaining_updates_import_source_system";
  DROP TYPE "public"."enum__bargaining_updates_v_version_import_source_system";
  DROP TYPE "public"."enum_campaigns_import_source_system";
  DROP TYPE "public"."enum__campaigns_v_version_import_source_system";
  DROP TYPE "public"."enum_leadership_import_source_system";
  DROP TYPE "public"."enum__leadership_v_version_import_source_system";
  DROP TYPE "public"."enum_pages_import_source_system";
  DROP TYPE "public"."enum__pages_v_version_import_source_system";
  DROP TYPE "public"."enum_media_import_source_system";
  DROP TYPE "public"."enum_topics_import_source_system";
  DROP TYPE "public"."enum_imports_state";
  DROP TYPE "public"."activity_action";
  DROP TYPE "public"."enum_redirects_to_type";`)
}
