import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { viewerUser, type Viewer } from '@/lib/auth/viewer'
import type { Member, User } from '@/payload-types'

/** The Local API every reader uses; getPayload keeps one instance per server process. */
export function payload(): Promise<Payload> {
  return getPayload({ config })
}

/** How a reader reads: access control always applies, as the visitor, the viewer or the previewing staff member. */
export type ReadAs = { overrideAccess: false; draft: boolean; user?: User | Member }

/** Anonymous visitor: access control applies and only published documents are read. */
export const publicRead = { overrideAccess: false, draft: false } as const satisfies ReadAs

/** Published content read as this viewer: Payload's access rules decide what they get (members-only bodies for members). */
export function viewerRead(viewer: Viewer): ReadAs {
  const user = viewerUser(viewer)
  return user ? { overrideAccess: false, draft: false, user } : publicRead
}

/**
 * Staff previewing: the latest draft, read as that user, so their own access rules still decide what
 * they see (a regional editor previews only what they may read). Never goes into the shared cache.
 */
export function previewRead(staff: User): ReadAs {
  return { overrideAccess: false, draft: true, user: staff }
}
