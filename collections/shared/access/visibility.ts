import type { StaffRole } from '@/lib/auth/roles'

type HiddenArgs = { user: { collection?: string; role?: unknown } | null | undefined }

/**
 * `admin.hidden` for a collection or global only some roles can use: it leaves the nav, the dashboard's
 * cards and the admin's routes for everyone else (and for members, who never use the admin). Access
 * rules stay the guard; this keeps staff from meeting screens they cannot work in. Regional staff reach
 * their own account through the nav's Account link, which does not depend on the Staff collection.
 */
export function shownTo(...roles: StaffRole[]) {
  return ({ user }: HiddenArgs): boolean => !(user?.collection === 'users' && (roles as unknown[]).includes(user.role))
}
