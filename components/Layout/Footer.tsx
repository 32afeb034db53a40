import Link from 'next/link'

import { formatCount } from '@/lib/content/format'
import { socialLabel } from '@/lib/content/labels'
import type { SiteInfo } from '@/lib/content/types'

import styles from './Footer.module.css'
import { MAIN_NAV } from './navigation'

/** "85,000 members in 12 local unions". */
function membership(memberCount: number | null, localCount: number | null): string | null {
  if (memberCount && localCount) return `${formatCount(memberCount)} members in ${localCount} local unions`
  if (memberCount) return `${formatCount(memberCount)} members`
  return localCount ? `${localCount} local unions` : null
}

export function Footer({ site }: { site: SiteInfo }) {
  const facts = membership(site.memberCount, site.localCount)
  return (
    <footer className={styles.footer} data-print="hide">
      <div className={`container ${styles.grid}`}>
        <div className={styles.about}>
          <p className={styles.name}>{site.name}</p>
          {facts ? <p className={styles.facts}>{facts}</p> : null}
          {site.statesServed.length > 0 ? <p className={styles.note}>Serving {site.statesServed.join(', ')}.</p> : null}
          {site.footerNote ? <p className={styles.note}>{site.footerNote}</p> : null}
        </div>
        {site.offices.length > 0 ? (
          <section aria-labelledby="footer-offices">
            <h2 id="footer-offices" className={styles.heading}>
              Offices
            </h2>
            <ul className={styles.offices}>
              {site.offices.map((office) => (
                <li key={office.label}>
                  <address>
                    <strong>{office.label}</strong>
                    <br />
                    {office.street}
                    <br />
                    {office.city}, {office.state} {office.postalCode}
                    {office.phone ? (
                      <>
                        <br />
                        <a href={`tel:${office.phone.replace(/[^\d+]/g, '')}`}>{office.phone}</a>
                      </>
                    ) : null}
                  </address>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <nav aria-labelledby="footer-nav">
          <h2 id="footer-nav" className={styles.heading}>
            Explore
          </h2>
          <ul className={styles.links}>
            {MAIN_NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
            <li>
              <Link href="/contact">Contact</Link>
            </li>
            {site.social.map((link) => (
              <li key={link.href}>
                <a href={link.href} rel="noopener">
                  {socialLabel(link.platform)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className={`container ${styles.bottom}`}>
        <p>
          © {new Date().getFullYear()} {site.name}
        </p>
        {/* Static like the rest of the footer: /account sends visitors to sign in first. */}
        <ul className={styles.signIns}>
          <li>
            <Link href="/signin">Member sign-in</Link>
          </li>
          <li>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load of the no-store page, never a router-cached copy */}
            <a href="/account">My account</a>
          </li>
          <li>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the admin is Payload's own app */}
            <a href="/admin">Staff sign-in</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
