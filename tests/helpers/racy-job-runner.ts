// Tests only: a job runner exactly like `npm run worker` but with Payload's own claim put back (the
// safe claim removed), so a test can show that two such runners really do run jobs twice.
// Usage: node --import tsx tests/helpers/racy-job-runner.ts <intervalMs>
import { JOB_BATCH_LIMIT, JOB_QUEUE } from '@/lib/jobs/queueSchedule'
import { runQueueLoop } from '@/lib/jobs/runQueueLoop'
import { restoreUnsafeClaim } from '@/lib/jobs/safeClaim'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
const payload = await getPayload({ config })
if (!restoreUnsafeClaim(payload.db)) throw new Error('the adapter is not wrapped by withSafeJobClaim')

const stop = new AbortController()
process.on('SIGTERM', () => stop.abort())
payload.logger.info({ msg: 'Job worker started (racy claim)' })
await runQueueLoop(payload, { queue: JOB_QUEUE, limit: JOB_BATCH_LIMIT, intervalMs: Number(process.argv[2] ?? 500), signal: stop.signal })
await payload.destroy()
process.exit(0)
