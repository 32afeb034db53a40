import type { Field, FieldHook, Validate } from 'payload'

import { isWithin, regionKey } from '@/lib/regions/regionKey'

import { staffUser } from '../access/roles'

const keepRegionsInScope: Validate = (value, { req }) => {
  const user = staffUser(req)
  if (user?.role !== 'regional') return true
  if (isWithin(value as number[] | null, user.regions)) return true
  return 'Regional staff must choose at least one region, and only their own regions.'
}

const computeRegionKey: FieldHook = ({ data, originalDoc }) =>
  regionKey((data?.regions ?? originalDoc?.regions) as number[] | null)

/** `regions` (none = coalition-wide) plus the derived, indexed `regionKey` that access rules query. */
export function regionsFields(): Field[] {
  return [
    {
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      index: true,
      validate: keepRegionsInScope,
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
