import type { CollectionConfig } from 'payload'

import { AUDIENCE_OPTIONS } from '@/lib/content/audience'
import { getEnv } from '@/lib/env'
import { answerMissingFile } from '@/lib/http/answerMissingFile'
import { PUBLIC_FILE_CACHE, servePrivateFile } from '@/lib/media/servePrivateFile'
import { MEDIA_REACH } from '@/lib/media/visibility'
import { mediaDir } from '@/lib/storage/mediaDir'

import { staffOnlyField } from '../shared/access/content'
import { logContentChange, logContentDelete } from '../shared/hooks/logActivity'
import { importSourceField } from '../shared/fields/importSource'
import { isStaff } from '../shared/access/roles'
import { readMedia } from './access'
import { hideBeforeDelete, hideWhenClosed } from './hooks/hideClosedFiles'
import { revalidateMediaChange, revalidateMediaDelete } from './hooks/revalidateMedia'
import { clearNeedsAltOnceDescribed } from './hooks/clearNeedsAlt'
import { setVisibility } from './hooks/setVisibility'

const never = () => false

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'needsAlt', 'visibility', 'updatedAt'] },
  hooks: {
    beforeChange: [setVisibility, clearNeedsAltOnceDescribed],
    afterChange: [hideWhenClosed, revalidateMediaChange, logContentChange],
    beforeDelete: [hideBeforeDelete],
    afterDelete: [revalidateMediaDelete, logContentDelete],
  },
  access: {
    read: readMedia,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  upload: {
    // On disk unless S3_BUCKET is set: then the storage plugin (lib/storage/uploadStorage) keeps the files.
    staticDir: mediaDir(getEnv()),
    // Images and PDFs only; Payload checks the type from the file's bytes, not its name.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // Members-only files are answered by the handler (private); only public ones reach Payload's own response.
    // Payload awaits a handler and checks for a Response; its type just splits Promise<Response | void> in two.
    handlers: [(req, args) => servePrivateFile(req, args) as Promise<void>, (req, args) => answerMissingFile(req, args) as Promise<void>],
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', PUBLIC_FILE_CACHE)
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      // Required, except on images an import brought in without alt text: those carry `needsAlt`.
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ needsAlt: boolean | null }> }) =>
        (typeof value === 'string' && value.trim() !== '') || siblingData.needsAlt === true ? true : 'Describe the image for people who cannot see it.',
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
    {
      name: 'needsAlt',
      label: 'Alt text missing',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: {
        position: 'sidebar',
        description: 'Set by an import when the image came without alt text; cleared when alt text is saved.',
      },
    },
    { name: 'caption', type: 'text' },
    { name: 'credit', type: 'text' },
    {
      name: 'membersOnly',
      label: 'Members only, wherever it is used',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Keeps the file from visitors even when a public item uses it (that item then shows without it).',
      },
    },
    {
      name: 'visibility',
      type: 'select',
      options: AUDIENCE_OPTIONS,
      defaultValue: 'members',
      index: true,
      access: { create: never, update: never },
      // Computed on every save (hooks/setVisibility); shown in the list and in the summary below.
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'usageSummary',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/collections/Media/UsageSummary#UsageSummary' } },
    },
    {
      // One row per item using the file, written by the content collections' hooks (syncMediaVisibility).
      name: 'usedBy',
      type: 'array',
      access: { read: staffOnlyField, create: never, update: never },
      admin: { readOnly: true, condition: () => false },
      fields: [
        { name: 'key', type: 'text', required: true, index: true },
        { name: 'collection', type: 'text', required: true },
        { name: 'item', type: 'number', required: true },
        { name: 'title', type: 'text' },
        { name: 'reach', type: 'select', required: true, options: MEDIA_REACH.map((value) => ({ value, label: value })) },
      ],
    },
    importSourceField(),
  ],
}
