import type { CollectionConfig } from 'payload'

import { tags } from '@/lib/cacheTags'
import { isTimeZone } from '@/lib/email/jobs/digestSlot'

import { isAdmin, isAdminField } from '../shared/access/roles'
import { shownTo } from '../shared/access/visibility'
import { staffOnlyField } from '../shared/access/content'
import { revalidateTagOnChange } from '../shared/hooks/revalidate'

export const Regions: CollectionConfig = {
  slug: 'regions',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'states'], group: 'Admin', hidden: shownTo('admin') },
  // What a document that names a region needs of it (REST and Local API reads at depth ≥ 1 that pass no
  // `populate`): one row, without the states list's join.
  defaultPopulate: { name: true, code: true },
  hooks: { afterChange: [revalidateTagOnChange(tags.regions)], afterDelete: [revalidateTagOnChange(tags.regions)] },
  access: {
    read: () => true,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Short lower-case code used in URLs and the staff CLI, e.g. ncal.' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z][a-z0-9-]{1,15}$/.test(value)
          ? true
          : 'Use 2–16 lower-case letters, digits or dashes, starting with a letter (e.g. ncal).',
    },
    { name: 'states', type: 'text', hasMany: true, admin: { description: 'States or areas covered.' } },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: 'America/Los_Angeles',
      admin: { description: 'IANA time zone, e.g. Pacific/Honolulu: the weekly digest goes out at its hour here.' },
      validate: (value: unknown) => (isTimeZone(value) ? true : 'Use an IANA time zone such as America/Los_Angeles or Pacific/Honolulu.'),
    },
    {
      // Review before publish (lib/review): untrusted regions' staff submit items for review instead.
      name: 'trusted',
      label: 'Staff of this region publish without review',
      type: 'checkbox',
      defaultValue: false,
      access: { read: staffOnlyField, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: 'Off: regional staff submit their items; communications staff approve them before they go live.' },
    },
  ],
}
