import Link from 'next/link'

import { Badge } from '@/components/ui/Badge'
import { EnglishOnlyNotice } from '@/components/ui/EnglishOnlyNotice'
import { MediaImage } from '@/components/ui/MediaImage'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { leaderTerm } from '@/lib/content/leadership'
import type { Leader } from '@/lib/content/types'
import { INTL_LOCALE, localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { signInHref } from '@/lib/members/nextPath'

import { LeaderBioPiece } from './LeaderBioPiece.client'
import styles from './LeaderCard.module.css'

/**
 * A current or interim leader; interim is said in words, not only by colour. On the Spanish site a
 * leader without Spanish text says so above the biography, and their title and biography are marked English.
 */
export function LeaderCard({ lang, leader }: { lang: Lang; leader: Leader }) {
  const t = messages(lang)
  const term = leaderTerm(leader, lang)
  const hasText = Boolean(leader.bio || leader.locked || leader.quote)
  return (
    <article className={styles.card}>
      {leader.photo ? (
        <div className={styles.photo}>
          <MediaImage picture={leader.photo} variant="thumbnail" sizes="(min-width: 40rem) 10rem, 7rem" />
        </div>
      ) : null}
      <div className={styles.body}>
        {leader.status === 'interim' ? (
          <p className={styles.badge}>
            <Badge tone="warning">{t.leadership.interim}</Badge>
          </p>
        ) : null}
        <h3 className={styles.name}>{leader.name}</h3>
        <p className={styles.title} lang={leader.englishOnly ? INTL_LOCALE.en : undefined}>
          {leader.title}
        </p>
        {leader.organisation ? <p className={styles.org}>{leader.organisation}</p> : null}
        {term ? <p className={styles.term}>{term}</p> : null}
        {leader.membersOnly ? (
          <p className={styles.badge}>
            <MembersOnlyBadge lang={lang} />
          </p>
        ) : null}
        {hasText ? (
          <EnglishOnlyNotice lang={lang} englishOnly={leader.englishOnly}>
            {leader.bio ? <p className={styles.bio}>{leader.bio}</p> : null}
            {leader.locked ? (
              <LeaderBioPiece
                slug={leader.slug}
                lang={lang}
                className={styles.bio}
                notice={
                  // lang: inside the English text of a leader not yet translated.
                  <p className={styles.bio} lang={INTL_LOCALE[lang]}>
                    <Link href={localizedPath(lang, signInHref(localizedPath(lang, '/leadership')))}>{t.leadership.readMoreSignIn}</Link>
                    {t.leadership.readMoreAbout(leader.name)}
                  </p>
                }
              />
            ) : null}
            {leader.quote ? <blockquote className={styles.quote}>{leader.quote}</blockquote> : null}
          </EnglishOnlyNotice>
        ) : null}
      </div>
    </article>
  )
}
