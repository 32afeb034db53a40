import { z } from 'zod'

import { REVIEW_ACTIONS } from '@/lib/review/states'

// POST /api/<collection>/:id/review (collections/shared/endpoints/reviewEndpoint.ts).

export const REVIEW_COLLECTIONS = ['announcements', 'bargaining-updates', 'campaigns', 'leadership', 'pages'] as const
export type ReviewCollection = (typeof REVIEW_COLLECTIONS)[number]

export const NOTE_MAX = 2000
const ID_MESSAGE = 'must be the item’s id, a positive whole number'

export const reviewParams = z.object({
  collection: z.enum(REVIEW_COLLECTIONS),
  id: z.string().regex(/^[1-9][0-9]{0,9}$/, ID_MESSAGE).transform(Number).pipe(z.number().max(2_147_483_647, ID_MESSAGE)),
})

export const reviewRequest = z
  .object({
    action: z.enum(REVIEW_ACTIONS, { error: 'must be submit, approve, request_changes or reject' }),
    // An ISO date-time with its offset (the admin sends UTC). Empty means "as soon as approved".
    requestedAt: z.iso
      .datetime({ offset: true, error: 'must be a date and time, e.g. 2027-03-01T09:00:00Z' })
      .nullish()
      .or(z.literal('').transform(() => null)),
    note: z.string().trim().max(NOTE_MAX, `must be at most ${NOTE_MAX} characters`).optional(),
  })
  .superRefine((value, context) => {
    if (value.action === 'request_changes' && !value.note) {
      context.addIssue({ code: 'custom', path: ['note'], message: 'say what should change: the author gets this note' })
    }
    if (value.action === 'submit' && value.requestedAt && Date.parse(value.requestedAt) <= Date.now()) {
      context.addIssue({ code: 'custom', path: ['requestedAt'], message: 'must be in the future (leave it empty for “as soon as approved”)' })
    }
  })

export type ReviewRequest = z.infer<typeof reviewRequest>
