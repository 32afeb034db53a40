import { z } from 'zod'

import { messageKey } from '@/lib/i18n/messages'

import { checkbox, listId as id, optional, typedText } from './formValues'

export const STORY_TEXT_MAX = 5000

/** The share-your-story form (text fields; the file is checked by lib/stories/checkUpload). Messages are catalogue keys. */
export const storyInput = z.object({
  title: optional(typedText().max(120, messageKey('stories.errorTitleTooLong'))),
  text: optional(typedText().max(STORY_TEXT_MAX, messageKey('stories.errorTextTooLong'))),
  region: id,
  local: optional(id),
  campaign: optional(id),
  consentToPublish: checkbox.refine((value) => value, messageKey('stories.errorConsent')),
  anonymous: checkbox,
})
export type StoryInput = z.infer<typeof storyInput>
