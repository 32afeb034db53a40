import Link from 'next/link'

import { ALL_REGIONS, type NewsFilters as Filters } from '@/lib/content/newsFilters'
import type { LocalTag, Region } from '@/lib/content/types'

import styles from './NewsFilters.module.css'

type Props = {
  filters: Filters
  regions: Region[]
  locals: LocalTag[]
  topics: ReadonlyArray<{ value: string; label: string }>
  years: number[]
  clearHref: string
  /** Keeps ids unique when a page holds several views of the list (one per region). */
  idSuffix?: string
}

/** A GET form: filtering works without JavaScript and every filtered view has its own address. */
export function NewsFilters({ filters, regions, locals, topics, years, clearHref, idSuffix = '' }: Props) {
  const id = (name: string) => `${name}${idSuffix}`
  return (
    <form method="get" action="/news" className={styles.form} aria-labelledby={id('news-filters-heading')} data-print="hide">
      <h2 id={id('news-filters-heading')} className={styles.heading}>
        Filter news
      </h2>
      <div className={styles.fields}>
        <div className={styles.field}>
          <label htmlFor={id('filter-region')}>Region</label>
          <select id={id('filter-region')} name="region" defaultValue={filters.region ?? ALL_REGIONS}>
            <option value={ALL_REGIONS}>All regions</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={id('filter-topic')}>Topic</label>
          <select id={id('filter-topic')} name="topic" defaultValue={filters.topic ?? ''}>
            <option value="">All topics</option>
            {topics.map((topic) => (
              <option key={topic.value} value={topic.value}>
                {topic.label}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={id('filter-local')}>Local union</label>
          <select id={id('filter-local')} name="local" defaultValue={filters.local ? String(filters.local) : ''}>
            <option value="">All locals</option>
            {locals.map((local) => (
              <option key={local.id} value={String(local.id)}>
                {local.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={id('filter-year')}>Year</label>
          <select id={id('filter-year')} name="year" defaultValue={filters.year ? String(filters.year) : ''}>
            <option value="">Any year</option>
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
          Show results
        </button>
        <Link href={clearHref} className={styles.clear}>
          Clear filters
        </Link>
      </div>
    </form>
  )
}
