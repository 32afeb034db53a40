import { formatBytes } from '@/lib/content/format'
import type { Download } from '@/lib/content/types'

import styles from './DownloadList.module.css'

/** Files and links with their type and size, so members on mobile data know what they are opening. */
export function DownloadList({ items }: { items: Download[] }) {
  if (items.length === 0) return null
  return (
    <ul className={styles.list}>
      {items.map((item) => {
        const size = formatBytes(item.bytes)
        return (
          <li key={`${item.href}-${item.label}`}>
            <a className={styles.link} href={item.href} rel={item.external ? 'noopener' : undefined}>
              <span className={styles.icon} aria-hidden="true">
                {item.external ? 'LINK' : (item.format ?? 'FILE')}
              </span>
              <span className={styles.label}>{item.label}</span>
              <span className={styles.meta}>
                {item.external ? (
                  'Opens another site'
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
