import type { CollectionConfig } from 'payload'

import { LEADER_STATUS } from '@/lib/content/options'

import { contentCollection } from '../shared/contentCollection'

export const Leadership: CollectionConfig = contentCollection({
  slug: 'leadership',
  labels: { singular: 'Leader', plural: 'Leadership' },
  graphQL: { singularName: 'Leader', pluralName: 'Leaders' },
  slugFrom: 'name',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'title', 'status', 'termStart', '_status'] },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'title', type: 'text', required: true, localized: true, admin: { description: 'e.g. Interim Executive Director.' } },
    { name: 'status', type: 'select', enumName: 'leader_status', options: LEADER_STATUS, defaultValue: 'current', required: true, index: true },
    { name: 'organisation', type: 'text', admin: { description: 'e.g. "Coalition staff" or the local union.' } },
    { name: 'local', type: 'relationship', relationTo: 'locals' },
    { name: 'photo', type: 'upload', relationTo: 'media', admin: { description: 'Alt text is required on every image.' } },
    { name: 'bio', type: 'textarea', maxLength: 1200, localized: true },
    { name: 'quote', type: 'textarea', maxLength: 600, localized: true },
    {
      type: 'row',
      fields: [
        { name: 'termStart', type: 'date', admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } } },
        { name: 'termEnd', type: 'date', admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } } },
        { name: 'order', type: 'number', defaultValue: 100, index: true, admin: { description: 'Lower comes first.' } },
      ],
    },
  ],
})
