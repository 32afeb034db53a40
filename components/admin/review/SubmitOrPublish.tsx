'use client'

import { PublishButton, useFormFields } from '@payloadcms/ui'

import { regionIds, type RegionRef } from '@/lib/regions/regionKey'

import { SubmitForReview } from './SubmitForReview'

/** Payload's Publish when every region of the item (as the form has it now) is trusted, else Submit for review. */
export function SubmitOrPublish({ trustedRegionIds }: { trustedRegionIds: number[] }) {
  const regions = useFormFields(([fields]) => fields.regions?.value) as RegionRef[] | undefined
  const ids = regionIds(Array.isArray(regions) ? regions : [])
  const trusted = new Set(trustedRegionIds)
  if (ids.length > 0 && ids.every((id) => trusted.has(id))) return <PublishButton />
  return <SubmitForReview />
}
