import type { CollectionConfig } from 'payload'

import { importSourceField } from '../shared/fields/importSource'
import { slugField } from '../shared/fields/slug'
import { isCommsOrAdmin, isStaff } from '../shared/access/roles'
import { shownTo } from '../shared/access/visibility'

/** Topics that tag content (from WordPress categories and tags, or added by staff); shown nowhere public yet. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', group: 'Content', defaultColumns: ['name', 'slug', 'updatedAt'], hidden: shownTo('admin', 'communications') },
  access: { read: isStaff, create: isCommsOrAdmin, update: isCommsOrAdmin, delete: isCommsOrAdmin },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    importSourceField(),
  ],
}
