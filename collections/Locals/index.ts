import type { CollectionConfig } from 'payload'

import { tags } from '@/lib/cacheTags'

import { isAdmin } from '../shared/access/roles'
import { shownTo } from '../shared/access/visibility'
import { revalidateTagOnChange } from '../shared/hooks/revalidate'

export const Locals: CollectionConfig = {
  slug: 'locals',
  labels: { singular: 'Local union', plural: 'Local unions' },
  admin: { useAsTitle: 'shortName', defaultColumns: ['shortName', 'name', 'affiliation', 'regions'], group: 'Admin', hidden: shownTo('admin') },
  defaultSort: 'shortName',
  // What a document that names a local needs of it when read at depth ≥ 1 without a `populate`.
  defaultPopulate: { name: true, shortName: true },
  hooks: { afterChange: [revalidateTagOnChange(tags.locals)], afterDelete: [revalidateTagOnChange(tags.locals)] },
  access: { read: () => true, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'shortName', type: 'text', required: true, unique: true, admin: { description: 'e.g. "OPEIU Local 29".' } },
    { name: 'affiliation', type: 'text', admin: { description: 'National union or federation, e.g. SEIU, UFCW, AFT.' } },
    { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true },
    {
      name: 'website',
      type: 'text',
      validate: (value: unknown) =>
        value == null || value === '' || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
          ? true
          : 'Enter a full address starting with https://',
    },
  ],
}
