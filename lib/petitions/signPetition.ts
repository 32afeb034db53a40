import type { Payload } from 'payload'

import { afterResponse } from '@/lib/afterResponse'
import { foreignKeyField } from '@/lib/db/pgError'
import { ApiError, describeError, isApiError } from '@/lib/http/errors'
import { consumeRateLimit } from '@/lib/rateLimit/consume'
import { relationId } from '@/lib/relationId'
import { fieldErrors } from '@/lib/schemas/member'
import { signPetitionInput } from '@/lib/schemas/signature'
import type { Campaign, Member } from '@/payload-types'

import { getSignatureCount } from './getSignatureCount'
import { revalidateSignatureCount } from './revalidateCount'
import { sendSignatureConfirmation } from './sendSignatureConfirmation'

export const ALREADY_SIGNED = "You've already signed — thank you!"
export const SIGNED = 'Thank you for signing!'
export const SIGN_UNAVAILABLE = 'We could not save your signature just now. Please try again in a minute.'
const SIGNABLE_CTA = new Set(['sign', 'pledge'])

export type SignResult = { alreadySigned: boolean; message: string; count: number }
type Signer = { member?: Member | null; ip: string | null }

async function findSignableCampaign(payload: Payload, slug: string, member: Member | null | undefined): Promise<Campaign> {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { slug: { equals: slug }, _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    // Signing needs the campaign only, not the lists of its signatures and stories the admin shows.
    joins: false,
    overrideAccess: true,
  })
  const campaign = docs[0]
  if (!campaign || (campaign.audience === 'members' && !member)) throw new ApiError('not-found', 'We could not find that campaign.')
  if (campaign.status !== 'active' || !SIGNABLE_CTA.has(campaign.cta?.kind ?? '')) {
    throw new ApiError('closed', 'This campaign is not collecting signatures.')
  }
  return campaign
}

async function alreadySigned(payload: Payload, campaignId: number, email: string) {
  const { totalDocs } = await payload.count({
    collection: 'signatures',
    where: { campaign: { equals: campaignId }, email: { equals: email } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Signs a campaign once per e-mail address. The unique (campaign, email) index decides races; a
 * duplicate is a friendly "already signed", and the answer is only given after the row is committed.
 * A signed-in member signs as themselves (their name, address, region and local), so one click does.
 */
export async function signPetition(payload: Payload, slug: string, raw: unknown, { member, ip }: Signer): Promise<SignResult> {
  const fromMember = member
    ? { name: member.name, email: member.email, region: relationId(member.region) ?? undefined, local: relationId(member.local) ?? undefined }
    : {}
  const parsed = signPetitionInput.safeParse({ ...(raw && typeof raw === 'object' ? raw : {}), ...fromMember })
  if (!parsed.success) throw new ApiError('invalid', 'Please correct the marked fields.', { fields: fieldErrors(parsed.error) })
  const input = parsed.data
  try {
    await consumeRateLimit(payload, 'sign', { ip, account: member?.id })
    const campaign = await findSignableCampaign(payload, slug, member)
    if (await alreadySigned(payload, campaign.id, input.email)) {
      return { alreadySigned: true, message: ALREADY_SIGNED, count: await getSignatureCount(campaign.id, payload) }
    }
    try {
      await payload.create({
        collection: 'signatures',
        overrideAccess: true,
        data: { ...input, campaign: campaign.id, member: member?.id ?? null, local: input.local ?? null },
      })
    } catch (error) {
      // Lost a race with an identical submission: the unique index refused the second row.
      if (await alreadySigned(payload, campaign.id, input.email)) {
        return { alreadySigned: true, message: ALREADY_SIGNED, count: await getSignatureCount(campaign.id, payload) }
      }
      throw error
    }
    revalidateSignatureCount(slug)
    // The receipt goes out after the answer: the signature is already committed, and SMTP can be slow.
    await afterResponse(() => sendSignatureConfirmation(payload, campaign, input))
    return { alreadySigned: false, message: SIGNED, count: await getSignatureCount(campaign.id, payload) }
  } catch (error) {
    if (isApiError(error)) throw error
    // A region or local id that is not on the list: the foreign key refused it, nothing was written.
    const field = foreignKeyField(error, ['region', 'local']) ?? (isValidationError(error) ? 'region' : null)
    if (field) throw new ApiError('invalid', 'Please check your region and local.', { fields: { [field]: 'Choose from the list' } })
    // Never the error itself: a database error's text carries the SQL with the signer's e-mail.
    payload.logger.error({ msg: 'signing failed', error: describeError(error) })
    throw new ApiError('unavailable', SIGN_UNAVAILABLE)
  }
}

function isValidationError(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'ValidationError'
}
