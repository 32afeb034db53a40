import type { CollectionConfig, Field } from 'payload'

import { contentAccess, regionalListFilter } from './access/content'
import { auditFields } from './fields/audit'
import { regionsFields } from './fields/regions'
import { slugField } from './fields/slug'
import { auditTrail } from './hooks/auditTrail'
import { keepRegionalInScope } from './hooks/keepRegionalInScope'
import { revalidateContentChange, revalidateContentDelete } from './hooks/revalidate'

type ContentOptions = Omit<CollectionConfig, 'fields' | 'access' | 'versions'> & {
  fields: Field[]
  /** Field the slug is generated from. */
  slugFrom?: string
}

/**
 * Everything a piece of public content shares: region-scoped access, drafts with autosave and
 * versions, scheduled publish/unpublish, a unique slug, regions and the audit trail.
 */
export function contentCollection({ fields, slugFrom = 'title', hooks, admin, ...rest }: ContentOptions): CollectionConfig {
  return {
    ...rest,
    access: contentAccess,
    admin: {
      group: 'Content',
      defaultColumns: [slugFrom, '_status', 'regions', 'updatedAt'],
      baseFilter: regionalListFilter,
      ...admin,
    },
    versions: {
      maxPerDoc: 50,
      drafts: {
        autosave: { interval: 2000 },
        schedulePublish: { timeIntervals: 5 },
        validate: false,
      },
    },
    hooks: {
      ...hooks,
      beforeChange: [keepRegionalInScope, auditTrail, ...(hooks?.beforeChange ?? [])],
      afterChange: [...(hooks?.afterChange ?? []), revalidateContentChange],
      afterDelete: [...(hooks?.afterDelete ?? []), revalidateContentDelete],
    },
    fields: [...fields, slugField(slugFrom), ...regionsFields(), ...auditFields()],
  }
}
