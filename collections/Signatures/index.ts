import type { CollectionConfig } from 'payload'

import { CYCLE_RELATIONSHIP_COMPLEXITY } from '@/lib/graphql/limits'

import { isAdmin } from '../shared/access/roles'
import { readSignatures } from './access'
import { exportSignaturesEndpoint } from './exportEndpoint'

/** One row per person per campaign; the (campaign, email) unique index is what makes that true under load. */
export const Signatures: CollectionConfig = {
  slug: 'signatures',
  labels: { singular: 'Signature', plural: 'Signatures' },
  admin: {
    group: 'Campaigns',
    useAsTitle: 'name',
    defaultColumns: ['name', 'campaign', 'region', 'local', 'createdAt'],
    listSearchableFields: ['name', 'email'],
  },
  defaultSort: '-createdAt',
  // Signing goes through lib/petitions/signPetition (validated, rate-limited, duplicate-safe) only.
  access: { read: readSignatures, create: () => false, update: isAdmin, delete: isAdmin },
  indexes: [{ fields: ['campaign', 'email'], unique: true }],
  endpoints: [exportSignaturesEndpoint],
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', graphQL: { complexity: CYCLE_RELATIONSHIP_COMPLEXITY }, required: true, index: true },
    { name: 'member', type: 'relationship', relationTo: 'members', index: true },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'email', type: 'email', required: true, index: true },
    { name: 'region', type: 'relationship', relationTo: 'regions', required: true, index: true },
    { name: 'local', type: 'relationship', relationTo: 'locals', index: true },
    { name: 'comment', type: 'textarea', maxLength: 500 },
    { name: 'consentToContact', label: 'May be contacted about this campaign', type: 'checkbox', defaultValue: false },
  ],
}
