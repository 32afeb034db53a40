import type { Field } from 'payload'

/**
 * Free topics (the `topics` collection; WordPress categories and tags land there). Announcements keep
 * their fixed `topics` select for the site's filters, so this relationship has its own name.
 */
export function topicRefsField(): Field {
  return {
    name: 'topicRefs',
    label: 'Topics',
    type: 'relationship',
    relationTo: 'topics',
    hasMany: true,
    admin: { position: 'sidebar' },
  }
}
