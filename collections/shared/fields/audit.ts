import type { Field } from 'payload'

import { staffOnlyField } from '../access/content'

const who = (name: string, label: string): Field => ({
  name,
  label,
  type: 'relationship',
  relationTo: 'users',
  access: { read: staffOnlyField, create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
})

/** Filled by the auditTrail hook; only staff can read who did what. */
export function auditFields(): Field[] {
  return [
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set on first publish; change it to back-date an item.',
      },
    },
    who('createdBy', 'Created by'),
    who('updatedBy', 'Last edited by'),
    who('publishedBy', 'Published by'),
    {
      name: 'lastPublishedAt',
      type: 'date',
      access: { read: staffOnlyField, create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ]
}
