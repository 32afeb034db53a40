import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { tags } from '@/lib/cacheTags'

import { getEnv } from '@/lib/env'

import { isStaff } from '../shared/access/roles'
import { revalidateTagOnChange } from '../shared/hooks/revalidate'

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content' },
  hooks: { afterChange: [revalidateTagOnChange(tags.media)], afterDelete: [revalidateTagOnChange(tags.media)] },
  access: {
    read: () => true,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  upload: {
    // Relative to the working directory, so dev, `next start` and the Docker image agree.
    staticDir: getEnv().MEDIA_DIR ?? path.resolve(process.cwd(), 'media'),
    // Images and PDFs only; Payload checks the type from the file's bytes, not its name.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
    { name: 'caption', type: 'text' },
    { name: 'credit', type: 'text' },
  ],
}
