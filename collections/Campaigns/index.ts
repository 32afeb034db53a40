import type { CollectionConfig } from 'payload'

import { CAMPAIGN_STATUS, CTA_KINDS, GOAL_UNITS } from '@/lib/content/options'
import { JOIN_COMPLEXITY } from '@/lib/graphql/limits'

import { contentCollection } from '../shared/contentCollection'

export const Campaigns: CollectionConfig = contentCollection({
  alert: { defaultOn: false },
  slug: 'campaigns',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'status', '_status', 'regions'] },
  defaultSort: '-publishedAt',
  // A signature or story names its campaign: reads at depth ≥ 1 without a `populate` (/account, approved
  // stories, REST) get its title and slug, not the whole campaign with its joined signatures and stories.
  defaultPopulate: { title: true, slug: true },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'status', type: 'select', enumName: 'campaign_status', options: CAMPAIGN_STATUS, defaultValue: 'active', required: true, index: true },
    { name: 'summary', type: 'textarea', maxLength: 400, localized: true },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', localized: true },
    { name: 'demands', type: 'array', fields: [{ name: 'demand', type: 'text', required: true, localized: true }, { name: 'detail', type: 'textarea', localized: true }] },
    {
      name: 'goal',
      type: 'group',
      admin: { description: 'e.g. 40 percent of prescriptions by mail, or 5,000 signatures.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'target', type: 'number', min: 0 },
            { name: 'unit', type: 'select', options: GOAL_UNITS, defaultValue: 'percent' },
            { name: 'label', type: 'text', localized: true, admin: { description: 'What is counted, e.g. "of prescriptions delivered by mail".' } },
          ],
        },
        { name: 'progress', type: 'number', min: 0, defaultValue: 0, admin: { description: 'Current count or percentage, entered by staff.' } },
        { name: 'result', type: 'textarea', localized: true, admin: { description: 'What winning (or closing) achieved.' } },
      ],
    },
    {
      name: 'cta',
      label: 'Call to action',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', options: CTA_KINDS },
            { name: 'label', type: 'text', localized: true, admin: { description: 'Button text, e.g. "Sign the open letter".' } },
          ],
        },
        { name: 'url', type: 'text', admin: { description: 'Link or page path; leave empty for actions on this page.' } },
        { name: 'file', type: 'upload', relationTo: 'media', admin: { condition: (_, group) => group?.kind === 'download' } },
      ],
    },
    { name: 'hashtags', type: 'text', hasMany: true },
    { name: 'toolkit', type: 'upload', relationTo: 'media', hasMany: true, admin: { description: 'Downloads: flyers, backgrounds, letters.' } },
    {
      name: 'keyDates',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'label', type: 'text', required: true, localized: true },
          ],
        },
      ],
    },
    // Read-only lists in the edit screen. Payload applies the joined collection's read access, so
    // regional staff see only their regions' signatures and visitors none (tests/int/campaign-joins).
    {
      name: 'signatures',
      type: 'join',
      collection: 'signatures',
      on: 'campaign',
      defaultSort: '-createdAt',
      // Each join runs one query per campaign; GraphQL also requires a `limit` on it (lib/graphql/documents).
      graphQL: { complexity: JOIN_COMPLEXITY },
      admin: { allowCreate: false, defaultColumns: ['name', 'region', 'local', 'createdAt'], description: 'Newest first. Regional staff see their own regions only.' },
    },
    { name: 'signaturesExport', type: 'ui', admin: { components: { Field: '@/components/admin/SignaturesExport#SignaturesExport' } } },
    {
      name: 'stories',
      type: 'join',
      collection: 'stories',
      on: 'campaign',
      defaultSort: '-createdAt',
      graphQL: { complexity: JOIN_COMPLEXITY },
      admin: { allowCreate: false, defaultColumns: ['label', 'status', 'region', 'createdAt'], description: 'Stories members shared for this campaign, in every status.' },
    },
    { name: 'locals', type: 'relationship', relationTo: 'locals', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'featured', type: 'checkbox', defaultValue: false, index: true, admin: { position: 'sidebar' } },
  ],
})
