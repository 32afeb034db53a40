import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'


export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_used_by_reach" AS ENUM('everyone', 'members', 'draft');
  CREATE TYPE "public"."enum_media_visibility" AS ENUM('public', 'members');
  CREATE TABLE "media_used_by" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"collection" varchar,
  	"item" numeric,
  	"title" varchar,
  	"reach" "enum_media_used_by_reach"
  );
  
  ALTER TABLE "media" ADD COLUMN "members_only" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "visibility" "enum_media_visibility" DEFAULT 'members';
  ALTER TABLE "media_used_by" ADD CONSTRAINT "media_used_by_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_used_by_order_idx" ON "media_used_by" USING btree ("_order");
  CREATE INDEX "media_used_by_parent_id_idx" ON "media_used_by" USING btree ("_parent_id");
  CREATE INDEX "media_used_by_key_idx" ON "media_used_by" USING btree ("key");
  CREATE INDEX "media_visibility_idx" ON "media" USING btree ("visibility");`)
  // The backfill of every file's "used by" rows reads through the Local API, i.e. today's config, so it
  // runs in the latest migration that changes content fields (now 20261206_224335_localization), after
  // their schema exists. Until then the column default keeps every file closed.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_used_by" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_used_by" CASCADE;
  DROP INDEX "media_visibility_idx";
  ALTER TABLE "media" DROP COLUMN "members_only";
  ALTER TABLE "media" DROP COLUMN "visibility";
  DROP TYPE "public"."enum_media_used_by_reach";
  DROP TYPE "public"."enum_media_visibility";`)
}
