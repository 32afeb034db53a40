// What the browser may know about a member session. The session cookie (payload-token) is httpOnly,
// so the static header cannot see it; this non-secret flag, set beside it at sign-in and cleared at
// sign-out, only tells the header's island that asking the server for the member's name is worth it.
// It proves nothing: the server answers from the session itself.

export const SIGNED_IN_HINT = 'signed-in'

/** GET: `{ firstName }` of the signed-in member, or 401 (and the hint cleared). Never cached. */
export const SESSION_PATH = '/api/members/session'

/** POST (a plain form): ends this session, or every session with `everywhere=1`, then 303 to `next`. */
export const SIGN_OUT_PATH = '/api/members/sign-out'

/** Whether a `Cookie` header / `document.cookie` string carries the hint. */
export function hasSignedInHint(cookieHeader: string | null | undefined): boolean {
  return (cookieHeader ?? '').split(';').some((part) => part.trim() === `${SIGNED_IN_HINT}=1`)
}

/** The name the header greets a member by: the first word of their name. */
export function firstNameOf(name: string | null | undefined): string {
  return (name ?? '').trim().split(/\s+/)[0]?.slice(0, 40) ?? ''
}
