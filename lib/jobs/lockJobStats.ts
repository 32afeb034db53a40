import type { SanitizedConfig } from 'payload'

// Payload adds a `payload-jobs-stats` global as soon as any task has a `schedule` (ours: lib/email/jobs),
// without access rules, so it gets Payload's default — any signed-in user, members included — on
// /api/globals/payload-jobs-stats and GraphQL. A write there can stop the scheduler (payloadcms/payload
// PR #18197, open). Payload itself reads and writes it through the database adapter, never through
// access, so nobody needs it through the API: closed to all. It is added while the config is sanitized,
// after plugins run, so this changes the built config.
const JOB_STATS = 'payload-jobs-stats'
const nobody = () => false

export async function lockJobStats(built: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const config = await built
  const stats = config.globals.find((global) => global.slug === JOB_STATS)
  if (stats) stats.access = { ...stats.access, read: nobody, readVersions: nobody, update: nobody }
  return config
}
