import type { Region } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './Header.module.css'
import { RegionSelect } from './RegionSelect.client'

export const REGION_PICKER_ID = 'region-picker'

/** A plain GET form: /region saves the choice in a cookie and sends the visitor back. */
export function RegionPicker({ regions, lang }: { regions: Region[]; lang: Lang }) {
  const t = messages(lang)
  return (
    <form method="get" action="/region" className={styles.toolForm}>
      <label htmlFor={REGION_PICKER_ID} className={styles.toolLabel}>
        {t.layout.regionLabel}
      </label>
      <div className={styles.toolRow}>
        <RegionSelect id={REGION_PICKER_ID} regions={regions.map(({ code, name }) => ({ code, name }))} allLabel={t.layout.allRegions} />
        <button type="submit" className={styles.toolButton}>
          {t.layout.regionSet}
        </button>
      </div>
    </form>
  )
}
