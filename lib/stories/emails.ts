import { renderTransactional, type RenderedEmail } from '@/lib/email/render'
import { getEnv } from '@/lib/env'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { storyLabel } from './storyLabel'

export type ModerationOutcome = 'approved' | 'needs-edit' | 'rejected'

export const MODERATION_OUTCOMES: ReadonlySet<string> = new Set<ModerationOutcome>(['approved', 'needs-edit', 'rejected'])

type StoryMail = { memberName: string; storyLabel: string; anonymous: boolean; moderatorNote?: string | null }
type LabelledStory = Parameters<typeof storyLabel>[0] & { label?: string | null }

/**
 * What the e-mail calls the story: its label (title or opening words, in the member's own words), or
 * for a story of only a photo or video, that kind in the member's language.
 */
export function storyMailLabel(story: LabelledStory, lang: Lang): string {
  const t = messages(lang)
  if (story.title?.trim() || story.text?.trim()) return story.label ?? storyLabel(story)
  if (story.mimeType?.startsWith('video/')) return t.email.storyVideo
  if (story.mimeType?.startsWith('image/')) return t.email.storyPhoto
  return t.email.storyUntitled
}

/** What the member is told, in their language, when staff decide on their story. */
export function storyModerationEmail(outcome: ModerationOutcome, story: StoryMail, lang: Lang): Promise<RenderedEmail> {
  const t = messages(lang)
  const link = (path: string) => `${getEnv().SERVER_URL}${localizedPath(lang, path)}`
  const mail = { lang, greeting: t.email.greeting(story.memberName) }
  const account = { href: link('/account'), label: t.email.accountLink }
  switch (outcome) {
    case 'approved':
      return renderTransactional({
        ...mail,
        subject: t.email.storyApprovedSubject,
        lines: [t.email.storyApprovedText(story.storyLabel, story.anonymous), t.email.storyApprovedShare],
        link: { href: link('/stories'), label: t.email.storyApprovedLink },
      })
    case 'needs-edit': {
      const note = story.moderatorNote?.trim()
      return renderTransactional({
        ...mail,
        subject: t.email.storyEditSubject,
        lines: [t.email.storyEditText(story.storyLabel, Boolean(note)), ...(note ? [note] : []), t.email.storyEditNoteOnAccount],
        link: account,
      })
    }
    case 'rejected':
      return renderTransactional({
        ...mail,
        subject: t.email.storyRejectedSubject,
        lines: [t.email.storyRejectedText(story.storyLabel), t.email.storyRejectedWelcome],
        link: account,
      })
  }
}
