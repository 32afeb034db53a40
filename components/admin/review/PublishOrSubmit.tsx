import { PublishButton } from '@payloadcms/ui'
import type { Payload, TypedUser } from 'payload'

import { asStaff } from '@/lib/auth/viewer'
import { regionIds } from '@/lib/regions/regionKey'

import { SubmitOrPublish } from './SubmitOrPublish'

/**
 * The edit view's Publish button. Communications and admins keep Payload's; regional staff get
 * "Submit for review" unless every region of the item is trusted (the form's regions decide, so the
 * button follows a change of regions before saving). Payload refuses the publish anyway (hooks/requireReview).
 */
export async function PublishOrSubmit({ payload, user }: { payload: Payload; user?: TypedUser }) {
  const staff = asStaff(user)
  if (staff?.role !== 'regional') return <PublishButton />
  const mine = regionIds(staff.regions)
  const { docs } = mine.length
    ? await payload.find({ collection: 'regions', where: { and: [{ id: { in: mine } }, { trusted: { equals: true } }] }, select: { code: true }, depth: 0, limit: mine.length, pagination: false })
    : { docs: [] }
  return <SubmitOrPublish trustedRegionIds={docs.map((doc) => doc.id)} />
}
