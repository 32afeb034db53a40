import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { staffFromHeaders } from '@/lib/preview/staffFromRequest'
import type { User } from '@/payload-types'

/**
 * The staff member previewing drafts on this request, or null. Headers (the admin cookie) are read
 * only in draft mode: draftMode() alone keeps a page static, so visitors still get the cached page.
 */
export const getPreviewStaff = cache(async (): Promise<User | null> => {
  if (!(await draftMode()).isEnabled) return null
  return staffFromHeaders(await headers())
})

/**
 * A detail-page reader: the cached published item for everyone, or for staff in draft mode the
 * latest draft read uncached as that user. When they may not read the draft (a regional editor on a
 * coalition-wide item), they see the published item like anyone else.
 */
export function previewable<Result>(
  published: (slug: string) => Promise<Result | null>,
  latestDraft: (slug: string, staff: User) => Promise<Result | null>,
): (slug: string) => Promise<Result | null> {
  // Per request, so generateMetadata and the page share one draft query.
  const draftOnce = cache(latestDraft)
  return async (slug) => {
    const staff = await getPreviewStaff()
    if (!staff) return published(slug)
    return (await draftOnce(slug, staff)) ?? published(slug)
  }
}
