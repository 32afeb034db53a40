import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './MembersOnlyBadge.module.css'

/** The lock shown on lists and headers for items only signed-in members can read. */
export function MembersOnlyBadge({ lang }: { lang: Lang }) {
  return (
    <span className={styles.badge}>
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M5 7V5a3 3 0 1 1 6 0v2h1a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2z" />
      </svg>
      {messages(lang).ui.membersOnly}
    </span>
  )
}
