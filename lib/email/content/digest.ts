import type { Payload, Where } from 'payload'

import { contentHref } from '@/lib/content/links'
import { publicRead } from '@/lib/content/payload'
import type { ContentKind } from '@/lib/content/types'
import { publishedWhere, regionScope } from '@/lib/content/where'
import type { Lang } from '@/lib/i18n/languages'

import { renderDigest, type DigestItem, type RenderedEmail } from '../render'
import { siteFooter } from './footer'
import { absolute, SENTINEL, signInThen } from './links'

export const DIGEST_DAYS = 7
const PER_KIND = 10

export type DigestPeriod = { regionId: number; end: Date }

const periodStart = (end: Date) => new Date(end.getTime() - DIGEST_DAYS * 24 * 60 * 60 * 1000)

const COLLECTIONS = [
  ['announcements', 'announcement'],
  ['bargaining-updates', 'bargaining'],
  ['campaigns', 'campaign'],
] as const satisfies ReadonlyArray<readonly [string, ContentKind]>

/**
 * What a region's members get in their weekly digest: the items published in the 7 days before `end`
 * for their region or coalition-wide, and the stories approved from their region — read as a visitor,
 * so a members-only item is its title and summary with a sign-in link, never its body.
 */
export async function digestItems(payload: Payload, { regionId, end }: DigestPeriod, lang: Lang): Promise<DigestItem[]> {
  const start = periodStart(end)
  const within: Where = { publishedAt: { greater_than_equal: start.toISOString(), less_than: end.toISOString() } }
  const common = { ...publicRead(lang), depth: 0, limit: PER_KIND, sort: '-publishedAt', pagination: false } as const
  const [content, stories] = await Promise.all([
    Promise.all(
      COLLECTIONS.map(async ([collection, kind]) => {
        const { docs } = await payload.find({
          collection,
          ...common,
          where: publishedWhere(regionScope(regionId), within),
          select: { title: true, summary: true, slug: true, audience: true },
        })
        return docs.flatMap((doc): DigestItem[] => {
          if (!doc.slug) return []
          const path = contentHref(kind, doc.slug)
          const membersOnly = doc.audience !== 'public'
          return [{ kind, title: doc.title, summary: doc.summary ?? null, url: absolute(lang, path), membersOnly, signInUrl: membersOnly ? signInThen(lang, path) : null }]
        })
      }),
    ),
    payload.find({
      collection: 'stories',
      ...common,
      sort: '-updatedAt',
      where: { and: [{ region: { equals: regionId } }, { updatedAt: { greater_than_equal: start.toISOString(), less_than: end.toISOString() } }] },
      select: { title: true, label: true, text: true },
    }),
  ])
  const storyItems = stories.docs.map(
    (story): DigestItem => ({
      kind: 'story',
      title: story.title || story.label || '',
      summary: story.text ? excerpt(story.text) : null,
      url: absolute(lang, '/stories'),
      membersOnly: false,
      signInUrl: null,
    }),
  )
  return [...content.flat(), ...storyItems]
}

function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

/** The digest in one language with placeholder links, or null when nothing was published: no e-mail then. */
export async function renderDigestFor(payload: Payload, period: DigestPeriod, lang: Lang): Promise<RenderedEmail | null> {
  const items = await digestItems(payload, period, lang)
  if (items.length === 0) return null
  const region = await payload.findByID({ collection: 'regions', id: period.regionId, depth: 0, locale: lang, fallbackLocale: 'en', overrideAccess: false, disableErrors: true })
  return renderDigest({
    lang,
    regionName: region?.name ?? null,
    weekOf: periodStart(period.end).toISOString().slice(0, 10),
    items,
    footer: await siteFooter(payload, lang, { preferencesUrl: SENTINEL.preferences, unsubscribeUrl: SENTINEL.unsubscribe }),
  })
}
