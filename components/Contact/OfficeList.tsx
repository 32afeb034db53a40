import type { Office } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './OfficeList.module.css'

/** Offices as cards with a tap-to-call number and a map search link for the address. */
export function OfficeList({ lang, offices }: { lang: Lang; offices: Office[] }) {
  const t = messages(lang)
  return (
    <ul className={styles.list}>
      {offices.map((office) => {
        const address = `${office.street}, ${office.city}, ${office.state} ${office.postalCode}`
        return (
          <li key={office.label} className={styles.card}>
            <h3 className={styles.label}>{office.label}</h3>
            <address className={styles.address}>
              {office.street}
              <br />
              {office.city}, {office.state} {office.postalCode}
            </address>
            <p className={styles.actions}>
              {office.phone ? (
                <a href={`tel:${office.phone.replace(/[^\d+]/g, '')}`} className={styles.action}>
                  {t.contact.call(office.phone)}
                </a>
              ) : null}
              <a
                href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`}
                className={styles.action}
                rel="noopener"
              >
                {t.contact.map}
                <span className="visually-hidden">{t.contact.mapOf(office.label)}</span>
              </a>
            </p>
          </li>
        )
      })}
    </ul>
  )
}
