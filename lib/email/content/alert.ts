import type { Payload } from 'payload'

import { contentHref } from '@/lib/content/links'
import { publicRead, type ReadAs } from '@/lib/content/payload'
import type { ContentKind } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'

import { ALERT_LISTS, type AlertCollection } from '../delivery/states'
import { renderAlert, type RenderedEmail } from '../render'
import { siteFooter } from './footer'
import { absolute, SENTINEL, signInThen } from './links'

const KIND: Record<AlertCollection, ContentKind> = { announcements: 'announcement', 'bargaining-updates': 'bargaining', campaigns: 'campaign' }

/**
 * An item's alert in one language, with placeholder links for the member's own (compose.ts), or null
 * when the public cannot read the item (unpublished since). Read as a visitor: an alert never carries
 * more than the public listing shows — a members-only item is its title, summary and a sign-in link.
 * Staff previewing pass `previewRead(staff, lang)`: the same e-mail from the item's latest draft.
 */
export async function renderAlertFor(
  payload: Payload,
  collection: AlertCollection,
  id: number,
  lang: Lang,
  read: ReadAs = publicRead(lang),
): Promise<RenderedEmail | null> {
  const { docs } = await payload.find({
    collection,
    ...read,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { title: true, summary: true, slug: true, audience: true, publishedAt: true },
  })
  const item = docs[0]
  if (!item?.slug) return null
  const path = contentHref(KIND[collection], item.slug)
  const membersOnly = item.audience !== 'public'
  return renderAlert({
    lang,
    kind: ALERT_LISTS[collection] === 'bargaining' ? 'bargaining' : 'action',
    item: {
      title: item.title,
      summary: item.summary ?? null,
      url: absolute(lang, path),
      membersOnly,
      signInUrl: membersOnly ? signInThen(lang, path) : null,
      publishedAt: item.publishedAt ?? new Date().toISOString(),
    },
    footer: await siteFooter(payload, lang, { preferencesUrl: SENTINEL.preferences, unsubscribeUrl: SENTINEL.unsubscribe }),
  })
}
