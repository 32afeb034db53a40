import type { BargainingSession, FeedItem } from '@/lib/content/types'

/** Bargaining sessions as feed teasers, newest update first. */
export function bargainingFeedItems(sessions: BargainingSession[]): FeedItem[] {
  return sessions
    .map((session) => ({
      key: `bargaining-${session.slug}`,
      kind: 'bargaining' as const,
      title: session.title,
      summary: session.summary,
      href: session.href,
      publishedAt: session.publishedAt,
      kicker: session.table,
      image: null,
      regions: [],
      membersOnly: session.membersOnly,
      englishOnly: session.englishOnly,
    }))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
}
