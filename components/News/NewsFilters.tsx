import Link from 'next/link'

import { ALL_REGIONS, type NewsFilters as Filters } from '@/lib/content/newsFilters'
import type { LocalTag, Region } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './NewsFilters.module.css'

type Props = {
  filters: Filters
  regions: Region[]
  locals: LocalTag[]
  topics: ReadonlyArray<{ value: string; label: string }>
  years: number[]
  /** In the reader's language. */
  clearHref: string
  lang: Lang
  /** Keeps ids unique when a page holds several views of the list (one per region). */
  idSuffix?: string
}

/** A GET form: filtering works without JavaScript and every filtered view has its own address. */
export function NewsFilters({ filters, regions, locals, topics, years, clearHref, lang, idSuffix = '' }: Props) {
  const id = (name: string) => `${name}${idSuffix}`
  const t = messages(lang)
  return (
    <form method="get" action={localizedPath(lang, '/news')} className={styles.form} aria-labelledby={id('news-filters-heading')} data-print="hide">
      <h2 id={id('news-filters-heading')} className={styles.heading}>
        {t.news.filtersHeading}
      </h2>
      <div className={styles.fields}>
        <div className={styles.field}>
          <label htmlFor={id('filter-region')}>{t.news.filterRegion}</label>
          <select id={id('filter-region')} name="region" defaultValue={filters.region ?? ALL_REGIONS}>
            <option value={ALL_REGIONS}>{t.news.allRegions}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={id('filter-topic')}>{t.news.filterTopic}</label>
          <select id={id('filter-topic')} name="topic" defaultValue={filters.topic ?? ''}>
            <option value="">{t.news.allTopics}</option>
            {topics.map((topic) => (
              <option key={topic.value} value={topic.value}>
                {topic.label}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={id('filter-local')}>{t.news.filterLocal}</label>
          <select id={id('filter-local')} name="local" defaultValue={filters.local ? String(filters.local) : ''}>
            <option value="">{t.news.allLocals}</option>
            {locals.map((local) => (
              <option key={local.id} value={String(local.id)}>
                {local.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={id('filter-year')}>{t.news.filterYear}</label>
          <select id={id('filter-year')} name="year" defaultValue={filters.year ? String(filters.year) : ''}>
            <option value="">{t.news.anyYear}</option>
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className={styles.actions}>
        <button type="submit" className={styles.submit}>
          {t.news.showResults}
        </button>
        <Link href={clearHref} className={styles.clear}>
          {t.news.clearFilters}
        </Link>
      </div>
    </form>
  )
}
