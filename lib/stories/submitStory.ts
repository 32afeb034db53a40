import type { Payload } from 'payload'

import { ApiError } from '@/lib/http/errors'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { consumeRateLimit } from '@/lib/rateLimit/consume'
import { formLang } from '@/lib/schemas/formValues'
import { fieldErrors } from '@/lib/schemas/member'
import { storyInput } from '@/lib/schemas/story'
import type { Member, Story } from '@/payload-types'

import { checkStoryUpload } from './checkUpload'
import { describePhiFlags, flagPhi } from './flagPhi'
import { stripImageMetadata, UnreadableImageError } from './stripImageMetadata'

export type StoryFile = { data: Buffer; size: number }

/** What the member is told once the story is stored, in the language of the form. */
export function storyReceived(lang: Lang): string {
  return messages(lang).stories.received
}

/**
 * A member's story, stored as `pending` for moderation whatever the form says, with any likely patient
 * details flagged for the moderator and a photo's metadata (GPS position included) removed. The row is
 * committed before the member is told it arrived.
 */
export async function submitStory(payload: Payload, member: Member, raw: unknown, file: StoryFile | undefined, ip: string | null): Promise<Story> {
  // Answers are in the language of the page the form was sent from (its `lang` field).
  const lang = formLang(raw)
  const t = messages(lang)
  const parsed = storyInput.safeParse(raw && typeof raw === 'object' ? raw : {})
  if (!parsed.success) throw new ApiError('invalid', t.errors.formCorrectFields, { fields: fieldErrors(parsed.error, lang) })
  const input = parsed.data
  if (!input.text && !file) throw new ApiError('invalid', t.stories.errorTextOrFileForm, { fields: { text: t.stories.errorTextOrFile } })
  const checked = file ? await checkStoryUpload(file.data, lang) : null
  if (checked && !checked.ok) throw new ApiError(checked.tooLarge ? 'too-large' : 'unsupported', checked.message, { fields: { file: checked.message } })
  await consumeRateLimit(payload, 'story', { ip, account: member.id })
  const stored = file && checked?.ok ? await withoutMetadata(file.data, checked.mimetype, lang) : undefined
  const flags = flagPhi([input.title, input.text].filter(Boolean).join('\n'))
  return payload.create({
    collection: 'stories',
    overrideAccess: true,
    data: {
      ...input,
      local: input.local ?? null,
      campaign: input.campaign ?? null,
      submitter: member.id,
      byline: member.name,
      status: 'pending',
      flagged: describePhiFlags(flags),
    },
    // A name of our own: the member's file name can carry their (or a patient's) name.
    file: stored && checked?.ok ? { data: stored, size: stored.length, mimetype: checked.mimetype, name: `story.${checked.ext}` } : undefined,
  })
}

async function withoutMetadata(data: Buffer, mimetype: string, lang: Lang): Promise<Buffer> {
  try {
    return await stripImageMetadata(data, mimetype)
  } catch (error) {
    if (error instanceof UnreadableImageError) {
      const unreadable = messages(lang).stories.errorUnreadablePhoto
      throw new ApiError('unsupported', unreadable, { fields: { file: unreadable } })
    }
    throw error
  }
}
