import type { Payload } from 'payload'

import { renderTransactional } from '@/lib/email/render'
import { getEnv } from '@/lib/env'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { Campaign } from '@/payload-types'

/**
 * The signer's receipt, in `lang` (the page they signed on, else a member's own language), with a
 * link to the campaign in that language; the title comes in that language too, once its Spanish is
 * ready (insertSignature). A mail failure is logged, never reported as a failed signature: the row
 * is already saved.
 */
export async function sendSignatureConfirmation(payload: Payload, campaign: Pick<Campaign, 'title' | 'slug'>, to: { name: string; email: string }, lang: Lang) {
  const t = messages(lang)
  const url = `${getEnv().SERVER_URL}${localizedPath(lang, `/campaigns/${campaign.slug}`)}`
  try {
    const message = await renderTransactional({
      lang,
      subject: t.email.signatureSubject(campaign.title),
      greeting: t.email.signatureThanks(to.name, campaign.title),
      lines: [],
      link: { href: url, label: t.email.signatureShare },
    })
    await payload.sendEmail({ to: to.email, ...message })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'signature confirmation e-mail failed' })
  }
}
