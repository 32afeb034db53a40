import type { Payload, TypedUser } from 'payload'

import { asStaff } from '@/lib/auth/viewer'
import { countReviewQueue } from '@/lib/review/getReviewQueue'

/** The nav's "Review queue" link with how many items wait (for regional staff: their regions'). */
export async function ReviewNavLink({ payload, user }: { payload: Payload; user?: TypedUser }) {
  const staff = asStaff(user)
  if (!staff) return null
  const count = await countReviewQueue(payload, staff)
  return (
    <a className="nav__link review-nav-link" href={`${payload.config.routes.admin}/review`} id="nav-review-queue">
      <span className="nav__link-label">
        Review queue{' '}
        <span className="review-nav-link__count" aria-label={`${count} waiting`}>
          ({count})
        </span>
      </span>
    </a>
  )
}
