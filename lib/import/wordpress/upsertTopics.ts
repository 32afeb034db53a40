import type { Payload } from 'payload'

import { isSlug, slugify } from '@/lib/content/slugify'

import type { WxrTerm } from './types'

/**
 * One topic per category or tag slug (a category and a tag with the same slug are one topic), found by
 * slug or created. Returns slug → id, and how many it created (or would create, in a dry run: id null).
 */
export async function upsertTopics(payload: Payload, terms: WxrTerm[], siteUrl: string, dryRun: boolean) {
  const bySlug = new Map<string, WxrTerm>()
  for (const term of terms) if (!bySlug.has(term.slug)) bySlug.set(term.slug, term)
  const topics = new Map<string, number | null>()
  let created = 0
  for (const [wpSlug, term] of bySlug) {
    const slug = isSlug(wpSlug) ? wpSlug : slugify(term.name) || slugify(wpSlug)
    if (!slug) continue
    const { docs } = await payload.find({ collection: 'topics', where: { slug: { equals: slug } }, depth: 0, limit: 1, pagination: false, overrideAccess: true })
    if (docs[0]) {
      topics.set(wpSlug, docs[0].id)
      continue
    }
    created += 1
    if (dryRun) {
      topics.set(wpSlug, null)
      continue
    }
    const topic = await payload.create({
      collection: 'topics',
      data: { name: term.name, slug, importSource: { system: 'wordpress', key: `${siteUrl}#topic:${slug}`, id: wpSlug } },
      overrideAccess: true,
      depth: 0,
    })
    topics.set(wpSlug, topic.id)
  }
  return { topics, created }
}
