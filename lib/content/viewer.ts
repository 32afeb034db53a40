import 'server-only'

import { headers } from 'next/headers'
import { cache } from 'react'

import type { Member, User } from '@/payload-types'

import { payload, type ReadAs } from './payload'
import { getPreviewStaff } from './preview'

/**
 * The member or staff user signed in on this request (cookie). Only the /signed-in/* variants of the
 * detail pages call this (next.config.ts rewrites there when the session cookie is present), so
 * anonymous visitors keep getting the static, cached pages.
 */
export const getSignedInViewer = cache(async (): Promise<Member | User | null> => {
  const { user } = await (await payload()).auth({ headers: await headers() })
  return (user as Member | User | null) ?? null
})

/** Published content read as the signed-in viewer: Payload's access rules decide what they get. */
export function viewerRead(viewer: Member | User): ReadAs {
  return { overrideAccess: false, draft: false, user: viewer }
}

/**
 * A detail-page reader for the signed-in variant: staff previewing drafts keep the preview reader.
 * Otherwise the cached public item answers unless it is locked (members-only); only then is the
 * session checked and the item read uncached as that viewer. An expired cookie gets the public page.
 */
export function forSignedInViewer<Result extends { locked: boolean }>(
  publicOrPreview: (slug: string) => Promise<Result | null>,
  find: (slug: string, read: ReadAs) => Promise<Result | null>,
): (slug: string) => Promise<Result | null> {
  const findOnce = cache(find)
  return async (slug) => {
    const shared = await publicOrPreview(slug)
    if (!shared?.locked || (await getPreviewStaff())) return shared
    const viewer = await getSignedInViewer()
    return viewer ? findOnce(slug, viewerRead(viewer)) : shared
  }
}
