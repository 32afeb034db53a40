import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { staffUser } from '@/lib/auth/viewer'
import { getEnv } from '@/lib/env'
import { ApiError, answer } from '@/lib/http/errors'
import { readLimitedBody } from '@/lib/http/readLimitedBody'
import { dismissScheduleBody, retryScheduleBody } from '@/lib/schemas/calendar'
import type { User } from '@/payload-types'

import { getCalendar } from './calendar'
import { feedRange, buildEditorialCalendar } from './calendarIcs'
import { feedUrl, resetFeedToken, revokeFeedToken, userForFeedToken } from './calendarFeedToken'
import { dismissSchedule, retrySchedule } from './retrySchedule'

// The admin calendar's endpoints (/api/calendar/…) and the staff member's private .ics feed.

const noStore = { 'cache-control': 'no-store' }

function signedInStaff(req: PayloadRequest): User {
  const user = staffUser(req)
  if (!user) throw new ApiError('unauthorized', 'Sign in to the admin first.')
  return user
}

async function parse<T extends z.ZodType>(req: PayloadRequest, schema: T): Promise<z.infer<T>> {
  const parsed = schema.safeParse(await readLimitedBody({ headers: req.headers, body: req.body }, 4096))
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.') || 'body', issue.message]))
    throw new ApiError('invalid', 'Send JSON like { "jobId": 12, "at": "2027-01-31T09:00:00Z" }.', { fields })
  }
  return parsed.data
}

// POST /api/calendar/retry – queue a failed schedule again, now or at `at`, for staff who may edit its document.
const retry: Endpoint = {
  path: '/calendar/retry',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const user = signedInStaff(req)
      return Response.json(await retrySchedule(req, user, await parse(req, retryScheduleBody)), { headers: noStore })
    }),
}

// POST /api/calendar/dismiss – drop a failed schedule (e.g. its document was deleted).
const dismiss: Endpoint = {
  path: '/calendar/dismiss',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const user = signedInStaff(req)
      return Response.json(await dismissSchedule(req, user, await parse(req, dismissScheduleBody)), { headers: noStore })
    }),
}

// POST /api/calendar/feed-token – create or reset one's .ics subscription; the URL is shown this once.
const resetToken: Endpoint = {
  path: '/calendar/feed-token',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const user = signedInStaff(req)
      const token = await resetFeedToken(req.payload, user)
      return Response.json({ url: feedUrl(getEnv().SERVER_URL, token) }, { headers: noStore })
    }),
}

// DELETE /api/calendar/feed-token – turn one's subscription off.
const revokeToken: Endpoint = {
  path: '/calendar/feed-token',
  method: 'delete',
  handler: (req) =>
    answer(req, async () => {
      await revokeFeedToken(req.payload, signedInStaff(req))
      return new Response(null, { status: 204, headers: noStore })
    }),
}

// GET /api/calendar/feed/<token>.ics – the token's owner's calendar, as if they asked; 404 for any bad token.
const feed: Endpoint = {
  path: '/calendar/feed/:file',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const file = typeof req.routeParams?.file === 'string' ? req.routeParams.file : ''
      const user = await userForFeedToken(req.payload, file.replace(/\.ics$/, ''))
      if (!user) throw new ApiError('not-found', 'No such calendar.')
      const { entries } = await getCalendar(req.payload, user, feedRange(new Date()))
      const serverUrl = getEnv().SERVER_URL
      return new Response(buildEditorialCalendar(entries, { serverUrl, name: 'Coalition Portal – editorial calendar' }), {
        headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="editorial.ics"', 'cache-control': 'private, no-store' },
      })
    }),
}

export const calendarEndpoints: Endpoint[] = [retry, dismiss, resetToken, revokeToken, feed]
