// npm run seed – fills the database with demo content; safe to run again.
import { getPayload } from 'payload'

import { seed } from '../lib/seed'
import config from '../payload.config'
import { runScript } from './lib/runScript'

runScript(async () => {
  const payload = await getPayload({ config })
  await seed(payload, {
    demoStaff: process.env.NODE_ENV !== 'production',
    log: (line) => console.log(`seed: ${line}`),
  })
  console.log('seed: done')
})
