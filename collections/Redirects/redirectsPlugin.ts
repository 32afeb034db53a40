import { redirectsPlugin } from '@payloadcms/plugin-redirects'

import { tags } from '@/lib/cacheTags'

import { isStaff } from '../shared/access/roles'
import { revalidateTagOnChange } from '../shared/hooks/revalidate'

/** Collections a redirect may point at (the ones with a public page per item). */
export const REDIRECT_TARGETS = ['announcements', 'bargaining-updates', 'campaigns', 'pages'] as const

/**
 * Old addresses (WordPress's `/?p=123` and `/2023/07/slug/`) → the page that replaced them. Staff only:
 * the site reads them with overrideAccess in lib/content/getRedirect.ts, never through the public API.
 * A redirect to a draft may be stored; it leads to the draft page's 404 until it is published.
 */
export const redirects = redirectsPlugin({
  collections: [...REDIRECT_TARGETS],
  overrides: {
    admin: { group: 'Content', defaultColumns: ['from', 'to.type', 'to.reference', 'createdAt'] },
    access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
    hooks: { afterChange: [revalidateTagOnChange(tags.redirects)], afterDelete: [revalidateTagOnChange(tags.redirects)] },
  },
})
