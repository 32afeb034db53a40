import type { Region } from '@/lib/content/types'

import styles from './Header.module.css'
import { RegionSelect } from './RegionSelect.client'

export const REGION_PICKER_ID = 'region-picker'

/** A plain GET form: /region saves the choice in a cookie and sends the visitor back. */
export function RegionPicker({ regions }: { regions: Region[] }) {
  return (
    <form method="get" action="/region" className={styles.toolForm}>
      <label htmlFor={REGION_PICKER_ID} className={styles.toolLabel}>
        Your region
      </label>
      <div className={styles.toolRow}>
        <RegionSelect id={REGION_PICKER_ID} regions={regions.map(({ code, name }) => ({ code, name }))} />
        <button type="submit" className={styles.toolButton}>
          Set
        </button>
      </div>
    </form>
  )
}
