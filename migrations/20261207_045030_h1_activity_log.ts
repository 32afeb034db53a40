import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."activity_action" AS ENUM('created', 'edited', 'published', 'unpublished', 'scheduled_publish', 'scheduled_unpublish', 'unscheduled', 'review_submitted', 'review_approved', 'review_changes_requested', 'review_rejected', 'deleted', 'restored', 'role_changed', 'regions_changed', 'exported_signatures');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_id" integer;
  ALTER TABLE "activity_rels" ADD CONSTRAINT "activity_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activity"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activity_rels" ADD CONSTRAINT "activity_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_activity_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activity" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "activity" CASCADE;
  DROP TABLE "activity_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_fk";
  
  DROP INDEX "payload_locked_documents_rels_activity_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_id";
  DROP TYPE "public"."activity_action";`)
}
