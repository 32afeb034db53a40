import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './SubscribeLinks.module.css'

type Feed = { href: string; label: string; format: 'RSS' | 'Calendar' }

/** Feed and calendar subscriptions; plain links because they are files, not pages. */
export function SubscribeLinks({ feeds, lang }: { feeds: Feed[]; lang: Lang }) {
  return (
    <ul className={styles.list} aria-label={messages(lang).ui.subscribe} data-print="hide">
      {feeds.map((feed) => (
        <li key={feed.href}>
          <a href={feed.href} className={styles.link}>
            <span className={styles.format} aria-hidden="true">
              {feed.format === 'RSS' ? messages(lang).ui.rssBadge : messages(lang).ui.icsBadge}
            </span>
            {feed.label}
          </a>
        </li>
      ))}
    </ul>
  )
}
