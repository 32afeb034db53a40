import type { CollectionConfig } from 'payload'

import { STAFF_ROLES, ROLE_LABELS } from '@/lib/auth/roles'
import { SIGN_IN_LOCK } from '@/lib/rateLimit/limits'

import { isAdmin, isAdminField, isAdminOrSelf, isStaff } from '../shared/access/roles'
import { shownTo } from '../shared/access/visibility'
import { countFailedSignIn, hideSessions, limitPasswordAttempts, checkPasswordChange } from '../shared/hooks/accountRules'
import { logStaffChange, logStaffDelete } from './hooks/logStaffChange'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff member', plural: 'Staff' },
  auth: {
    ...SIGN_IN_LOCK,
    tokenExpiration: 8 * 60 * 60,
    // Who is asking costs one indexed lookup: the account with relationship ids, nothing populated (lib/auth/viewer.ts).
    depth: 0,
  },
  hooks: {
    beforeOperation: [limitPasswordAttempts, checkPasswordChange],
    afterRead: [hideSessions],
    afterChange: [logStaffChange],
    afterDelete: [logStaffDelete],
    afterError: [countFailedSignIn],
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'regions'],
    group: 'Admin',
    // Other staff edit only their own account, through the nav's Account link.
    hidden: shownTo('admin'),
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      // Read by checkPasswordChange when a new password is set; virtual, so never stored (nor returned).
      name: 'currentPassword',
      label: 'Current password',
      type: 'text',
      virtual: true,
      admin: {
        components: { Field: '@payloadcms/ui#PasswordField' },
        description: 'Needed to set a new password on your own account.',
        // Shown (and, as a password field, required) once a new password is typed on one's own account.
        condition: (data, _siblingData, { user }) =>
          Boolean(user && data?.id !== undefined && String(user.id) === String(data.id) && typeof data.password === 'string' && data.password !== ''),
        disableListColumn: true,
        disableListFilter: true,
      },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'communications',
      options: STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: 'Regional staff can draft, schedule and publish only for these regions.',
        condition: (data) => data?.role === 'regional',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ role: string }> }) => {
        if (siblingData?.role === 'regional' && (!Array.isArray(value) || value.length === 0)) {
          return 'Regional staff need at least one region.'
        }
        return true
      },
    },
  ],
}
