import { formatBytes } from '@/lib/content/format'
import type { Download } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './DownloadList.module.css'

/** Files and links with their type and size, so members on mobile data know what they are opening. */
export function DownloadList({ items, lang }: { items: Download[]; lang: Lang }) {
  if (items.length === 0) return null
  const t = messages(lang)
  return (
    <ul className={styles.list}>
      {items.map((item) => {
        const size = formatBytes(item.bytes, lang)
        return (
          <li key={`${item.href}-${item.label}`}>
            <a className={styles.link} href={item.href} rel={item.external ? 'noopener' : undefined}>
              <span className={styles.icon} aria-hidden="true">
                {item.external ? t.ui.linkBadge : (item.format ?? t.ui.fileBadge)}
              </span>
              <span className={styles.label}>{item.label}</span>
              <span className={styles.meta}>
                {item.external ? (
                  t.ui.opensAnotherSite
                ) : (
                  <>
                    <span className="visually-hidden">(</span>
                    {[item.format, size].filter(Boolean).join(', ')}
                    <span className="visually-hidden">)</span>
                  </>
                )}
              </span>
            </a>
          </li>
        )
      })}
    </ul>
  )
}
