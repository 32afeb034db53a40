import type { Field, FieldHook } from 'payload'

import { regionKey } from '@/lib/regions/regionKey'

import type { UnknownDoc } from '../unknownDoc'

const computeRegionKey: FieldHook<UnknownDoc> = ({ data, originalDoc }) =>
  regionKey((data?.regions ?? originalDoc?.regions) as number[] | null)

/**
 * `regions` (none = coalition-wide) plus the derived, indexed `regionKey` that access rules query.
 * Regional staff are kept inside their regions by the keepRegionalInScope hook.
 */
export function regionsFields(): Field[] {
  return [
    {
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', description: 'Leave empty for coalition-wide content.' },
    },
    {
      name: 'regionKey',
      type: 'text',
      index: true,
      admin: { hidden: true },
      hooks: { beforeChange: [computeRegionKey] },
    },
  ]
}
