import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search" ADD COLUMN "members_only" boolean DEFAULT false;`)
  // Rows already indexed for members-only items: mark them, and drop a members-only leader's bio that
  // an earlier sync copied into the summary.
  for (const [table, column] of [
    ['announcements', 'announcements_id'],
    ['bargaining_updates', 'bargaining_updates_id'],
    ['campaigns', 'campaigns_id'],
    ['leadership', 'leadership_id'],
    ['pages', 'pages_id'],
  ] as const) {
    await db.execute(sql`
     UPDATE "search" SET "members_only" = true
     WHERE "id" IN (
       SELECT r."parent_id" FROM "search_rels" r JOIN ${sql.identifier(table)} d ON d."id" = r.${sql.identifier(column)}
       WHERE r."path" = 'doc' AND d."audience" = 'members'
     );`)
  }
  await db.execute(sql`
   UPDATE "search" s SET "summary" = NULL
   FROM "search_rels" r JOIN "leadership" l ON l."id" = r."leadership_id"
   WHERE r."parent_id" = s."id" AND r."path" = 'doc' AND l."audience" = 'members';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search" DROP COLUMN "members_only";`)
}
