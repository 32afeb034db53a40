import type { Payload } from 'payload'

import type { EmailChoices } from '@/lib/schemas/emailChoices'

let counter = 0

export type MemberSpec = { region: number; choices?: Partial<EmailChoices>; verified?: boolean; lang?: 'en' | 'es'; label?: string }

/** A member with an address of their own (unique per call) and the given e-mail choices; confirmed unless told. */
export async function makeMember(payload: Payload, { region, choices = {}, verified = true, lang = 'en', label = 'member' }: MemberSpec) {
  const email = `${label}.${Date.now()}.${++counter}@alerts.example.org`
  const member = await payload.create({
    collection: 'members',
    data: {
      name: `${label} ${counter}`,
      email,
      password: 'Member-password-2026!',
      region,
      preferredLanguage: lang,
      _verified: verified,
      emailPreferences: { bargaining: false, actions: false, digest: false, ...choices },
    },
    disableVerificationEmail: true,
  })
  return { id: member.id, email }
}

export type DeliveryRow = { member_id: number; status: string; key: string; attempts: number; address: string | null; last_error: string | null }

export async function deliveries(payload: Payload, key: string): Promise<DeliveryRow[]> {
  const { rows } = await payload.db.pool.query<DeliveryRow>(
    `select member_id, status, key, attempts::int as attempts, address, last_error from email_deliveries where key = $1 order by member_id`,
    [key],
  )
  return rows
}
