import { AsyncLocalStorage } from 'node:async_hooks'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { inject } from 'vitest'

// Must run before anything imports payload.config, which reads the environment once.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.JOBS_AUTORUN = 'false'
process.env.CRON_SECRET = 'int-test-cron-secret'
// As behind one reverse proxy: the right-most X-Forwarded-For entry is the client (tests send it).
process.env.TRUSTED_PROXY_HOPS = '1'
// Uploads from tests go to a throw-away folder, not the developer's media/.
process.env.MEDIA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'portal-media-'))

// Route handlers that answer from the shared cache (unstable_cache) need Next's incremental cache,
// which a Next server provides; give the test process an in-memory one (Next 16.4's own class).

Object.assign(globalThis, { AsyncLocalStorage })
const { IncrementalCache } = await import('next/dist/server/lib/incremental-cache')
const preview = { previewModeId: 'int', previewModeSigningKey: 'int', previewModeEncryptionKey: 'int' }
Object.assign(globalThis, {
  __incrementalCache: new IncrementalCache({
    dev: false,
    requestHeaders: {},
    flushToDisk: false,
    maxMemoryCacheSize: 50 * 1024 * 1024,
    previewProps: preview,
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview },
  }),
})
