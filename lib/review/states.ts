// The review-before-publish state machine (issue 14), as plain data: the endpoint, the hooks, the
// admin panel and the tests all read it from here.

export const REVIEW_STATES = ['none', 'submitted', 'changes_requested', 'approved', 'rejected'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_ACTIONS = ['submit', 'approve', 'request_changes', 'reject'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  none: 'Not submitted',
  submitted: 'Waiting for review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  rejected: 'Rejected',
}

/** Where each action may start from, and where it leads. */
export const TRANSITIONS: Record<ReviewAction, { from: readonly ReviewState[]; to: ReviewState }> = {
  submit: { from: ['none', 'changes_requested', 'rejected', 'approved'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  request_changes: { from: ['submitted'], to: 'changes_requested' },
  reject: { from: ['submitted'], to: 'rejected' },
}

/** Deciding is for the people who speak for the coalition; submitting for anyone who may edit the item. */
export const DECIDERS = ['admin', 'communications'] as const

export function isDecision(action: ReviewAction): boolean {
  return action !== 'submit'
}

export function canTransition(action: ReviewAction, from: ReviewState): boolean {
  return TRANSITIONS[action].from.includes(from)
}

/** Why an action cannot start from this state, in words for the person who tried. */
export function transitionRefusal(action: ReviewAction, from: ReviewState): string {
  if (action === 'submit') return 'This item is already waiting for review.'
  const label = REVIEW_STATE_LABELS[from].toLowerCase()
  return `Only items waiting for review can be decided; this one is ${label}.`
}

export function asReviewState(value: unknown): ReviewState {
  return (REVIEW_STATES as readonly unknown[]).includes(value) ? (value as ReviewState) : 'none'
}

/**
 * Set on `req.context` by the review code for its own writes. Nothing an API client sends can set it:
 * the review fields change only through POST /api/<collection>/:id/review and the hooks.
 */
export const REVIEW_WRITE = 'reviewWrite'
