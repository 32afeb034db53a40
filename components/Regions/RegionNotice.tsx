import { REGION_PICKER_ID } from '@/components/Layout/RegionPicker'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './RegionNotice.module.css'

type Props = {
  /** The region the list is filtered to, or null for every region. */
  regionName: string | null
  /** Where "show every region" goes: clears the saved region, or drops the filter from a URL. */
  showAllHref: string
  lang: Lang
}

/** Says which region's items a list shows and how to change it; polite status, not an alert. */
export function RegionNotice({ regionName, showAllHref, lang }: Props) {
  const t = messages(lang)
  return (
    <p className={styles.notice} data-print="hide">
      {regionName ? (
        <>
          <span>
            {t.regions.showing} <strong>{regionName}</strong> {t.regions.plusCoalitionWide}
          </span>
          <span className={styles.actions}>
            <a href={`#${REGION_PICKER_ID}`}>{t.regions.changeRegion}</a>
            <span aria-hidden="true">·</span>
            {/* A plain link: /region is a route handler that sets a cookie, not a page. */}
            <a href={showAllHref}>{t.regions.showAll}</a>
          </span>
        </>
      ) : (
        <>
          <span>{t.regions.showingEvery}</span>
          <span className={styles.actions}>
            <a href={`#${REGION_PICKER_ID}`}>{t.regions.chooseRegion}</a>
          </span>
        </>
      )}
    </p>
  )
}
