import { z } from 'zod'

import type { EmailList } from '@/lib/email/delivery/states'

const choice = z.boolean({ error: 'must be true or false' })

/** The three e-mail choices (lib/email/delivery/states EMAIL_LISTS), all required: the page sends the whole set. */
export const emailChoices = z.object({ bargaining: choice, actions: choice, digest: choice }).strict() satisfies z.ZodType<Record<EmailList, boolean>>
export type EmailChoices = z.infer<typeof emailChoices>

/** POST /api/members/email-preferences: the e-mailed link's token and the new choices. */
export const emailPreferencesUpdate = z.object({ token: z.string().max(200), preferences: emailChoices }).strict()

/** POST /api/members/unsubscribe from the site's own page (mail providers send a form instead). */
export const unsubscribeRequest = z.object({ token: z.string().max(200) }).strict()
