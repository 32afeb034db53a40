// First `npm run dev` on a new machine: seed the empty database so the portal has something to show.
import { getPayload } from 'payload'

import { isEmpty, seed } from '../lib/seed'
import config from '../payload.config'

const payload = await getPayload({ config })
if (await isEmpty(payload)) {
  console.log('Empty database: seeding demo content (npm run seed)…')
  await seed(payload, { demoStaff: true, log: (line) => console.log(`seed: ${line}`) })
}
process.exit(0)
