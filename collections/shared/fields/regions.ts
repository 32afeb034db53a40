import type { Field, FieldHook } from 'payload'

import { staffUser } from '@/lib/auth/viewer'
import { regionIds, regionKey } from '@/lib/regions/regionKey'

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
      // A regional editor's new item starts in their regions: the admin autosaves a new draft at once,
      // and keepRegionalInScope refuses one with no region (so "Create new" showed a blank page).
      defaultValue: ({ req }) => {
        const user = staffUser(req)
        return user?.role === 'regional' ? regionIds(user.regions) : undefined
      },
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
