import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { getEnv } from '@/lib/env'
import { mediaDir } from '@/lib/storage/mediaDir'

import { isAdmin } from '../shared/access/roles'
import { shownTo } from '../shared/access/visibility'
import { queueImportJob } from './queueImportJob'

const never = () => false
const count = (name: string, label: string) => ({ name, label, type: 'number' as const, defaultValue: 0, admin: { readOnly: true } })

/**
 * A WordPress import started from the admin (admins only): upload the WXR file, and a job
 * (lib/import/wordpress/importTask.ts) imports it, counting items done as it goes and leaving the
 * report here. The admin has no uploads folder, so images are reported missing (use the CLI's
 * --media-dir for them; a later CLI run fills them in).
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: 'WordPress import', plural: 'WordPress imports' },
  admin: {
    group: 'Admin',
    hidden: shownTo('admin'),
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'state', 'progress', 'created', 'updated', 'skipped', 'problems', 'createdAt'],
    description: 'Upload a WordPress export (Tools → Export → All content, an .xml file). The import runs in the background; reload to follow its progress.',
  },
  access: { read: isAdmin, create: isAdmin, update: never, delete: isAdmin },
  upload: {
    // Kept beside the media files, never served: only admins read this collection.
    staticDir: path.join(mediaDir(getEnv()), 'imports'),
    mimeTypes: ['application/xml', 'text/xml', 'application/rss+xml', 'text/plain'],
  },
  hooks: { afterChange: [queueImportJob] },
  fields: [
    {
      name: 'dryRun',
      label: 'Dry run (report what would change, write nothing)',
      type: 'checkbox',
      defaultValue: false,
    },
    {
      type: 'collapsible',
      label: 'Result',
      fields: [
        {
          name: 'state',
          type: 'select',
          defaultValue: 'queued',
          options: [
            { label: 'Queued', value: 'queued' },
            { label: 'Running', value: 'running' },
            { label: 'Done', value: 'done' },
            { label: 'Failed', value: 'failed' },
          ],
          access: { create: never },
          admin: { readOnly: true },
        },
        { name: 'progress', type: 'text', access: { create: never }, admin: { readOnly: true, description: 'Items done / total.' } },
        {
          type: 'row',
          fields: [count('created', 'Created'), count('updated', 'Updated'), count('skipped', 'Skipped'), count('problems', 'Problems')],
        },
        { name: 'report', type: 'textarea', access: { create: never }, admin: { readOnly: true, rows: 16 } },
      ],
    },
  ],
}
