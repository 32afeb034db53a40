import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * One private calendar subscription per staff member: only the SHA-256 of its token is kept, so the
 * URL cannot be read back from the database. Closed to every API; lib/editorial/calendarFeedToken.ts
 * creates, resets, revokes and looks tokens up for the signed-in staff member.
 */
export const CalendarFeeds: CollectionConfig = {
  slug: 'calendar-feeds',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // Not required: deleting a staff account sets it to null (the feed then answers 404) instead of failing.
    { name: 'user', type: 'relationship', relationTo: 'users', unique: true, index: true },
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true },
  ],
}
