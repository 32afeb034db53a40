import type { CollectionBeforeChangeHook } from 'payload'
import { staffUser } from '@/lib/auth/viewer'
import type { UnknownDoc } from '../unknownDoc'

/**
 * Who created, last edited and published a document, and when it was first published. Field access
 * blocks these from API input, so the hook writes them after that check (beforeChange runs later).
 */
export const auditTrail: CollectionBeforeChangeHook<UnknownDoc> = ({ data, originalDoc, operation, req }) => {
  const user = staffUser(req)
  const now = new Date().toISOString()
  if (user) {
    if (operation === 'create') data.createdBy = user.id
    data.updatedBy = user.id
  }
  const publishing = data._status === 'published' && originalDoc?._status !== 'published'
  if (publishing || (data._status === 'published' && operation === 'create')) {
    if (user) data.publishedBy = user.id
    data.lastPublishedAt = now
    data.publishedAt ??= originalDoc?.publishedAt ?? now
  }
  return data
}
