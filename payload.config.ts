import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from './collections/Media'
import { Regions } from './collections/Regions'
import { Users } from './collections/Users'
import { getEnv } from './lib/env'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()

export default buildConfig({
  serverURL: env.SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Coalition Portal' },
  },
  collections: [Users, Regions, Media],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: {
      // Deliberately no fallback: the launcher (scripts/with-db.ts) always provides one.
      connectionString: env.DATABASE_URL ?? 'postgres://missing-DATABASE_URL-start-through-npm-run-dev',
    },
    // Migrations are the schema of record; push only when explicitly asked for.
    push: env.PAYLOAD_DB_PUSH === 'true',
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  telemetry: false,
})
