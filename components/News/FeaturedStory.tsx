import Link from 'next/link'

import { DateText } from '@/components/ui/DateText'
import { MediaImage } from '@/components/ui/MediaImage'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import type { FeedItem } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { EnglishOnlyMark, englishText } from './EnglishOnlyMark'
import styles from './FeaturedStory.module.css'

/** The lead story at the top of the home page. */
export function FeaturedStory({ item, lang }: { item: FeedItem; lang: Lang }) {
  return (
    <article className={styles.story}>
      {item.image ? (
        <div className={styles.media}>
          <MediaImage picture={item.image} variant="card" sizes="(min-width: 64rem) 40rem, 100vw" eager decorative />
        </div>
      ) : null}
      <div className={styles.body}>
        <p className={styles.kicker}>
          <span className={styles.flag}>{messages(lang).news.featured}</span> {item.kicker}
          {item.membersOnly ? <> <MembersOnlyBadge lang={lang} /></> : null}
          <EnglishOnlyMark lang={lang} englishOnly={item.englishOnly} />
        </p>
        <h2 className={styles.title} lang={englishText(item.englishOnly)}>
          <Link href={localizedPath(lang, item.href)} className={styles.link}>
            {item.title}
          </Link>
        </h2>
        {item.summary ? (
          <p className={styles.summary} lang={englishText(item.englishOnly)}>
            {item.summary}
          </p>
        ) : null}
        <p className={styles.meta}>
          <DateText iso={item.publishedAt} lang={lang} />
        </p>
      </div>
    </article>
  )
}
