import type { Payload } from 'payload'

import { afterResponse } from '@/lib/afterResponse'
import { foreignKeyField } from '@/lib/db/pgError'
import { ApiError, describeError, isApiError } from '@/lib/http/errors'
import type { Lang } from '@/lib/i18n/languages'
import { messages, messageText } from '@/lib/i18n/messages'
import { consumeRateLimit } from '@/lib/rateLimit/consume'
import { relationId } from '@/lib/relationId'
import { fieldErrors } from '@/lib/schemas/member'
import { signPetitionInput } from '@/lib/schemas/signature'
import type { Member } from '@/payload-types'

import { insertSignature, SIGNABLE_CTA, type SignableCampaign } from './insertSignature'
import { revalidateSignatureCount } from './revalidateCount'
import { sendSignatureConfirmation } from './sendSignatureConfirmation'

export type SignResult = { alreadySigned: boolean; message: string; count: number }
/** lang: the signer's language, which every message of the answer is in. */
type Signer = { member?: Member | null; ip: string | null; lang: Lang }

/** Why a campaign found by slug takes no signature from this signer, or null when it does. */
function refusal(campaign: SignableCampaign, member: Member | null | undefined, lang: Lang): ApiError | null {
  const t = messages(lang)
  if (campaign.audience === 'members' && !member) return new ApiError('not-found', t.petitions.notFound)
  if (campaign.status !== 'active' || !(SIGNABLE_CTA as readonly string[]).includes(campaign.ctaKind ?? '')) {
    return new ApiError('closed', t.petitions.closed)
  }
  return null
}

/** Each invalid field's message in the signer's language (the schema's messages are catalogue keys). */
function fieldMessages(error: Parameters<typeof fieldErrors>[0], lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors(error)).map(([field, message]) => [field, messageText(lang, message)]))
}

/**
 * Signs a campaign once per e-mail address. The unique (campaign, email) index decides races; a
 * duplicate is a friendly "already signed", and the answer is only given after the row is committed.
 * A signed-in member signs as themselves (their name, address, region and local), so one click does.
 * Two statements per signature: the rate limit, then insertSignature (campaign, row and count at once).
 */
export async function signPetition(payload: Payload, slug: string, raw: unknown, { member, ip, lang }: Signer): Promise<SignResult> {
  const t = messages(lang)
  const fromMember = member
    ? { name: member.name, email: member.email, region: relationId(member.region) ?? undefined, local: relationId(member.local) ?? undefined }
    : {}
  const parsed = signPetitionInput.safeParse({ ...(raw && typeof raw === 'object' ? raw : {}), ...fromMember })
  if (!parsed.success) throw new ApiError('invalid', t.petitions.correctFields, { fields: fieldMessages(parsed.error, lang) })
  const input = parsed.data
  try {
    await consumeRateLimit(payload, 'sign', { ip, account: member?.id })
    const outcome = await insertSignature(payload, slug, input, { memberId: member?.id ?? null, lang })
    if (!outcome.campaign) throw new ApiError('not-found', t.petitions.notFound)
    const refused = refusal(outcome.campaign, member, lang)
    if (refused) throw refused
    if (!outcome.inserted) return { alreadySigned: true, message: t.petitions.alreadySigned, count: outcome.count }
    revalidateSignatureCount(slug)
    // The receipt goes out after the answer: the signature is already committed, and SMTP can be slow.
    const campaign = outcome.campaign
    await afterResponse(() => sendSignatureConfirmation(payload, campaign, input, lang))
    return { alreadySigned: false, message: t.petitions.signed, count: outcome.count }
  } catch (error) {
    if (isApiError(error)) throw error
    // A region or local id that is not on the list: the foreign key refused it, nothing was written.
    const field = foreignKeyField(error, ['region', 'local'])
    if (field) throw new ApiError('invalid', t.petitions.checkRegionLocal, { fields: { [field]: t.petitions.chooseFromList } })
    // Never the error itself: a database error's text carries the SQL with the signer's e-mail.
    payload.logger.error({ msg: 'signing failed', error: describeError(error) })
    throw new ApiError('unavailable', t.petitions.unavailable)
  }
}
