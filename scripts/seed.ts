// npm run seed – fills the database with demo content; safe to run again.
// npm run seed -- --bulk 10000 – adds that many generated announcements (benchmarks).
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'
import { z } from 'zod'

import { expireRunningServers } from '../lib/revalidate/expireRunningServers'
import { seed } from './seed/index'
import { seedBulkAnnouncements } from './seed/bulk'
import config from '../payload.config'
import { runScript, ScriptError } from './lib/runScript'

const bulkCount = z.coerce.number().int('--bulk takes a whole number').min(1).max(1_000_000)

runScript(async () => {
  const { values } = parseArgs({ options: { bulk: { type: 'string' } } })
  const parsedBulk = values.bulk === undefined ? undefined : bulkCount.safeParse(values.bulk)
  if (parsedBulk && !parsedBulk.success) throw new ScriptError(`--bulk: ${parsedBulk.error.issues[0]!.message}`, 2)

  const payload = await getPayload({ config })
  await seed(payload, {
    demoStaff: process.env.NODE_ENV !== 'production',
    log: (line) => console.log(`seed: ${line}`),
  })
  if (parsedBulk?.success) {
    const started = Date.now()
    const added = await seedBulkAnnouncements(payload, parsedBulk.data)
    console.log(`seed: ${added} generated announcements in ${Date.now() - started} ms`)
  }
  // The seed writes with hooks off: tell a running server its cached pages are out of date.
  await expireRunningServers((line) => console.log(`seed: ${line}`))
  console.log('seed: done')
})
