import type { Viewer } from '@/lib/auth/viewer'
import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { toAudience } from './audience'
import { cachedValue } from './cached'
import { mediaSelect, toPicture } from './media'
import { payload, publicRead, viewerRead, type ReadAs } from './payload'
import { splitLeaders, type LeadershipRoster } from './leadership'
import { isSlug } from './slugify'
import { shownInEnglishOnly } from './translation'
import type { Leader } from './types'
import { publishedWhere } from './where'

/** The published roster, or with `slug` just that leader. */
async function findLeadership(read: ReadAs, slug?: string): Promise<LeadershipRoster> {
  const { docs } = await (await payload()).find({
    collection: 'leadership',
    ...read,
    where: publishedWhere(slug ? { slug: { equals: slug } } : null),
    select: {
      name: true,
      slug: true,
      title: true,
      status: true,
      organisation: true,
      photo: true,
      bio: true,
      quote: true,
      termStart: true,
      termEnd: true,
      audience: true,
      spanishStatus: true,
    },
    sort: ['order', 'name'],
    limit: 200,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect },
  })
  return splitLeaders(
    docs.map((doc) => ({
      slug: doc.slug ?? String(doc.id),
      name: doc.name,
      title: doc.title,
      status: doc.status,
      organisation: doc.organisation ?? null,
      photo: toPicture(doc.photo),
      bio: doc.bio ?? null,
      quote: doc.quote ?? null,
      termStart: doc.termStart ?? null,
      termEnd: doc.termEnd ?? null,
      englishOnly: shownInEnglishOnly(doc, read.locale),
      ...toAudience(doc, read),
    })),
  )
}

const sharedRoster = cachedValue('leadership', (lang) => findLeadership(publicRead(lang)), [tags.leadership, tags.media])

/** /leadership: the shared, cached roster; with a viewer, read uncached as them (members-only bios for members). */
export function getLeadership(lang: Lang, viewer?: Viewer): Promise<LeadershipRoster> {
  return viewer ? findLeadership(viewerRead(viewer, lang)) : sharedRoster(lang)
}

/** One leader as this viewer reads them (a members-only biography's piece), uncached; null when not published. */
export async function getLeader(slug: string, lang: Lang, viewer: Viewer): Promise<Leader | null> {
  if (!isSlug(slug)) return null
  const { current, past } = await findLeadership(viewerRead(viewer, lang), slug)
  return current[0] ?? past[0] ?? null
}
