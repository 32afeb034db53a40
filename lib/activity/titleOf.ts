import type { SanitizedCollectionConfig } from 'payload'

/** A document's title as the admin shows it (its collection's useAsTitle), for the log. */
export function titleOf(collection: Pick<SanitizedCollectionConfig, 'admin'>, doc: Record<string, unknown> & { id: unknown }): string {
  const useAsTitle = collection.admin?.useAsTitle
  const candidates = [useAsTitle ? doc[useAsTitle] : undefined, doc.title, doc.name, doc.filename, doc.slug]
  const title = candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '')
  return title ?? `#${String(doc.id)}`
}
