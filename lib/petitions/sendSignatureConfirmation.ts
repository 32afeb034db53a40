import type { Payload } from 'payload'

import { getEnv } from '@/lib/env'
import type { Campaign } from '@/payload-types'

/** The signer's receipt. A mail failure is logged, never reported as a failed signature: the row is already saved. */
export async function sendSignatureConfirmation(payload: Payload, campaign: Pick<Campaign, 'title' | 'slug'>, to: { name: string; email: string }) {
  const url = `${getEnv().SERVER_URL}/campaigns/${campaign.slug}`
  try {
    await payload.sendEmail({
      to: to.email,
      subject: `You signed: ${campaign.title}`,
      text: `Thank you, ${to.name}. Your signature on "${campaign.title}" is counted.\n\nShare the campaign: ${url}\n`,
      html: `<p>Thank you, ${escapeHtml(to.name)}. Your signature on “${escapeHtml(campaign.title)}” is counted.</p><p><a href="${url}">Share the campaign</a></p>`,
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'signature confirmation e-mail failed' })
  }
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)
