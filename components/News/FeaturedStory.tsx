import Link from 'next/link'

import { DateText } from '@/components/ui/DateText'
import { MediaImage } from '@/components/ui/MediaImage'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import type { FeedItem } from '@/lib/content/types'

import styles from './FeaturedStory.module.css'

/** The lead story at the top of the home page. */
export function FeaturedStory({ item }: { item: FeedItem }) {
  return (
    <article className={styles.story}>
      {item.image ? (
        <div className={styles.media}>
          <MediaImage picture={item.image} variant="card" sizes="(min-width: 64rem) 40rem, 100vw" eager decorative />
        </div>
      ) : null}
      <div className={styles.body}>
        <p className={styles.kicker}>
          <span className={styles.flag}>Featured</span> {item.kicker}
          {item.membersOnly ? <> <MembersOnlyBadge /></> : null}
        </p>
        <h2 className={styles.title}>
          <Link href={item.href} className={styles.link}>
            {item.title}
          </Link>
        </h2>
        {item.summary ? <p className={styles.summary}>{item.summary}</p> : null}
        <p className={styles.meta}>
          <DateText iso={item.publishedAt} />
        </p>
      </div>
    </article>
  )
}
