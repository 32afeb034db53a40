import Link from 'next/link'

import { DateText } from '@/components/ui/DateText'
import { MediaImage } from '@/components/ui/MediaImage'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import type { FeedItem } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { EnglishOnlyMark, englishText } from './EnglishOnlyMark'
import styles from './FeedList.module.css'

type Props = {
  items: FeedItem[]
  lang: Lang
  headingLevel?: 2 | 3
  /** Titles and dates only, for sidebars. */
  compact?: boolean
}

/** Teasers as a list: kicker, linked title, summary, date and regions; the whole row is the tap target. */
export function FeedList({ items, lang, headingLevel = 3, compact = false }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = messages(lang)
  return (
    <ul className={`${styles.list} ${compact ? styles.compact : ''}`}>
      {items.map((item) => (
        <li key={item.key} className={styles.item}>
          <article className={styles.article}>
            <div className={styles.text}>
              <p className={styles.kicker}>
                {item.kicker}
                {item.membersOnly ? <> <MembersOnlyBadge lang={lang} /></> : null}
                <EnglishOnlyMark lang={lang} englishOnly={item.englishOnly} />
              </p>
              <Heading className={styles.title} lang={englishText(item.englishOnly)}>
                <Link href={localizedPath(lang, item.href)} className={styles.link}>
                  {item.title}
                </Link>
              </Heading>
              {item.summary && !compact ? (
                <p className={styles.summary} lang={englishText(item.englishOnly)}>
                  {item.summary}
                </p>
              ) : null}
              <p className={styles.meta}>
                <DateText iso={item.publishedAt} lang={lang} />
                {item.regions.length > 0 ? (
                  <span className={styles.regions}>
                    <span className="visually-hidden">{t.news.regionsPrefix}</span>
                    {item.regions.map((region) => region.name).join(', ')}
                  </span>
                ) : null}
              </p>
            </div>
            {item.image && !compact ? (
              <div className={styles.thumb}>
                <MediaImage picture={item.image} variant="thumbnail" sizes="(min-width: 48rem) 12rem, 6.5rem" decorative />
              </div>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
