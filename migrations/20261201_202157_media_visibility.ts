import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { mediaSourceCollections, mediaUsageRules } from '../collections/shared/hooks/syncMediaVisibility'
import { rebuildMediaUsage } from '../lib/media/rebuildMediaUsage'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  // Backfill: every existing file gets its "used by" rows and visibility from the items that exist now
  // (the content hooks keep them from here on). Until then the column default keeps every file closed.
  // It reads through the Local API, i.e. today's config: should a later change add a field that can
  // hold media to a content collection, apply that migration's schema before re-running this backfill.
  const counts = await rebuildMediaUsage(req, mediaSourceCollections(req), mediaUsageRules)
  payload.logger.info(`media visibility: ${counts.public} public, ${counts.members} members only`)
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
