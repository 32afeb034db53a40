import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { storyLabel } from '../lib/stories/storyLabel'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories" ADD COLUMN "label" varchar;`)
  // Stories already submitted get their admin title too (the same rule the beforeChange hook applies).
  const { rows } = await db.execute(sql`SELECT "id", "title", "text", "mime_type" FROM "stories"`)
  for (const row of rows as Array<{ id: number; title: string | null; text: string | null; mime_type: string | null }>) {
    const label = storyLabel({ title: row.title, text: row.text, mimeType: row.mime_type })
    await db.execute(sql`UPDATE "stories" SET "label" = ${label} WHERE "id" = ${row.id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories" DROP COLUMN "label";`)
}
