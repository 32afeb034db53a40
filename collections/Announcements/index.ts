import type { CollectionConfig } from 'payload'

import { TOPICS } from '@/lib/content/options'

import { contentCollection } from '../shared/contentCollection'
import { attachmentsField } from '../shared/fields/attachments'

export const Announcements: CollectionConfig = contentCollection({
  alert: { defaultOn: false },
  slug: 'announcements',
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'topics', 'regions', 'publishedAt'] },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', maxLength: 400, localized: true, admin: { description: 'One or two sentences for lists, feeds and link previews.' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'payouts',
      type: 'array',
      labels: { singular: 'Payout', plural: 'Payouts' },
      admin: { description: 'Bonus or payment amounts and who is eligible, e.g. $1,500 for 32+ hours/week.', initCollapsed: true },
      fields: [
        { name: 'amount', type: 'number', required: true, min: 0, admin: { description: 'US dollars, one-time.' } },
        { name: 'label', type: 'text', required: true, localized: true, admin: { description: 'Who gets it, e.g. "Coded 32+ hours/week in 2021".' } },
        {
          type: 'row',
          fields: [
            { name: 'minWeeklyHours', type: 'number', min: 0, max: 80 },
            { name: 'maxWeeklyHours', type: 'number', min: 0, max: 80, admin: { description: 'Exclusive upper bound.' } },
            { name: 'minAnnualHours', type: 'number', min: 0 },
          ],
        },
        { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true, admin: { description: 'Empty = every region.' } },
        { name: 'hiredBefore', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'includesOnCall', type: 'checkbox', label: 'On-call and per diem included' },
        { name: 'paymentDate', type: 'text', localized: true, admin: { description: 'e.g. "March 2022" or "April or May".' } },
      ],
    },
    attachmentsField(),
    {
      type: 'collapsible',
      label: 'Source',
      admin: { initCollapsed: true, description: 'For partner newsletters and letters from the employer.' },
      fields: [
        { name: 'sourceName', type: 'text' },
        { name: 'sourceUrl', type: 'text' },
      ],
    },
    { name: 'topics', type: 'select', hasMany: true, options: TOPICS, index: true, admin: { position: 'sidebar' } },
    { name: 'locals', type: 'relationship', relationTo: 'locals', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'featured', type: 'checkbox', defaultValue: false, index: true, admin: { position: 'sidebar' } },
  ],
})
