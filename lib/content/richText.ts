import type { RichTextData } from './types'

/** Rich text worth rendering, or null for an empty editor (a root with one blank paragraph). */
export function toRichText(value: RichTextData | null | undefined): RichTextData | null {
  const children = value?.root.children ?? []
  const blank = children.every((node) => node.type === 'paragraph' && !(Array.isArray(node.children) && node.children.length))
  return value && !blank ? value : null
}

/** Documents that rich-text links and uploads may point at, populated with only what links need. */
export const linkedDocSelect = {
  announcements: { slug: true, title: true },
  'bargaining-updates': { slug: true, title: true },
  campaigns: { slug: true, title: true },
  pages: { slug: true, title: true },
} as const
