import type { CollectionAfterChangeHook } from 'payload'

import { afterResponse } from '@/lib/afterResponse'
import { relationId } from '@/lib/relationId'
import { MODERATION_OUTCOMES, type ModerationOutcome, storyMailLabel, storyModerationEmail } from '@/lib/stories/emails'
import type { Story } from '@/payload-types'
import { staffUser } from '@/lib/auth/viewer'

/**
 * Tells the submitting member when staff approve, reject or ask for an edit — only when the status
 * actually changes (never for a new submission). The mail goes out after the moderator's answer; a
 * mail failure is logged, never turned into a failed save.
 */
export const emailModerationOutcome: CollectionAfterChangeHook<Story> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !staffUser(req) || doc.status === previousDoc?.status || !MODERATION_OUTCOMES.has(doc.status)) return doc
  const submitter = relationId(doc.submitter)
  if (!submitter) return doc
  const { payload } = req
  const fail = (error: unknown) => payload.logger.error({ err: error, msg: `story ${doc.id}: moderation e-mail to the submitter failed` })
  try {
    const member = await payload.findByID({ collection: 'members', id: submitter, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!member) return doc
    // In the member's own language, whatever language the moderator works in.
    const lang = member.preferredLanguage
    const story = { memberName: member.name, storyLabel: storyMailLabel(doc, lang), anonymous: Boolean(doc.anonymous), moderatorNote: doc.moderatorNote }
    const send = async () => payload.sendEmail({ to: member.email, ...(await storyModerationEmail(doc.status as ModerationOutcome, story, lang)) })
    await afterResponse(() => send().catch(fail))
  } catch (error) {
    fail(error)
  }
  return doc
}
