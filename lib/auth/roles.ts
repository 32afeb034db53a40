export const STAFF_ROLES = ['admin', 'communications', 'regional'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: 'Admin',
  communications: 'Communications staff',
  regional: 'Regional staff',
}
