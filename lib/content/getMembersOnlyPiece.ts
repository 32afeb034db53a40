import type { Viewer } from '@/lib/auth/viewer'
import type { Lang } from '@/lib/i18n/languages'

import { getAnnouncementBySlug } from './getAnnouncementBySlug'
import { getBargainingUpdateBySlug } from './getBargainingUpdateBySlug'
import { getCampaignBySlug } from './getCampaignBySlug'
import { getLeader } from './getLeadership'
import { getPageBySlug } from './getPageBySlug'
import type { MembersOnlyKind } from './membersOnlyKinds'
import type { Article, BargainingUpdateDetail, CampaignDetail, Leader, PageContent } from './types'

/** What each kind's piece carries: the item as the viewer reads it. */
export type MembersOnlyItems = { news: Article; bargaining: BargainingUpdateDetail; campaigns: CampaignDetail; pages: PageContent; leadership: Leader }

export type MembersOnlyPiece = { [K in MembersOnlyKind]: { kind: K; item: MembersOnlyItems[K] } }[MembersOnlyKind]

/**
 * The personal part of a public page: the item read uncached as this viewer, so a member gets the
 * members-only body the shared page left out. Null when it does not exist (or is not published).
 */
export async function getMembersOnlyPiece(kind: MembersOnlyKind, slug: string, lang: Lang, viewer: Viewer): Promise<MembersOnlyPiece | null> {
  switch (kind) {
    case 'news': {
      const item = await getAnnouncementBySlug(slug, lang, viewer)
      return item && { kind, item }
    }
    case 'bargaining': {
      const item = await getBargainingUpdateBySlug(slug, lang, viewer)
      return item && { kind, item }
    }
    case 'campaigns': {
      const item = await getCampaignBySlug(slug, lang, viewer)
      return item && { kind, item }
    }
    case 'pages': {
      const item = await getPageBySlug(slug, lang, viewer)
      return item && { kind, item }
    }
    case 'leadership': {
      const item = await getLeader(slug, lang, viewer)
      return item && { kind, item }
    }
  }
}
