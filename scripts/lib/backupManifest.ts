// What npm run backup writes into a backup folder, and npm run restore reads back.
import { z } from 'zod'

export const DATABASE_FILE = 'database.dump'
export const MEDIA_FILE = 'media.tar.gz'
export const MANIFEST_FILE = 'manifest.json'
export const S3_NOTE_FILE = 'MEDIA-IN-S3.txt'

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  database: z.object({ file: z.literal(DATABASE_FILE), serverMajor: z.number().int(), pgDumpMajor: z.number().int() }),
  // tar: MEDIA_DIR as media.tar.gz; s3: the files were in a bucket, not in this backup; none: no upload folder existed.
  media: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('tar'), file: z.literal(MEDIA_FILE) }),
    z.object({ kind: z.literal('s3'), bucket: z.string() }),
    z.object({ kind: z.literal('none') }),
  ]),
})

export type Manifest = z.infer<typeof manifestSchema>

export function s3Note(bucket: string, createdAt: string): string {
  return [
    `This backup holds the database only: uploads (media and story files) are in the S3 bucket "${bucket}"`,
    `(folders media/ and stories/), which this script does not copy.`,
    ``,
    `Back the bucket up with your provider's tools: turn on object versioning (and a lifecycle rule for old`,
    `versions) and, ideally, replication to a second bucket or region. To restore, bring the bucket back to`,
    `its state at ${createdAt} (the time of this backup) with those tools, then run npm run restore.`,
    ``,
  ].join('\n')
}
