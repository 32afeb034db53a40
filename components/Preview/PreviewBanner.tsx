import { getEnv } from '@/lib/env'

import styles from './PreviewBanner.module.css'
import { RefreshOnSave } from './RefreshOnSave.client'

/** Shown to staff in draft mode. A plain link, not <Link>: prefetching /exit-preview would end the preview. */
export function PreviewBanner() {
  return (
    <section className={styles.banner} aria-label="Preview mode" data-print="hide">
      <p className={styles.text}>
        <span>
          <strong>Preview:</strong> you are seeing unpublished changes
        </span>
        <span className={styles.action}>
          <span aria-hidden="true">· </span>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- /exit-preview is a route handler, not a page */}
          <a href="/exit-preview" className={styles.exit}>
            Exit preview
          </a>
        </span>
      </p>
      <RefreshOnSave adminOrigin={new URL(getEnv().SERVER_URL).origin} />
    </section>
  )
}
