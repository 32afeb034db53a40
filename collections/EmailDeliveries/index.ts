import type { CollectionConfig } from 'payload'

import { DELIVERY_KINDS, DELIVERY_STATUSES } from '@/lib/email/delivery/states'

import { isCommsOrAdmin } from '../shared/access/roles'
import { shownTo } from '../shared/access/visibility'

/**
 * One row per (member, alert or digest week): written before the SMTP call, marked after, so nothing is
 * sent twice (lib/email/delivery). Rows are written by the sender only; staff read them for support.
 */
export const EmailDeliveries: CollectionConfig = {
  slug: 'email-deliveries',
  labels: { singular: 'E-mail delivery', plural: 'E-mail deliveries' },
  admin: {
    group: 'Admin',
    hidden: shownTo('admin', 'communications'),
    useAsTitle: 'key',
    defaultColumns: ['key', 'member', 'status', 'sentAt', 'attempts'],
    description: 'Alerts and weekly digests, one row per member. Written by the sender; read-only here.',
  },
  access: { read: isCommsOrAdmin, create: () => false, update: () => false, delete: () => false },
  indexes: [
    { fields: ['member', 'key'], unique: true },
    // The sender's claim: the next due rows in id order.
    { fields: ['status', 'nextAttemptAt'] },
    { fields: ['itemCollection', 'itemId'] },
  ],
  fields: [
    { name: 'member', type: 'relationship', relationTo: 'members', required: true },
    {
      name: 'key',
      type: 'text',
      required: true,
      admin: { description: 'alert:<collection>:<id> or digest:<Monday of the week>' },
    },
    { name: 'kind', type: 'select', enumName: 'email_delivery_kind', required: true, options: [...DELIVERY_KINDS] },
    { name: 'itemCollection', type: 'text' },
    { name: 'itemId', type: 'number' },
    // The region whose digest this is (the member's region when it was queued).
    { name: 'region', type: 'relationship', relationTo: 'regions' },
    // A digest covers the 7 days before this moment (lib/email/content/digest.ts).
    { name: 'periodEnd', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'status',
      type: 'select',
      enumName: 'email_delivery_status',
      required: true,
      defaultValue: 'queued',
      options: [...DELIVERY_STATUSES],
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'address', type: 'text', admin: { description: 'The address it was sent to.' } },
    { name: 'lastError', type: 'text' },
  ],
}
