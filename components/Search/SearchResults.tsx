import Link from 'next/link'

import { DateText } from '@/components/ui/DateText'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { collectionDocHref } from '@/lib/content/links'
import type { SearchHit } from '@/lib/search/searchSite'

import styles from './SearchResults.module.css'

export const KIND_LABELS: Record<string, string> = {
  announcements: 'News',
  'bargaining-updates': 'Bargaining',
  campaigns: 'Campaign',
  leadership: 'Leadership',
  pages: 'Page',
}

/** Ranked hits with the matching words marked; the snippet text is rendered as text, never as HTML. */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className={styles.list}>
      {hits.map((hit) => {
        const href = collectionDocHref(hit.kind, hit.slug)
        if (!href) return null
        return (
          <li key={`${hit.kind}-${hit.slug}`} className={styles.item}>
            <p className={styles.kicker}>
              {KIND_LABELS[hit.kind] ?? hit.kind}
              {hit.membersOnly ? <> <MembersOnlyBadge /></> : null}
            </p>
            <h3 className={styles.title}>
              <Link href={href}>{hit.title}</Link>
            </h3>
            {hit.snippet.length > 0 ? (
              <p className={styles.snippet}>
                {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
              </p>
            ) : hit.summary ? (
              <p className={styles.snippet}>{hit.summary}</p>
            ) : null}
            {hit.publishedAt ? (
              <p className={styles.meta}>
                <DateText iso={hit.publishedAt} />
              </p>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
