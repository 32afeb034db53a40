import { BadgeList } from '@/components/ui/Badge'
import { DateText } from '@/components/ui/DateText'
import type { LocalTag, RegionTag } from '@/lib/content/types'

import styles from './ArticleMeta.module.css'

type Props = { publishedAt: string | null; regions: RegionTag[]; locals: LocalTag[] }

/** Date, regions (or "Coalition-wide") and locals under a headline. */
export function ArticleMeta({ publishedAt, regions, locals }: Props) {
  return (
    <div className={styles.meta}>
      {publishedAt ? (
        <p className={styles.date}>
          Published <DateText iso={publishedAt} />
        </p>
      ) : null}
      <BadgeList
        label="Regions"
        tone="brand"
        items={
          regions.length > 0
            ? regions.map((region) => ({ key: region.code, text: region.name }))
            : [{ key: 'all', text: 'Coalition-wide' }]
        }
      />
      <BadgeList label="Local unions" items={locals.map((local) => ({ key: String(local.id), text: local.shortName }))} />
    </div>
  )
}
