import type { Announcement } from '@/payload-types'

import { formatCount, formatDay } from './format'
import { toRegionTags } from './relations'
import type { Payout } from './types'

type PayoutRow = NonNullable<Announcement['payouts']>[number]

/** Eligibility rules in plain words; the weekly maximum is exclusive, as the admin field says. */
export function payoutConditions(row: Omit<PayoutRow, 'amount' | 'label' | 'regions'>): string[] {
  const conditions: string[] = []
  const min = row.minWeeklyHours ?? null
  const max = row.maxWeeklyHours ?? null
  if (min !== null && max !== null) conditions.push(`${min} to under ${max} hours a week`)
  else if (min !== null) conditions.push(`${min}+ hours a week`)
  else if (max !== null) conditions.push(`Under ${max} hours a week`)
  if (row.minAnnualHours) conditions.push(`At least ${formatCount(row.minAnnualHours)} hours in the year`)
  if (row.hiredBefore) conditions.push(`Hired before ${formatDay(row.hiredBefore)}`)
  if (row.includesOnCall) conditions.push('On-call and per diem included')
  return conditions
}

export function toPayouts(rows: Announcement['payouts']): Payout[] {
  return (rows ?? []).map((row) => ({
    amount: row.amount,
    label: row.label,
    conditions: payoutConditions(row),
    regions: toRegionTags(row.regions),
    paymentDate: row.paymentDate ?? null,
  }))
}
