import type { CollectionBeforeChangeHook } from 'payload'

import { mediaVisibility } from '@/lib/media/visibility'
import type { Media } from '@/payload-types'

/** Every save recomputes it, from the staff checkbox and the items using the file (kept by the content hooks). */
export const setVisibility: CollectionBeforeChangeHook<Media> = ({ data, originalDoc }) => {
  const membersOnly = data.membersOnly ?? originalDoc?.membersOnly
  const usedBy = data.usedBy ?? originalDoc?.usedBy
  return { ...data, visibility: mediaVisibility({ membersOnly, usedBy }) }
}
