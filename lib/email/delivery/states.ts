// The life of a delivery row (collections/EmailDeliveries). `sent` is written in the same transaction
// that held the row, before the message's final dot goes to the mail server (lib/email/delivery/sendBatch.ts).
export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'bounced', 'cancelled'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

export const DELIVERY_KINDS = ['alert', 'digest'] as const

/** The member's choice each kind of e-mail is sent under (members.emailPreferences). */
export const EMAIL_LISTS = ['bargaining', 'actions', 'digest'] as const
export type EmailList = (typeof EMAIL_LISTS)[number]

export const ALERT_COLLECTIONS = ['bargaining-updates', 'announcements', 'campaigns'] as const
export type AlertCollection = (typeof ALERT_COLLECTIONS)[number]

/** Who an item's alert goes to: bargaining updates to "bargaining", the rest to "actions" (urgent action alerts). */
export const ALERT_LISTS = { 'bargaining-updates': 'bargaining', announcements: 'actions', campaigns: 'actions' } as const satisfies Record<AlertCollection, EmailList>

export function isAlertCollection(value: unknown): value is AlertCollection {
  return typeof value === 'string' && Object.hasOwn(ALERT_LISTS, value)
}

export const alertKey = (collection: AlertCollection, id: number) => `alert:${collection}:${id}`
export const digestKey = (weekOf: string) => `digest:${weekOf}`

/** Temporary failures are retried this many times, waiting longer each time, then the row is `failed`. */
export const MAX_ATTEMPTS = 5
export function retryDelayMs(attempts: number): number {
  return Math.min(60 * 60_000, 30_000 * 4 ** Math.max(0, attempts - 1))
}
