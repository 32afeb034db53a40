import { z } from 'zod'

// The editorial calendar's inputs: the admin view's query string and the retry / dismiss endpoints.

const positiveId = z.coerce.number({ error: 'must be an id, a positive whole number' }).int('must be an id, a positive whole number').min(1, 'must be an id, a positive whole number').max(2_147_483_647, 'must be an id, a positive whole number')

/** POST /api/calendar/retry: the failed schedule, and when to run it again (now when left out). */
export const retryScheduleBody = z.object({
  jobId: positiveId,
  at: z.iso.datetime({ offset: true, error: 'must be a date and time, e.g. 2027-01-31T09:00:00Z' }).optional(),
})

/** POST /api/calendar/dismiss: a failed schedule nobody will retry (its document was deleted, say). */
export const dismissScheduleBody = z.object({ jobId: positiveId })

const optionalId = z
  .string()
  .optional()
  .transform((value) => {
    const parsed = positiveId.safeParse(value)
    return parsed.success ? parsed.data : undefined
  })

/**
 * /admin/calendar?view=month|week&date=YYYY-MM-DD&region=&collection=&author= — anything malformed
 * falls back to its default (this month, no filter) rather than an error page.
 */
export const calendarQuery = z.object({
  view: z.enum(['month', 'week']).catch('month'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    .optional()
    .catch(undefined),
  region: optionalId.catch(undefined),
  collection: z.string().regex(/^[a-z][a-z-]{0,40}$/).optional().catch(undefined),
  author: optionalId.catch(undefined),
})

export type CalendarQuery = z.infer<typeof calendarQuery>
