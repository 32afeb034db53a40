import styles from './SubscribeLinks.module.css'

type Feed = { href: string; label: string; format: 'RSS' | 'Calendar' }

/** Feed and calendar subscriptions; plain links because they are files, not pages. */
export function SubscribeLinks({ feeds }: { feeds: Feed[] }) {
  return (
    <ul className={styles.list} aria-label="Subscribe" data-print="hide">
      {feeds.map((feed) => (
        <li key={feed.href}>
          <a href={feed.href} className={styles.link}>
            <span className={styles.format} aria-hidden="true">
              {feed.format === 'RSS' ? 'RSS' : 'ICS'}
            </span>
            {feed.label}
          </a>
        </li>
      ))}
    </ul>
  )
}
