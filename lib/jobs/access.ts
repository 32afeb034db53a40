import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { getEnv } from '@/lib/env'

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

/** GET /api/payload-jobs/run: admins, or an external cron with `Authorization: Bearer $CRON_SECRET`. */
export function canRunJobs({ req }: { req: PayloadRequest }): boolean {
  if (req.user?.collection === 'users' && req.user.role === 'admin') return true
  const secret = getEnv().CRON_SECRET
  const header = req.headers.get('authorization') ?? ''
  return Boolean(secret) && header.startsWith('Bearer ') && sameSecret(header.slice(7), secret!)
}
