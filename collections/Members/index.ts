import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { getEnv } from '@/lib/env'
import { toLang, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { confirmationEmail } from '@/lib/members/emails'
import { SIGN_IN_LOCK } from '@/lib/rateLimit/limits'

import { isAdmin, isAdminField } from '../shared/access/roles'
import { shownTo } from '../shared/access/visibility'
import { staffOnlyField } from '../shared/access/content'
import { countFailedSignIn, hideSessions, limitPasswordAttempts, checkPasswordChange } from '../shared/hooks/accountRules'
import type { UnknownDoc } from '../shared/unknownDoc'
import { adminOrSelf } from './access'
import { emailEndpoints } from './emailEndpoints'
import { memberEndpoints } from './endpoints'
import { deleteMemberData } from './hooks/deleteMemberData'
import { languageCookieOnLogin, languageCookieOnOwnUpdate } from './hooks/followMemberLanguage'
import { regionCookieOnLogin, regionCookieOnOwnUpdate } from './hooks/followMemberRegion'
import { signedInHintOnLogin } from './hooks/signedInHint'
import { sessionEndpoints } from './sessionEndpoints'
import { staffUser } from '@/lib/auth/viewer'

const PRIVILEGED = ['email', '_verified', '_verificationToken', 'magicLinkHash', 'magicLinkExpiresAt'] as const

/** A member editing their own record keeps these as they were: verification and identity are not self-service. */
const keepPrivilegedFields: CollectionBeforeChangeHook<UnknownDoc> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || staffUser(req)) return data
  for (const key of PRIVILEGED) {
    if (originalDoc && key in originalDoc) data[key] = originalDoc[key]
    else delete data[key]
  }
  return data
}

// Payload types the verification e-mail's `user` loosely: the member as it is being created.
const nameOf = (user: unknown) => {
  const name = (user as { name?: unknown } | null)?.name
  return typeof name === 'string' ? name : ''
}
const languageOf = (user: unknown): Lang => toLang((user as { preferredLanguage?: unknown } | null)?.preferredLanguage)

const hidden = { read: () => false, create: () => false, update: () => false }

export const Members: CollectionConfig = {
  slug: 'members',
  labels: { singular: 'Member', plural: 'Members' },
  auth: {
    ...SIGN_IN_LOCK,
    tokenExpiration: 30 * 24 * 60 * 60,
    // Who is asking costs one indexed lookup: the account with relationship ids, nothing populated (lib/auth/viewer.ts).
    depth: 0,
    // Lax so the e-mailed sign-in link (a top-level navigation from the mail client) keeps the session.
    cookies: { sameSite: 'Lax', secure: getEnv().SERVER_URL.startsWith('https://') },
    // In the language the member chose on the sign-up form (lib/members/signUpMember.ts).
    verify: {
      generateEmailSubject: ({ user }) => messages(languageOf(user)).email.confirmSubject,
      generateEmailHTML: async ({ token, user }) => (await confirmationEmail(nameOf(user), token, languageOf(user))).html,
    },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'region', 'local'], group: 'Admin', hidden: shownTo('admin') },
  access: {
    // Members never enter /admin; staff reach this collection through their own `users` login.
    admin: () => false,
    // Sign-up goes through POST /api/members/signup only.
    create: () => false,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOrSelf,
    unlock: isAdmin,
  },
  endpoints: [...memberEndpoints, ...sessionEndpoints, ...emailEndpoints],
  hooks: {
    beforeChange: [keepPrivilegedFields],
    beforeOperation: [limitPasswordAttempts, checkPasswordChange],
    afterRead: [hideSessions],
    afterError: [countFailedSignIn],
    beforeDelete: [deleteMemberData],
    afterLogin: [regionCookieOnLogin, languageCookieOnLogin, signedInHintOnLogin],
    afterChange: [regionCookieOnOwnUpdate, languageCookieOnOwnUpdate],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'region', type: 'relationship', relationTo: 'regions', required: true, index: true },
    { name: 'local', type: 'relationship', relationTo: 'locals', index: true },
    { name: 'worksite', label: 'Worksite / department', type: 'text', maxLength: 160 },
    {
      name: 'preferredLanguage',
      label: 'Language',
      type: 'select',
      enumName: 'member_language',
      // The site's languages (lib/i18n/languages.ts): pages offered first and every e-mail sent in it.
      options: [
        { value: 'en', label: 'English' },
        { value: 'es', label: 'Español' },
      ],
      defaultValue: 'en',
      required: true,
    },
    {
      name: 'emailPreferences',
      label: 'E-mail me',
      type: 'group',
      // What lib/email/delivery sends to; all off is "no e-mail" (account e-mails still go out).
      fields: [
        { name: 'bargaining', label: 'Bargaining updates, as they happen', type: 'checkbox', defaultValue: true },
        { name: 'actions', label: 'Urgent action alerts, as they happen', type: 'checkbox', defaultValue: true },
        { name: 'digest', label: 'A weekly digest for my region', type: 'checkbox', defaultValue: true },
      ],
    },
    {
      // Set when a mail server refused the address for good (SMTP 5xx): nothing more is sent to it
      // until an admin clears this (for example after correcting the address).
      name: 'emailBouncedAt',
      label: 'E-mail address refused on',
      type: 'date',
      admin: { position: 'sidebar', description: 'Alerts and digests stop while this is set. Clear it once the address is fixed.' },
      access: { read: staffOnlyField, create: () => false, update: isAdminField },
    },
    {
      name: 'emailBounceReason',
      label: 'Mail server’s answer',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true },
      access: { read: staffOnlyField, create: () => false, update: isAdminField },
    },
    { name: 'magicLinkHash', type: 'text', index: true, hidden: true, access: hidden },
    { name: 'magicLinkExpiresAt', type: 'date', hidden: true, access: hidden },
  ],
}
