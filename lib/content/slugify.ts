/** "Kaiser Agrees to $500 Bonus!" → "kaiser-agrees-to-500-bonus" (accents folded, 80 chars max). */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

// The slug field's rule (collections/shared/fields/slug.ts): a URL segment that breaks it names nothing.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a URL segment could be a slug at all; readers answer "not found" without a query when not. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value)
}
