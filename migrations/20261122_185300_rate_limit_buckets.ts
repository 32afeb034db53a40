import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Fixed-window counters for lib/rateLimit: one row per action and client/account, upserted atomically.
// Written by hand: it is infrastructure, not content, so it has no Payload collection or admin screen.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE UNLOGGED TABLE "rate_limit_buckets" (
      "key" varchar(300) PRIMARY KEY NOT NULL,
      "hits" integer NOT NULL,
      "reset_at" timestamp(3) with time zone NOT NULL
    );
    CREATE INDEX "rate_limit_buckets_reset_at_idx" ON "rate_limit_buckets" USING btree ("reset_at");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "rate_limit_buckets";`)
}
