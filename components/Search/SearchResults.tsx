import Link from 'next/link'

import { EnglishOnlyMark } from '@/components/News/EnglishOnlyMark'
import { DateText } from '@/components/ui/DateText'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { INTL_LOCALE, localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { SearchHit } from '@/lib/search/searchSite'

import styles from './SearchResults.module.css'

/** What a hit is, by its collection, as the kicker and the results heading name it. */
export function kindLabel(kind: string, lang: Lang): string {
  const t = messages(lang)
  switch (kind) {
    case 'announcements':
      return t.search.kindNews
    case 'bargaining-updates':
      return t.search.kindBargaining
    case 'campaigns':
      return t.search.kindCampaign
    case 'leadership':
      return t.search.kindLeadership
    case 'pages':
      return t.search.kindPage
    default:
      return kind
  }
}

/**
 * Ranked hits with the matching words marked; the snippet text is rendered as text, never as HTML. A
 * hit shown in English on the Spanish site says so, and its text is marked English.
 */
export function SearchResults({ lang, hits }: { lang: Lang; hits: SearchHit[] }) {
  return (
    <ol className={styles.list}>
      {hits.map((hit) => {
        const textLang = hit.textLang === lang ? undefined : INTL_LOCALE[hit.textLang]
        return (
          <li key={`${hit.kind}-${hit.slug}`} className={styles.item}>
            <p className={styles.kicker}>
              {kindLabel(hit.kind, lang)}
              {hit.membersOnly ? <> <MembersOnlyBadge lang={lang} /></> : null}
              <EnglishOnlyMark lang={lang} englishOnly={hit.textLang !== lang} />
            </p>
            <h3 className={styles.title} lang={textLang}>
              <Link href={localizedPath(lang, hit.path)}>{hit.title}</Link>
            </h3>
            {hit.snippet.length > 0 ? (
              <p className={styles.snippet} lang={textLang}>
                {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
              </p>
            ) : hit.summary ? (
              <p className={styles.snippet} lang={textLang}>
                {hit.summary}
              </p>
            ) : null}
            {hit.publishedAt ? (
              <p className={styles.meta}>
                <DateText iso={hit.publishedAt} lang={lang} />
              </p>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
