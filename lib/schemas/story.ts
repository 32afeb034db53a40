import { z } from 'zod'

import { checkbox, listId as id, optional, typedText } from './formValues'

export const STORY_TEXT_MAX = 5000

/** The share-your-story form (text fields; the file is checked by lib/stories/checkUpload). */
export const storyInput = z.object({
  title: optional(typedText().max(120, 'Keep the title under 120 characters')),
  text: optional(typedText().max(STORY_TEXT_MAX, `Keep your story under ${STORY_TEXT_MAX} characters`)),
  region: id,
  local: optional(id),
  campaign: optional(id),
  consentToPublish: checkbox.refine((value) => value, 'Tick this box so we may publish your story'),
  anonymous: checkbox,
})
export type StoryInput = z.infer<typeof storyInput>
