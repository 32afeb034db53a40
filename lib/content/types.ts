// The shapes the public site renders. Readers reshape Payload documents into these at the edge,
// so components never depend on raw documents. Everything is JSON-safe (the data cache stores it).
import type { Announcement, BargainingUpdate, Campaign, Leadership } from '@/payload-types'

import type { Audience } from './audience'

/** Lexical editor state as Payload stores it; every rich-text field has this shape. */
export type RichTextData = NonNullable<Announcement['body']>

export type ImageVariant = { src: string; width: number; height: number }

/** One uploaded image with the sizes the Media collection generates. */
export type Picture = {
  alt: string
  caption: string | null
  credit: string | null
  /** 400×300 crop. */
  thumbnail: ImageVariant | null
  /** 768×432 crop. */
  card: ImageVariant | null
  /** Up to 1600 wide, original ratio. */
  hero: ImageVariant | null
  original: ImageVariant | null
  /** Members-only file: Next's optimiser fetches without the visitor's session, so it is drawn as is. */
  membersOnly?: boolean
}

export type Download = {
  label: string
  href: string
  external: boolean
  /** "PDF", "PNG" … for files. */
  format: string | null
  bytes: number | null
}

export type RegionTag = { code: string; name: string }
export type LocalTag = { id: number; shortName: string }
export type Region = RegionTag & { id: number; states: string[] }
export type LocalUnion = LocalTag & { name: string; affiliation: string | null; website: string | null; regionIds: number[] }

export type ContentKind = 'announcement' | 'bargaining' | 'campaign'

/** A teaser in lists and feeds. */
export type FeedItem = {
  key: string
  kind: ContentKind
  title: string
  summary: string | null
  href: string
  publishedAt: string | null
  /** Short label above the title: the topic, "Bargaining", "Campaign". */
  kicker: string
  image: Picture | null
  regions: RegionTag[]
  /** Shown with a lock; only signed-in members read it. */
  membersOnly: boolean
  /** On the Spanish site: the item has no Spanish text yet, so its title and summary are English. */
  englishOnly: boolean
}

export type Payout = {
  amount: number
  label: string
  /** Plain-language conditions, e.g. "32+ hours a week". */
  conditions: string[]
  regions: RegionTag[]
  paymentDate: string | null
}

export type Article = Audience & {
  slug: string
  title: string
  summary: string | null
  publishedAt: string | null
  /** Last edit, for structured data (dateModified). */
  updatedAt: string | null
  image: Picture | null
  body: RichTextData | null
  payouts: Payout[]
  attachments: Download[]
  source: { name: string; href: string | null } | null
  topics: Array<{ value: string; label: string }>
  regions: RegionTag[]
  locals: LocalTag[]
  /** On the Spanish site: shown with its English text (see lib/content/translation.ts). */
  englishOnly: boolean
}

export type BargainingStatus = BargainingUpdate['status']
export type AuthoredBy = BargainingUpdate['authoredBy']

export type KeyIssue = { issue: string; detail: string | null }

export type NextSession = { start: string; end: string | null; location: string | null; table: string; href: string }

export type BargainingSession = {
  slug: string
  href: string
  title: string
  table: string
  sessionNumber: number | null
  status: BargainingStatus
  sessionStart: string | null
  sessionEnd: string | null
  location: string | null
  authoredBy: AuthoredBy
  summary: string | null
  publishedAt: string | null
  keyIssues: KeyIssue[]
  nextSession: Omit<NextSession, 'table' | 'href'> | null
  membersOnly: boolean
  /** On the Spanish site: shown with its English text (see lib/content/translation.ts). */
  englishOnly: boolean
}

export type BargainingUpdateDetail = BargainingSession & Audience & { body: RichTextData | null; attachments: Download[] }

export type CampaignStatus = Campaign['status']
export type GoalUnit = NonNullable<NonNullable<Campaign['goal']>['unit']>

export type Goal = { target: number; progress: number; unit: GoalUnit; label: string | null; result: string | null }

export type CampaignCard = {
  id: number
  slug: string
  href: string
  title: string
  status: CampaignStatus
  summary: string | null
  image: Picture | null
  goal: Goal | null
  regions: RegionTag[]
  publishedAt: string | null
  /** Signed on the campaign page; a "signatures" goal then shows the count from the database. */
  collectsSignatures: boolean
  /** Counted in the database for campaigns that collect signatures; null otherwise. */
  signatureCount: number | null
  membersOnly: boolean
  /** On the Spanish site: shown with its English text (see lib/content/translation.ts). */
  englishOnly: boolean
}

/** href null: the action happens on the campaign page itself (e.g. a signing form). */
export type CallToAction = { label: string; href: string | null; kind: string | null; download: boolean }

export type CampaignDetail = CampaignCard & Audience & {
  body: RichTextData | null
  demands: Array<{ demand: string; detail: string | null }>
  cta: CallToAction | null
  hashtags: string[]
  toolkit: Download[]
  keyDates: Array<{ date: string; label: string }>
  locals: LocalTag[]
}

export type LeaderStatus = Leadership['status']

export type Leader = Audience & {
  slug: string
  name: string
  title: string
  status: LeaderStatus
  organisation: string | null
  photo: Picture | null
  bio: string | null
  quote: string | null
  termStart: string | null
  termEnd: string | null
  /** On the Spanish site: the biography and title have no Spanish text yet and are shown in English. */
  englishOnly: boolean
}

export type Milestone = { year: number; date: string | null; title: string; description: string | null }

export type PageBlock =
  | { type: 'richText'; id: string; content: RichTextData }
  | { type: 'image'; id: string; image: Picture; caption: string | null }
  | { type: 'quote'; id: string; quote: string; attribution: string | null; source: string | null }
  | { type: 'callToAction'; id: string; heading: string; text: string | null; label: string; href: string }
  | { type: 'timeline'; id: string; heading: string | null; milestones: Milestone[] }

export type PageContent = Audience & {
  slug: string
  title: string
  summary: string | null
  blocks: PageBlock[]
  /** On the Spanish site: the page has no Spanish text yet and is shown in English. */
  englishOnly: boolean
}

export type Office = {
  label: string
  street: string
  city: string
  state: string
  postalCode: string
  phone: string | null
}

export type SiteInfo = {
  name: string
  tagline: string | null
  memberCount: number | null
  localCount: number | null
  foundedYear: number | null
  statesServed: string[]
  offices: Office[]
  social: Array<{ platform: string; href: string }>
  footerNote: string | null
}
