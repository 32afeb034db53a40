import type { CollectionConfig } from 'payload'

import { ACTIVITY_ACTIONS } from '@/lib/activity/actions'

import { nobody, readActivity } from './access'

const readOnly = { readOnly: true }

/**
 * Who did what, when, to which document: written by hooks inside each change's transaction
 * (lib/activity), never through an API. Ids and titles are text, so a deleted document keeps its log.
 */
export const Activity: CollectionConfig = {
  slug: 'activity',
  labels: { singular: 'Activity entry', plural: 'Activity log' },
  admin: {
    group: 'Editorial',
    useAsTitle: 'documentTitle',
    defaultColumns: ['at', 'actor', 'action', 'documentTitle', 'summary'],
    description: 'Every change to content, schedules, reviews, staff roles and signature exports. Read-only.',
    pagination: { defaultLimit: 50 },
  },
  defaultSort: '-at',
  timestamps: false,
  access: { read: readActivity, create: nobody, update: nobody, delete: nobody },
  graphQL: { singularName: 'ActivityEntry', pluralName: 'ActivityLog', disableMutations: true },
  indexes: [{ fields: ['collectionSlug', 'documentId'] }],
  fields: [
    { name: 'at', label: 'When', type: 'date', required: true, index: true, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm:ss' } } },
    { name: 'actor', label: 'Who', type: 'text', required: true, index: true, admin: readOnly },
    // The staff account's id (also for scheduled runs: whose schedule it was); no foreign key, so the log outlives the account.
    { name: 'actorId', label: 'Staff id', type: 'number', index: true, admin: readOnly },
    { name: 'viaScheduler', label: 'Run by the scheduler', type: 'checkbox', defaultValue: false, admin: readOnly },
    {
      name: 'action',
      type: 'select',
      enumName: 'activity_action',
      required: true,
      index: true,
      options: Object.entries(ACTIVITY_ACTIONS).map(([value, label]) => ({ value, label })),
      admin: readOnly,
    },
    { name: 'collectionSlug', label: 'Collection', type: 'text', required: true, index: true, admin: readOnly },
    { name: 'documentId', label: 'Document id', type: 'text', required: true, admin: readOnly },
    {
      name: 'documentTitle',
      label: 'Document',
      type: 'text',
      admin: { ...readOnly, components: { Cell: '@/components/admin/ActivityDocumentCell#ActivityDocumentCell' } },
    },
    { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true, admin: readOnly },
    // Derived from regions ("3,5"), as on content: the read rule queries it (access.ts).
    { name: 'regionKey', type: 'text', index: true, admin: { hidden: true } },
    { name: 'summary', type: 'text', admin: readOnly },
    { name: 'changedFields', label: 'Changed fields', type: 'text', admin: readOnly },
    // A draft save (autosave included): the same person's next draft saves within 10 minutes fold into it.
    { name: 'draft', label: 'Draft save', type: 'checkbox', defaultValue: false, admin: { ...readOnly, position: 'sidebar' } },
  ],
}
