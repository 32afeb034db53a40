import type { Field, FieldAccess } from 'payload'

import { REVIEW_STATES, REVIEW_STATE_LABELS, REVIEW_WRITE } from '@/lib/review/states'

import { staffOnlyField } from '../access/content'

const onlyReviewCode: FieldAccess = ({ req }) => req.context?.[REVIEW_WRITE] === true
const staffReads = { read: staffOnlyField, create: onlyReviewCode, update: onlyReviewCode }

const who = (name: string, label: string): Field => ({
  name,
  label,
  type: 'relationship',
  relationTo: 'users',
  access: staffReads,
  admin: { readOnly: true, hidden: true },
})

/**
 * Review before publish: where the item stands, set by the review endpoint and hooks only, and the
 * sidebar panel that shows it (outside the group: Payload draws nothing for a group whose fields are all hidden).
 */
export function reviewFields(): Field[] {
  return [
    { name: 'reviewPanel', type: 'ui', admin: { position: 'sidebar', components: { Field: '@/components/admin/review/ReviewPanel#ReviewPanel' } } },
    reviewGroup(),
  ]
}

function reviewGroup(): Field {
  return {
    name: 'review',
    label: 'Review',
    type: 'group',
    admin: { position: 'sidebar' },
    // Per version, like the content it judges: the queue reads the latest draft's state.
    fields: [
      {
        name: 'state',
        type: 'select',
        enumName: 'content_review_state',
        options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
        defaultValue: 'none',
        index: true,
        access: staffReads,
        admin: { readOnly: true, hidden: true },
      },
      { name: 'requestedAt', type: 'date', access: staffReads, admin: { readOnly: true, hidden: true } },
      { name: 'note', type: 'textarea', access: staffReads, admin: { readOnly: true, hidden: true } },
      who('submittedBy', 'Submitted by'),
      { name: 'submittedAt', type: 'date', access: staffReads, admin: { readOnly: true, hidden: true } },
      who('decidedBy', 'Decided by'),
      { name: 'decidedAt', type: 'date', access: staffReads, admin: { readOnly: true, hidden: true } },
    ],
  }
}
