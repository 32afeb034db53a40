import { Feed } from 'feed'

import type { FeedItem } from '@/lib/content/types'
import { getEnv } from '@/lib/env'
import { INTL_LOCALE, type Lang, localizedPath } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/** A feed in one language; `path` is the feed's own path without a language prefix (`/news/feed.xml`). */
export type FeedMeta = { title: string; description: string; path: string; siteName: string; lang: Lang }

/** RSS 2.0 for one list of teasers; links are absolute, in the feed's language, so feed readers can follow them. */
export function buildRss({ title, description, path, siteName, lang }: FeedMeta, items: FeedItem[]): string {
  const t = messages(lang)
  const base = getEnv().SERVER_URL.replace(/\/$/, '')
  const url = (sitePath: string) => `${base}${localizedPath(lang, sitePath)}`
  const feed = new Feed({
    title: `${title} · ${siteName}`,
    description,
    id: url(path),
    // The home page in the feed's language.
    link: url('/'),
    language: INTL_LOCALE[lang],
    copyright: `© ${new Date().getFullYear()} ${siteName}`,
    updated: items[0]?.publishedAt ? new Date(items[0].publishedAt) : new Date(0),
    feedLinks: { rss: url(path) },
  })
  for (const item of items) {
    feed.addItem({
      title: item.membersOnly ? t.feeds.membersOnlyTitle(item.title) : item.title,
      id: url(item.href),
      link: url(item.href),
      description: item.summary ?? undefined,
      date: item.publishedAt ? new Date(item.publishedAt) : new Date(0),
      // Feeds carry teasers only; a members-only item says so, and its link leads to the sign-in prompt.
      category: [
        { name: item.kicker },
        ...(item.membersOnly ? [{ name: t.feeds.membersOnlyCategory }] : []),
        ...item.regions.map((region) => ({ name: region.name })),
      ],
    })
  }
  return feed.rss2()
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
