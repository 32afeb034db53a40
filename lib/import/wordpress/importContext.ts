import type { Payload } from 'payload'

import type { Attachments } from './attachImages'
import type { ImportConfig } from './importConfig'
import type { ImportTarget } from './mapItem'

/** A WordPress author: the staff account with their e-mail (if any) and their name. */
export type ImportAuthor = { userId: number | null; name: string; /** Not regional staff, so may publish coalition-wide items on schedule. */ publishesAll: boolean }

export type ExistingDoc = { collection: ImportTarget; id: number; slug: string | null; hash: string | null }

/** What every item of one import shares. */
export type ImportContext = {
  payload: Payload
  siteUrl: string
  config: ImportConfig
  /** The uploads folder (wp-content/uploads); null from the admin, where images are reported missing. */
  mediaDir: string | null
  dryRun: boolean
  attachments: Attachments
  /** WordPress login → the staff account with the author's e-mail, or the author's name to keep. */
  authors: Map<string, ImportAuthor>
  /** Topic slug → id (null in a dry run for topics that would be created). */
  topics: Map<string, number | null>
  /** Documents earlier imports made, by import key (one query per collection, not one per item). */
  existing: Map<string, ExistingDoc>
  /** Region code → id. */
  regions: Map<string, number>
}
