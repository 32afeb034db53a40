import type { ReactNode } from 'react'

import type { Picture } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './Article.module.css'
import { MediaImage } from './MediaImage'

type LayoutProps = {
  children: ReactNode
  aside?: ReactNode
  /** The sidebar holds the page's main action: show it before the body on phones. */
  asideFirst?: boolean
  /** The sidebar's language when the body around it is marked as another (an English-only item on the Spanish site). */
  asideLang?: string
}

/** Body column plus an optional sidebar (below the body on phones); external links print with their URL. */
export function ArticleLayout({ children, aside, asideFirst = false, asideLang }: LayoutProps) {
  const sidebar = aside ? (
    <aside className={styles.aside} lang={asideLang}>
      {aside}
    </aside>
  ) : null
  return (
    <div className={[styles.layout, aside && styles.withAside, asideFirst && styles.asideFirst].filter(Boolean).join(' ')} data-print="show-links">
      {asideFirst ? sidebar : null}
      <div className={styles.main}>{children}</div>
      {asideFirst ? null : sidebar}
    </div>
  )
}

export function ArticleSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  )
}

/** The lead image of a story, loaded first; its width and height reserve the space. */
export function HeroFigure({ picture, lang }: { picture: Picture; lang: Lang }) {
  const credit = picture.credit ? messages(lang).news.photoCredit(picture.credit) : null
  return (
    <figure className={styles.hero}>
      <MediaImage picture={picture} variant="hero" sizes="(min-width: 48rem) 42rem, 100vw" eager />
      {picture.caption || credit ? (
        <figcaption className={styles.caption}>{[picture.caption, credit].filter(Boolean).join(' · ')}</figcaption>
      ) : null}
    </figure>
  )
}

/** A titled box in an article's sidebar. */
export function AsideBox({ id, title, children, print = true }: { id: string; title: string; children: ReactNode; print?: boolean }) {
  return (
    <section className={styles.asideBox} aria-labelledby={id} data-print={print ? undefined : 'hide'}>
      <h2 id={id} className={styles.asideTitle}>
        {title}
      </h2>
      {children}
    </section>
  )
}
