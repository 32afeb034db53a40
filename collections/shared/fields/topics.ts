import type { Field } from 'payload'

/**
 * Free topics (the `topics` collection; WordPress categories and tags land there). Announcements keep
 * their fixed `topics` select for the site's filters, so this relationship has its own name.
 */
export function topicRefsField(): Field {
  return {
    name: 'topicRefs',
    // "Topics" is the announcements' filter select, shown beside this one: staff must tell them apart.
    label: 'Tags',
    type: 'relationship',
    relationTo: 'topics',
    hasMany: true,
    admin: { position: 'sidebar', description: 'Free tags (WordPress categories and tags arrive here); not shown on the site.' },
  }
}
