import { REGION_PICKER_ID } from '@/components/Layout/RegionPicker'

import styles from './RegionNotice.module.css'

type Props = {
  /** The region the list is filtered to, or null for every region. */
  regionName: string | null
  /** Where "show every region" goes: clears the saved region, or drops the filter from a URL. */
  showAllHref: string
}

/** Says which region's items a list shows and how to change it; polite status, not an alert. */
export function RegionNotice({ regionName, showAllHref }: Props) {
  return (
    <p className={styles.notice} data-print="hide">
      {regionName ? (
        <>
          <span>
            Showing: <strong>{regionName}</strong> + coalition-wide
          </span>
          <span className={styles.actions}>
            <a href={`#${REGION_PICKER_ID}`}>Change region</a>
            <span aria-hidden="true">·</span>
            {/* A plain link: /region is a route handler that sets a cookie, not a page. */}
            <a href={showAllHref}>Show all regions</a>
          </span>
        </>
      ) : (
        <>
          <span>Showing news from every region.</span>
          <span className={styles.actions}>
            <a href={`#${REGION_PICKER_ID}`}>Choose your region</a>
          </span>
        </>
      )}
    </p>
  )
}
