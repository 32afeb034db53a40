import type { CollectionBeforeChangeHook } from 'payload'

import { storyLabel } from '@/lib/stories/storyLabel'
import type { Story } from '@/payload-types'

/** Recomputed on every save, so the admin's title follows staff edits of the title or the text. */
export const setStoryLabel: CollectionBeforeChangeHook<Story> = ({ data, originalDoc }) => {
  const current = <K extends 'title' | 'text' | 'mimeType'>(key: K) => (key in data ? data[key] : originalDoc?.[key])
  data.label = storyLabel({ title: current('title'), text: current('text'), mimeType: current('mimeType') })
  return data
}
