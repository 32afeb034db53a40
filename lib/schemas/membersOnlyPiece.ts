import { z } from 'zod'

import { MEMBERS_ONLY_KINDS } from '@/lib/content/membersOnlyKinds'

/** GET /api/members-only/<kind>/<slug>: which piece, named as the public page names it. */
export const membersOnlyPieceParams = z.object({
  kind: z.enum(MEMBERS_ONLY_KINDS, { message: 'must be one of: ' + MEMBERS_ONLY_KINDS.join(', ') }),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug').max(120),
})
