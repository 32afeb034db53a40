import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."content_review_state" AS ENUM('none', 'submitted', 'changes_requested', 'approved', 'rejected');
  ALTER TABLE "announcements" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "announcements" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "announcements" ADD COLUMN "review_note" varchar;
  ALTER TABLE "announcements" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "announcements" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "announcements" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "announcements" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_note" varchar;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "bargaining_updates" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_bargaining_updates_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "campaigns" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "review_note" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "campaigns" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "campaigns" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "leadership" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "leadership" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "leadership" ADD COLUMN "review_note" varchar;
  ALTER TABLE "leadership" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "leadership" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "leadership" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "leadership" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_leadership_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "pages" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "review_note" varchar;
  ALTER TABLE "pages" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_state" "content_review_state" DEFAULT 'none';
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "regions" ADD COLUMN "trusted" boolean DEFAULT false;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bargaining_updates" ADD CONSTRAINT "bargaining_updates_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bargaining_updates" ADD CONSTRAINT "bargaining_updates_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bargaining_updates_v" ADD CONSTRAINT "_bargaining_updates_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bargaining_updates_v" ADD CONSTRAINT "_bargaining_updates_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leadership" ADD CONSTRAINT "leadership_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leadership" ADD CONSTRAINT "leadership_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_leadership_v" ADD CONSTRAINT "_leadership_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_leadership_v" ADD CONSTRAINT "_leadership_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "announcements_review_review_state_idx" ON "announcements" USING btree ("review_state");
  CREATE INDEX "announcements_review_review_submitted_by_idx" ON "announcements" USING btree ("review_submitted_by_id");
  CREATE INDEX "announcements_review_review_decided_by_idx" ON "announcements" USING btree ("review_decided_by_id");
  CREATE INDEX "_announcements_v_version_review_version_review_state_idx" ON "_announcements_v" USING btree ("version_review_state");
  CREATE INDEX "_announcements_v_version_review_version_review_submitted_idx" ON "_announcements_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_announcements_v_version_review_version_review_decided_b_idx" ON "_announcements_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "bargaining_updates_review_review_state_idx" ON "bargaining_updates" USING btree ("review_state");
  CREATE INDEX "bargaining_updates_review_review_submitted_by_idx" ON "bargaining_updates" USING btree ("review_submitted_by_id");
  CREATE INDEX "bargaining_updates_review_review_decided_by_idx" ON "bargaining_updates" USING btree ("review_decided_by_id");
  CREATE INDEX "_bargaining_updates_v_version_review_version_review_stat_idx" ON "_bargaining_updates_v" USING btree ("version_review_state");
  CREATE INDEX "_bargaining_updates_v_version_review_version_review_subm_idx" ON "_bargaining_updates_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_bargaining_updates_v_version_review_version_review_deci_idx" ON "_bargaining_updates_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "campaigns_review_review_state_idx" ON "campaigns" USING btree ("review_state");
  CREATE INDEX "campaigns_review_review_submitted_by_idx" ON "campaigns" USING btree ("review_submitted_by_id");
  CREATE INDEX "campaigns_review_review_decided_by_idx" ON "campaigns" USING btree ("review_decided_by_id");
  CREATE INDEX "_campaigns_v_version_review_version_review_state_idx" ON "_campaigns_v" USING btree ("version_review_state");
  CREATE INDEX "_campaigns_v_version_review_version_review_submitted_by_idx" ON "_campaigns_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_campaigns_v_version_review_version_review_decided_by_idx" ON "_campaigns_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "leadership_review_review_state_idx" ON "leadership" USING btree ("review_state");
  CREATE INDEX "leadership_review_review_submitted_by_idx" ON "leadership" USING btree ("review_submitted_by_id");
  CREATE INDEX "leadership_review_review_decided_by_idx" ON "leadership" USING btree ("review_decided_by_id");
  CREATE INDEX "_leadership_v_version_review_version_review_state_idx" ON "_leadership_v" USING btree ("version_review_state");
  CREATE INDEX "_leadership_v_version_review_version_review_submitted_by_idx" ON "_leadership_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_leadership_v_version_review_version_review_decided_by_idx" ON "_leadership_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "pages_review_review_state_idx" ON "pages" USING btree ("review_state");
  CREATE INDEX "pages_review_review_submitted_by_idx" ON "pages" USING btree ("review_submitted_by_id");
  CREATE INDEX "pages_review_review_decided_by_idx" ON "pages" USING btree ("review_decided_by_id");
  CREATE INDEX "_pages_v_version_review_version_review_state_idx" ON "_pages_v" USING btree ("version_review_state");
  CREATE INDEX "_pages_v_version_review_version_review_submitted_by_idx" ON "_pages_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_pages_v_version_review_version_review_decided_by_idx" ON "_pages_v" USING btree ("version_review_decided_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "announcements" DROP CONSTRAINT "announcements_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "announcements" DROP CONSTRAINT "announcements_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_announcements_v" DROP CONSTRAINT "_announcements_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_announcements_v" DROP CONSTRAINT "_announcements_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "bargaining_updates" DROP CONSTRAINT "bargaining_updates_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "bargaining_updates" DROP CONSTRAINT "bargaining_updates_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_bargaining_updates_v" DROP CONSTRAINT "_bargaining_updates_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_bargaining_updates_v" DROP CONSTRAINT "_bargaining_updates_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_campaigns_v" DROP CONSTRAINT "_campaigns_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_campaigns_v" DROP CONSTRAINT "_campaigns_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "leadership" DROP CONSTRAINT "leadership_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "leadership" DROP CONSTRAINT "leadership_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_leadership_v" DROP CONSTRAINT "_leadership_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_leadership_v" DROP CONSTRAINT "_leadership_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_review_decided_by_id_users_id_fk";
  
  DROP INDEX "announcements_review_review_state_idx";
  DROP INDEX "announcements_review_review_submitted_by_idx";
  DROP INDEX "announcements_review_review_decided_by_idx";
  DROP INDEX "_announcements_v_version_review_version_review_state_idx";
  DROP INDEX "_announcements_v_version_review_version_review_submitted_idx";
  DROP INDEX "_announcements_v_version_review_version_review_decided_b_idx";
  DROP INDEX "bargaining_updates_review_review_state_idx";
  DROP INDEX "bargaining_updates_review_review_submitted_by_idx";
  DROP INDEX "bargaining_updates_review_review_decided_by_idx";
  DROP INDEX "_bargaining_updates_v_version_review_version_review_stat_idx";
  DROP INDEX "_bargaining_updates_v_version_review_version_review_subm_idx";
  DROP INDEX "_bargaining_updates_v_version_review_version_review_deci_idx";
  DROP INDEX "campaigns_review_review_state_idx";
  DROP INDEX "campaigns_review_review_submitted_by_idx";
  DROP INDEX "campaigns_review_review_decided_by_idx";
  DROP INDEX "_campaigns_v_version_review_version_review_state_idx";
  DROP INDEX "_campaigns_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_campaigns_v_version_review_version_review_decided_by_idx";
  DROP INDEX "leadership_review_review_state_idx";
  DROP INDEX "leadership_review_review_submitted_by_idx";
  DROP INDEX "leadership_review_review_decided_by_idx";
  DROP INDEX "_leadership_v_version_review_version_review_state_idx";
  DROP INDEX "_leadership_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_leadership_v_version_review_version_review_decided_by_idx";
  DROP INDEX "pages_review_review_state_idx";
  DROP INDEX "pages_review_review_submitted_by_idx";
  DROP INDEX "pages_review_review_decided_by_idx";
  DROP INDEX "_pages_v_version_review_version_review_state_idx";
  DROP INDEX "_pages_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_pages_v_version_review_version_review_decided_by_idx";
  ALTER TABLE "announcements" DROP COLUMN "review_state";
  ALTER TABLE "announcements" DROP COLUMN "review_requested_at";
  ALTER TABLE "announcements" DROP COLUMN "review_note";
  ALTER TABLE "announcements" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "announcements" DROP COLUMN "review_submitted_at";
  ALTER TABLE "announcements" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "announcements" DROP COLUMN "review_decided_at";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_state";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_requested_at";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_note";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_submitted_at";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "bargaining_updates" DROP COLUMN "review_decided_at";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_bargaining_updates_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "campaigns" DROP COLUMN "review_state";
  ALTER TABLE "campaigns" DROP COLUMN "review_requested_at";
  ALTER TABLE "campaigns" DROP COLUMN "review_note";
  ALTER TABLE "campaigns" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "campaigns" DROP COLUMN "review_submitted_at";
  ALTER TABLE "campaigns" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "campaigns" DROP COLUMN "review_decided_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "leadership" DROP COLUMN "review_state";
  ALTER TABLE "leadership" DROP COLUMN "review_requested_at";
  ALTER TABLE "leadership" DROP COLUMN "review_note";
  ALTER TABLE "leadership" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "leadership" DROP COLUMN "review_submitted_at";
  ALTER TABLE "leadership" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "leadership" DROP COLUMN "review_decided_at";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_leadership_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "pages" DROP COLUMN "review_state";
  ALTER TABLE "pages" DROP COLUMN "review_requested_at";
  ALTER TABLE "pages" DROP COLUMN "review_note";
  ALTER TABLE "pages" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "pages" DROP COLUMN "review_submitted_at";
  ALTER TABLE "pages" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "pages" DROP COLUMN "review_decided_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "regions" DROP COLUMN "trusted";
  DROP TYPE "public"."content_review_state";`)
}
