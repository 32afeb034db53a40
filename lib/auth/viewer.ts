// Who is asking: the one place that turns a request (or a Payload req) into visitor, member or staff.
// Identity costs one token check and one indexed lookup of the account (Payload's JWT strategy with
// `auth.depth: 0` on both auth collections), never a population of the account's relationships.
// Collections import the req guards below, so the config is loaded lazily (no import cycle).
import { draftMode, headers } from 'next/headers'
import { executeAuthStrategies, getPayload, type PayloadRequest } from 'payload'
import { cache } from 'react'

import type { Member, User } from '@/payload-types'

export type Viewer = { kind: 'visitor' } | { kind: 'member'; member: Member } | { kind: 'staff'; staff: User }

export const VISITOR: Viewer = { kind: 'visitor' }

type AuthUser = { collection?: string } | null | undefined

/** The staff account behind a Payload user (admin login), or null. */
export function asStaff(user: AuthUser): User | null {
  return user && user.collection === 'users' ? (user as User) : null
}

/** The member account behind a Payload user (site login), or null. */
export function asMember(user: AuthUser): Member | null {
  return user && user.collection === 'members' ? (user as Member) : null
}

/** For access rules and hooks: the staff member making this Payload request, or null. */
export const staffUser = (req: Pick<PayloadRequest, 'user'>): User | null => asStaff(req.user)

/** For access rules and hooks: the signed-in member making this Payload request, or null. */
export const memberUser = (req: Pick<PayloadRequest, 'user'>): Member | null => asMember(req.user)

/** Whether a request carries anything a session could be read from. */
function mayHaveSession(requestHeaders: Headers): boolean {
  return requestHeaders.has('authorization') || /(?:^|;\s*)payload-token=/.test(requestHeaders.get('cookie') ?? '')
}

/**
 * The viewer behind these request headers (session cookie or `Authorization: JWT …`). Payload's own
 * auth strategies decide (token, session, CSRF rule for cookies); unlike payload.auth() this does not
 * also work out every collection's permissions, which nobody here uses. No token: no work at all.
 */
export async function viewerFromHeaders(requestHeaders: Headers): Promise<Viewer> {
  if (!mayHaveSession(requestHeaders)) return VISITOR
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const { user } = await executeAuthStrategies({ headers: requestHeaders, payload, canSetHeaders: false })
  const staff = asStaff(user)
  if (staff) return { kind: 'staff', staff }
  const member = asMember(user)
  return member ? { kind: 'member', member } : VISITOR
}

/** The viewer of the current request, once per render. Reading it makes a page render per request. */
export const getViewer = cache(async (): Promise<Viewer> => viewerFromHeaders(await headers()))

/** The signed-in member of the current request, or null (visitors and staff). */
export async function getMember(): Promise<Member | null> {
  const viewer = await getViewer()
  return viewer.kind === 'member' ? viewer.member : null
}

/**
 * The staff member previewing drafts on this request, or null. Headers are read only in draft mode:
 * draftMode() alone keeps a page static, so visitors still get the cached page.
 */
export const getPreviewStaff = cache(async (): Promise<User | null> => {
  if (!(await draftMode()).isEnabled) return null
  const viewer = await getViewer()
  return viewer.kind === 'staff' ? viewer.staff : null
})

/** The Payload user a read runs as: members and staff read what their access rules allow. */
export function viewerUser(viewer: Viewer): Member | User | undefined {
  if (viewer.kind === 'member') return viewer.member
  if (viewer.kind === 'staff') return viewer.staff
  return undefined
}
