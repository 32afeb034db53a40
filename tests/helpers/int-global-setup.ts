// Every integration run gets its own new database (on DATABASE_URL's server, or the embedded one),
// migrated from the committed migrations, and dropped afterwards.
import type { TestProject } from 'vitest/node'

import { dropDatabase, ensureDatabase, withDatabase } from '../../lib/db/databases'
import { startEmbeddedCluster, type EmbeddedCluster } from '../../lib/db/embedded'
import { migrateDatabase } from './migrateDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  let cluster: EmbeddedCluster | undefined
  let base = process.env.DATABASE_URL
  if (!base) {
    cluster = await startEmbeddedCluster()
    base = withDatabase(cluster.serverUrl, 'postgres')
  }
  const url = withDatabase(base, `portal_test_${Date.now()}_${process.pid}`)
  await ensureDatabase(url)
  try {
    migrateDatabase(url)
  } catch (error) {
    await dropDatabase(url)
    await cluster?.stop()
    throw error
  }
  project.provide('databaseUrl', url)

  return async () => {
    await dropDatabase(url)
    await cluster?.stop()
  }
}
