import type { Payload } from 'payload'

import { ApiError } from '@/lib/http/errors'
import { consumeRateLimit } from '@/lib/rateLimit/consume'
import { fieldErrors } from '@/lib/schemas/member'
import { storyInput } from '@/lib/schemas/story'
import type { Member, Story } from '@/payload-types'

import { checkStoryUpload } from './checkUpload'
import { describePhiFlags, flagPhi } from './flagPhi'
import { stripImageMetadata, UnreadableImageError } from './stripImageMetadata'

export type StoryFile = { data: Buffer; size: number }

const UNREADABLE = 'We could not read that photo. Save it again as JPEG, PNG or WebP and try once more.'

export const STORY_RECEIVED = 'Thank you! Your story is with our team; we will let you know when it is published.'

/**
 * A member's story, stored as `pending` for moderation whatever the form says, with any likely patient
 * details flagged for the moderator and a photo's metadata (GPS position included) removed. The row is
 * committed before the member is told it arrived.
 */
export async function submitStory(payload: Payload, member: Member, raw: unknown, file: StoryFile | undefined, ip: string | null): Promise<Story> {
  const parsed = storyInput.safeParse(raw && typeof raw === 'object' ? raw : {})
  if (!parsed.success) throw new ApiError('invalid', 'Please correct the marked fields.', { fields: fieldErrors(parsed.error) })
  const input = parsed.data
  if (!input.text && !file) throw new ApiError('invalid', 'Write your story or add a photo or video.', { fields: { text: 'Write your story or add a photo or video' } })
  const checked = file ? await checkStoryUpload(file.data) : null
  if (checked && !checked.ok) throw new ApiError(checked.message.includes('too large') ? 'too-large' : 'unsupported', checked.message, { fields: { file: checked.message } })
  await consumeRateLimit(payload, 'story', { ip, account: member.id })
  const stored = file && checked?.ok ? await withoutMetadata(file.data, checked.mimetype) : undefined
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

async function withoutMetadata(data: Buffer, mimetype: string): Promise<Buffer> {
  try {
    return await stripImageMetadata(data, mimetype)
  } catch (error) {
    if (error instanceof UnreadableImageError) throw new ApiError('unsupported', UNREADABLE, { fields: { file: UNREADABLE } })
    throw error
  }
}
