import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { Announcement } from '@/payload-types'

import { formatCount, formatDay } from './format'
import { toRegionTags } from './relations'
import type { Payout } from './types'

type PayoutRow = NonNullable<Announcement['payouts']>[number]

/** Eligibility rules in plain words; the weekly maximum is exclusive, as the admin field says. */
export function payoutConditions(row: Omit<PayoutRow, 'amount' | 'label' | 'regions'>, lang: Lang): string[] {
  const t = messages(lang)
  const conditions: string[] = []
  const min = row.minWeeklyHours ?? null
  const max = row.maxWeeklyHours ?? null
  if (min !== null && max !== null) conditions.push(t.news.hoursBand(min, max))
  else if (min !== null) conditions.push(t.news.hoursAtLeast(min))
  else if (max !== null) conditions.push(t.news.hoursUnder(max))
  if (row.minAnnualHours) conditions.push(t.news.annualHours(formatCount(row.minAnnualHours, lang)))
  if (row.hiredBefore) conditions.push(t.news.hiredBefore(formatDay(row.hiredBefore, lang)))
  if (row.includesOnCall) conditions.push(t.news.onCallIncluded)
  return conditions
}

export function toPayouts(rows: Announcement['payouts'], lang: Lang): Payout[] {
  return (rows ?? []).map((row) => ({
    amount: row.amount,
    label: row.label,
    conditions: payoutConditions(row, lang),
    regions: toRegionTags(row.regions),
    paymentDate: row.paymentDate ?? null,
  }))
}
