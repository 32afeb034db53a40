import type { GlobalConfig } from 'payload'

import { isCommsOrAdmin } from '@/collections/shared/access/roles'
import { shownTo } from '@/collections/shared/access/visibility'
import { revalidateTagOnChange } from '@/collections/shared/hooks/revalidate'
import { tags } from '@/lib/cacheTags'
import { WEEKDAYS } from '@/lib/email/jobs/digestSlot'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site settings',
  admin: { group: 'Admin', hidden: shownTo('admin', 'communications') },
  hooks: { afterChange: [revalidateTagOnChange(tags.site)] },
  access: {
    read: () => true,
    update: isCommsOrAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: 'Coalition Portal' },
    { name: 'tagline', type: 'text', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'memberCount', type: 'number', min: 0 },
        { name: 'localCount', type: 'number', min: 0 },
        { name: 'foundedYear', type: 'number', min: 1900 },
      ],
    },
    { name: 'statesServed', type: 'text', hasMany: true },
    {
      name: 'offices',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, admin: { description: 'e.g. "Washington, DC office".' } },
        { name: 'street', type: 'text', required: true },
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', required: true },
            { name: 'state', type: 'text', required: true },
            { name: 'postalCode', type: 'text', required: true },
          ],
        },
        { name: 'phone', type: 'text' },
      ],
    },
    {
      name: 'social',
      type: 'array',
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: ['facebook', 'instagram', 'x', 'youtube', 'tiktok', 'linkedin', 'bluesky'].map((value) => ({ value, label: value })),
        },
        { name: 'url', type: 'text', required: true },
      ],
    },
    { name: 'footerNote', type: 'textarea', localized: true },
    {
      name: 'digest',
      label: 'Weekly digest e-mail',
      type: 'group',
      admin: { description: 'When members who chose the weekly digest get it, in their region’s time zone. Regions with nothing new that week send none.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'weekday',
              type: 'select',
              enumName: 'site_digest_weekday',
              required: true,
              defaultValue: 'monday',
              options: WEEKDAYS.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) })),
            },
            { name: 'hour', label: 'Hour (0–23)', type: 'number', required: true, defaultValue: 7, min: 0, max: 23 },
          ],
        },
      ],
    },
  ],
}
