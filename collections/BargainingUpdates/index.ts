import type { CollectionConfig } from 'payload'

import { AUTHORED_BY, BARGAINING_STATUS } from '@/lib/content/options'

import { contentCollection } from '../shared/contentCollection'
import { attachmentsField } from '../shared/fields/attachments'

const day = { date: { pickerAppearance: 'dayOnly' as const } }

export const BargainingUpdates: CollectionConfig = contentCollection({
  alert: { defaultOn: true },
  slug: 'bargaining-updates',
  labels: { singular: 'Bargaining update', plural: 'Bargaining updates' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'table', 'sessionNumber', 'status', '_status'] },
  defaultSort: '-sessionStart',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    {
      type: 'row',
      fields: [
        { name: 'table', type: 'text', required: true, index: true, admin: { description: 'Bargaining table or cycle, e.g. "2023 National Bargaining".' } },
        { name: 'sessionNumber', type: 'number', min: 1 },
        { name: 'status', type: 'select', enumName: 'bargaining_status', options: BARGAINING_STATUS, defaultValue: 'in-session', required: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'sessionStart', type: 'date', index: true, admin: day },
        { name: 'sessionEnd', type: 'date', admin: day },
        { name: 'location', type: 'text' },
      ],
    },
    { name: 'authoredBy', type: 'select', options: AUTHORED_BY, defaultValue: 'coalition', required: true },
    { name: 'summary', type: 'textarea', maxLength: 400, localized: true },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'keyIssues',
      type: 'array',
      labels: { singular: 'Key issue', plural: 'Key issues' },
      fields: [
        { name: 'issue', type: 'text', required: true, localized: true },
        { name: 'detail', type: 'textarea', localized: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'nextSessionStart', type: 'date', index: true, admin: day },
        { name: 'nextSessionEnd', type: 'date', admin: day },
        { name: 'nextSessionLocation', type: 'text' },
      ],
    },
    attachmentsField(),
  ],
})
