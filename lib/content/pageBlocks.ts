import type { Page } from '@/payload-types'

import { safeHref } from './links'
import { toPicture } from './media'
import { toRichText } from './richText'
import type { PageBlock } from './types'

/** Blocks reshaped for rendering; a block missing what it needs (deleted image, unsafe link) is left out. */
export function toPageBlocks(layout: Page['layout'] | null | undefined): PageBlock[] {
  return (layout ?? []).flatMap((block, index): PageBlock[] => {
    const id = block.id ?? `${block.blockType}-${index}`
    switch (block.blockType) {
      case 'richText': {
        const content = toRichText(block.content)
        return content ? [{ type: 'richText', id, content }] : []
      }
      case 'image': {
        const image = toPicture(block.image)
        return image ? [{ type: 'image', id, image, caption: block.caption ?? image.caption }] : []
      }
      case 'quote':
        return [{ type: 'quote', id, quote: block.quote, attribution: block.attribution ?? null, source: block.source ?? null }]
      case 'callToAction': {
        const href = safeHref(block.url)
        return href ? [{ type: 'callToAction', id, heading: block.heading, text: block.text ?? null, label: block.label, href }] : []
      }
      case 'timeline':
        return [
          {
            type: 'timeline',
            id,
            heading: block.heading ?? null,
            milestones: [...block.milestones]
              .sort((a, b) => a.year - b.year || (a.date ?? '').localeCompare(b.date ?? ''))
              .map((row) => ({ year: row.year, date: row.date ?? null, title: row.title, description: row.description ?? null })),
          },
        ]
      default:
        return []
    }
  })
}
