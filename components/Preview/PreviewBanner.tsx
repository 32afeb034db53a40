import { getEnv } from '@/lib/env'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './PreviewBanner.module.css'
import { RefreshOnSave } from './RefreshOnSave.client'

/** Shown to staff in draft mode. A plain link, not <Link>: prefetching /exit-preview would end the preview. */
export function PreviewBanner({ lang }: { lang: Lang }) {
  const t = messages(lang)
  return (
    <section className={styles.banner} aria-label={t.ui.previewMode} data-print="hide">
      <p className={styles.text}>
        <span>
          <strong>{t.ui.previewLabel}</strong> {t.ui.previewText}
        </span>
        <span className={styles.action}>
          <span aria-hidden="true">· </span>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- /exit-preview is a route handler, not a page */}
          <a href="/exit-preview" className={styles.exit}>
            {t.ui.exitPreview}
          </a>
        </span>
      </p>
      <RefreshOnSave adminOrigin={new URL(getEnv().SERVER_URL).origin} />
    </section>
  )
}
