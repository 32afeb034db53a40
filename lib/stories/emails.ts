import { getEnv } from '@/lib/env'
import { layout } from '@/lib/members/emails'

export type ModerationOutcome = 'approved' | 'needs-edit' | 'rejected'

export const MODERATION_OUTCOMES: ReadonlySet<string> = new Set<ModerationOutcome>(['approved', 'needs-edit', 'rejected'])

type StoryMail = { memberName: string; storyLabel: string; anonymous: boolean; moderatorNote?: string | null }

/** What the member is told when staff decide on their story. */
export function storyModerationEmail(outcome: ModerationOutcome, story: StoryMail): { subject: string; html: string; text: string } {
  const server = getEnv().SERVER_URL
  const greeting = `Hello ${story.memberName},`
  const which = `your story “${story.storyLabel}”`
  switch (outcome) {
    case 'approved':
      return {
        subject: 'Your story is published',
        ...layout(
          greeting,
          [
            `Thank you: ${which} is now published on the Coalition Portal${story.anonymous ? ', without your name, as you asked' : ''}.`,
            'Sharing it with co-workers helps others speak up too.',
          ],
          { href: `${server}/stories`, label: 'Read the stories' },
        ),
      }
    case 'needs-edit': {
      const note = story.moderatorNote?.trim()
      return {
        subject: 'Your story: one change before we publish it',
        ...layout(
          greeting,
          [
            `Thank you for ${which}. Before we publish it, our team asks for a change${note ? ':' : '.'}`,
            ...(note ? [note] : []),
            'You can read this note on your account page at any time.',
          ],
          { href: `${server}/account`, label: 'Open my account' },
        ),
      }
    }
    case 'rejected':
      return {
        subject: 'About the story you shared',
        ...layout(
          greeting,
          [
            `Thank you for taking the time to share ${which}. We read every story carefully, and we have decided not to publish this one on the portal.`,
            'This is not a judgement of your experience: what you told us still helps our team understand what is happening at work, and you are always welcome to share another story.',
          ],
          { href: `${server}/account`, label: 'Open my account' },
        ),
      }
  }
}
