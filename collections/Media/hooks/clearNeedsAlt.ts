import type { CollectionBeforeChangeHook } from 'payload'

import type { Media } from '@/payload-types'

/** An imported image flagged "alt text missing" stops being flagged as soon as someone describes it. */
export const clearNeedsAltOnceDescribed: CollectionBeforeChangeHook<Media> = ({ data }) => {
  if (typeof data.alt === 'string' && data.alt.trim() !== '') data.needsAlt = false
  return data
}
