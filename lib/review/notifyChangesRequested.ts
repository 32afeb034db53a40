import type { Payload } from 'payload'

import { renderTransactional } from '@/lib/email/render'
import { getEnv } from '@/lib/env'

export type ChangesRequestedMail = {
  to: { email: string; name?: string | null }
  reviewer: { name?: string | null; email: string }
  item: { collection: string; id: number; title: string }
  note: string
}

/** The admin address of an item, where the author reads the note and edits. */
export const adminItemUrl = (collection: string, id: number) => `${getEnv().SERVER_URL}/admin/collections/${collection}/${id}`

/**
 * Tells the author what the reviewer asked for. Staff mail goes out in English, the admin's default
 * (as the staff password mails do); the same sender as every account mail (payload.sendEmail).
 */
export async function notifyChangesRequested(payload: Payload, { to, reviewer, item, note }: ChangesRequestedMail): Promise<void> {
  const { subject, html, text } = await renderTransactional({
    lang: 'en',
    subject: `Changes requested: ${item.title}`,
    greeting: `Hello ${to.name || to.email},`,
    lines: [`${reviewer.name || reviewer.email} reviewed “${item.title}” and asked for changes before it is published:`, note, 'Edit the item, then submit it for review again.'],
    link: { href: adminItemUrl(item.collection, item.id), label: 'Open the item in the admin' },
  })
  await payload.sendEmail({ to: to.email, subject, html, text })
}
