import { ButtonLink } from '@/components/ui/Button'
import { MediaImage } from '@/components/ui/MediaImage'
import { RichText } from '@/components/ui/RichText'
import { isExternal } from '@/lib/content/links'
import type { PageBlock } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'

import styles from './PageBlocks.module.css'
import { Timeline } from './Timeline'

/** The layout blocks of a CMS page, in order; `lang` is the page's (links and dates in it). */
export function PageBlocks({ blocks, lang }: { blocks: PageBlock[]; lang: Lang }) {
  return (
    <div className={styles.blocks} data-print="show-links">
      {blocks.map((block) => {
        switch (block.type) {
          case 'richText':
            return <RichText key={block.id} data={block.content} lang={lang} />
          case 'image':
            return (
              <figure key={block.id} className={styles.figure}>
                <MediaImage picture={block.image} variant="hero" sizes="(min-width: 48rem) 42rem, 100vw" />
                {block.caption ? <figcaption>{block.caption}</figcaption> : null}
              </figure>
            )
          case 'quote':
            return (
              <figure key={block.id} className={styles.quote}>
                <blockquote>
                  <p>{block.quote}</p>
                </blockquote>
                {block.attribution || block.source ? (
                  <figcaption>
                    {block.attribution ? <strong>{block.attribution}</strong> : null}
                    {block.source ? <cite>{block.source}</cite> : null}
                  </figcaption>
                ) : null}
              </figure>
            )
          case 'callToAction':
            return (
              <section key={block.id} className={styles.cta} aria-labelledby={`cta-${block.id}`}>
                <h2 id={`cta-${block.id}`}>{block.heading}</h2>
                {block.text ? <p>{block.text}</p> : null}
                <ButtonLink href={block.href} variant="accent" external={isExternal(block.href)}>
                  {block.label}
                </ButtonLink>
              </section>
            )
          case 'timeline':
            return <Timeline key={block.id} id={block.id} heading={block.heading} milestones={block.milestones} lang={lang} />
        }
      })}
    </div>
  )
}
