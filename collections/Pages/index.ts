import type { CollectionConfig } from 'payload'

import { contentCollection } from '../shared/contentCollection'
import { pageBlocks } from './blocks'

export const Pages: CollectionConfig = contentCollection({
  slug: 'pages',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', maxLength: 400, localized: true },
    { name: 'layout', type: 'blocks', blocks: pageBlocks, required: true, minRows: 1, localized: true },
  ],
})
