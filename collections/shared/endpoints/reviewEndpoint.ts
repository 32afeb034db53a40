import type { Endpoint } from 'payload'

import { staffUser } from '@/lib/auth/viewer'
import { ApiError, answer } from '@/lib/http/errors'
import { applyReviewAction } from '@/lib/review/applyReviewAction'
import { fieldErrors } from '@/lib/schemas/member'
import { reviewParams, reviewRequest } from '@/lib/schemas/review'

const MAX_BODY = 8 * 1024

// POST /api/<collection>/:id/review – submit an item for review, or approve, request changes or reject it.
export const reviewEndpoint: Endpoint = {
  path: '/:id/review',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      if (!req.user) throw new ApiError('unauthorized', 'Sign in to the admin to review items.')
      const staff = staffUser(req)
      if (!staff) throw new ApiError('forbidden', 'Only staff review items.')
      const params = reviewParams.safeParse(req.routeParams)
      if (!params.success) throw new ApiError('invalid', 'The address needs the item’s id, e.g. /api/announcements/12/review.', { fields: fieldErrors(params.error) })
      if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY) throw new ApiError('too-large', 'That request is too large.')
      const body: unknown = await req.json?.().catch(() => null)
      const parsed = reviewRequest.safeParse(body)
      if (!parsed.success) throw new ApiError('invalid', 'Check the review request: see the fields.', { fields: fieldErrors(parsed.error) })
      const outcome = await applyReviewAction(req, staff, params.data.collection, params.data.id, parsed.data)
      return Response.json(outcome, { headers: { 'cache-control': 'no-store' } })
    }),
}
