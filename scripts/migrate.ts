// Applies committed migrations (the schema of record). Called by dev/build/start/seed/test.
import { getPayload } from 'payload'

import config from '../payload.config'

const payload = await getPayload({ config, disableOnInit: true })
await payload.db.migrate()
await payload.destroy()
process.exit(0)
