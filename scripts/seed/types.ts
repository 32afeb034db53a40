import type { Outline } from './lexical'
import type { RegionCode } from './regions'
import type { SpanishAnnouncement } from './spanish'

type LexicalDoc = ReturnType<typeof import('./lexical').lexical>

export type SeedAttachment = { label: string; kind: 'file' | 'link'; file?: string; url?: string }

export type SeedAnnouncement = {
  title: string
  summary: string
  publishedAt: string
  topics: Array<'bonus' | 'staffing' | 'benefits' | 'wages' | 'leadership' | 'bargaining' | 'solidarity' | 'partnership' | 'health'>
  regions?: RegionCode[]
  locals?: string[]
  featured?: boolean
  /** Members-only items are listed with a lock; only signed-in members read the body. */
  audience?: 'public' | 'members'
  hero?: string
  body: LexicalDoc
  attachments?: SeedAttachment[]
  sourceName?: string
  payouts?: Array<{
    amount: number
    label: string
    regions?: RegionCode[]
    minWeeklyHours?: number
    maxWeeklyHours?: number
    minAnnualHours?: number
    hiredBefore?: string
    includesOnCall?: boolean
    paymentDate?: string
  }>
  es?: SpanishAnnouncement
}

export type { Outline }
