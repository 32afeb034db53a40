import type { Office } from '@/lib/content/types'

import styles from './OfficeList.module.css'

/** Offices as cards with a tap-to-call number and a map search link for the address. */
export function OfficeList({ offices }: { offices: Office[] }) {
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
                  Call {office.phone}
                </a>
              ) : null}
              <a
                href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`}
                className={styles.action}
                rel="noopener"
              >
                Map<span className="visually-hidden"> of the {office.label}</span>
              </a>
            </p>
          </li>
        )
      })}
    </ul>
  )
}
