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
