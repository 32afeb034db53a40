// GET /api/health – for load balancers and compose: 200 only when the database answers.
import config from '@payload-config'
import { getPayload } from 'payload'

import { databaseAnswers } from '@/lib/db/health'

export const dynamic = 'force-dynamic'

export async function GET() {
  let ok = false
  try {
    const payload = await getPayload({ config })
    ok = await databaseAnswers(payload)
  } catch {
    ok = false
  }
  return Response.json(
    { status: ok ? 'ok' : 'unavailable', db: ok ? 'ok' : 'unreachable' },
    { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  )
}
