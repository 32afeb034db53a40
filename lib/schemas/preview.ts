import { z } from 'zod'

export const previewQuery = z.object({
  collection: z.enum(['announcements', 'bargaining-updates', 'campaigns', 'pages']),
  // The language the editor is writing in: the preview opens that language's page.
  lang: z.enum(['en', 'es']).default('en'),
  slug: z.string().trim().min(1, 'slug is required').max(200).regex(/^[a-z0-9-]+$/, 'slug looks like psp-bonus-2022'),
})
