import { BadgeList } from '@/components/ui/Badge'
import { DateText } from '@/components/ui/DateText'
import type { LocalTag, RegionTag } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './ArticleMeta.module.css'

type Props = { publishedAt: string | null; regions: RegionTag[]; locals: LocalTag[]; lang: Lang }

/** Date, regions (or "Coalition-wide") and locals under a headline. */
export function ArticleMeta({ publishedAt, regions, locals, lang }: Props) {
  const t = messages(lang)
  return (
    <div className={styles.meta}>
      {publishedAt ? (
        <p className={styles.date}>
          {t.news.published} <DateText iso={publishedAt} lang={lang} />
        </p>
      ) : null}
      <BadgeList
        label={t.news.regionsLabel}
        tone="brand"
        items={
          regions.length > 0
            ? regions.map((region) => ({ key: region.code, text: region.name }))
            : [{ key: 'all', text: t.news.coalitionWide }]
        }
      />
      <BadgeList label={t.news.localsLabel} items={locals.map((local) => ({ key: String(local.id), text: local.shortName }))} />
    </div>
  )
}
