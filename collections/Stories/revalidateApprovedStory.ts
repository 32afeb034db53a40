import type { CollectionAfterChangeHook } from 'payload'

import { requestRevalidation } from '@/lib/revalidate/requestRevalidation'
import { tags } from '@/lib/cacheTags'
import type { Story } from '@/payload-types'

/** The public stories list (and the related campaign page) change when a story is approved or withdrawn. */
export const revalidateApprovedStory: CollectionAfterChangeHook<Story> = ({ doc, previousDoc, context }) => {
  if (context.disableRevalidate) return doc
  if (doc.status === 'approved' || previousDoc?.status === 'approved') requestRevalidation([tags.stories, tags.campaigns])
  return doc
}
