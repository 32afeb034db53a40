import { Feed } from 'feed'

import type { FeedItem } from '@/lib/content/types'
import { getEnv } from '@/lib/env'

export type FeedMeta = { title: string; description: string; path: string; siteName: string }

/** RSS 2.0 for one list of teasers; links are absolute so feed readers can follow them. */
export function buildRss({ title, description, path, siteName }: FeedMeta, items: FeedItem[]): string {
  const base = getEnv().SERVER_URL.replace(/\/$/, '')
  const feed = new Feed({
    title: `${title} · ${siteName}`,
    description,
    id: `${base}${path}`,
    link: base,
    language: 'en',
    copyright: `© ${new Date().getFullYear()} ${siteName}`,
    updated: items[0]?.publishedAt ? new Date(items[0].publishedAt) : new Date(0),
    feedLinks: { rss: `${base}${path}` },
  })
  for (const item of items) {
    feed.addItem({
      title: item.membersOnly ? `${item.title} (members only)` : item.title,
      id: `${base}${item.href}`,
      link: `${base}${item.href}`,
      description: item.summary ?? undefined,
      date: item.publishedAt ? new Date(item.publishedAt) : new Date(0),
      // Feeds carry teasers only; a members-only item says so, and its link leads to the sign-in prompt.
      category: [{ name: item.kicker }, ...(item.membersOnly ? [{ name: 'Members only' }] : []), ...item.regions.map((region) => ({ name: region.name }))],
    })
  }
  return feed.rss2()
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
