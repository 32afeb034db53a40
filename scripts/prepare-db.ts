// Applies committed migrations (the schema of record) and, with --seed-if-empty, seeds a new database.
import { getPayload } from 'payload'

import { isEmpty, seed } from './seed/index'
import config from '../payload.config'
import { runScript } from './lib/runScript'

runScript(async () => {
  const payload = await getPayload({ config, disableOnInit: true })
  await payload.db.migrate()
  if (process.argv.includes('--seed-if-empty') && (await isEmpty(payload))) {
    console.log('Empty database: seeding demo content (npm run seed)…')
    await seed(payload, { demoStaff: process.env.NODE_ENV !== 'production', log: (line) => console.log(`seed: ${line}`) })
  }
})
