import Link from 'next/link'

import { formatCount } from '@/lib/content/format'
import { socialLabel } from '@/lib/content/labels'
import type { SiteInfo } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './Footer.module.css'
import { mainNav } from './navigation'

/** "85,000 members in 12 local unions". */
function membership(memberCount: number | null, localCount: number | null, lang: Lang): string | null {
  const t = messages(lang)
  if (memberCount && localCount) return t.layout.footerMembership(formatCount(memberCount, lang), localCount)
  if (memberCount) return t.layout.footerMembers(formatCount(memberCount, lang))
  return localCount ? t.layout.footerLocals(localCount) : null
}

export function Footer({ site, lang }: { site: SiteInfo; lang: Lang }) {
  const t = messages(lang)
  const facts = membership(site.memberCount, site.localCount, lang)
  return (
    <footer className={styles.footer} data-print="hide">
      <div className={`container ${styles.grid}`}>
        <div className={styles.about}>
          <p className={styles.name}>{site.name}</p>
          {facts ? <p className={styles.facts}>{facts}</p> : null}
          {site.statesServed.length > 0 ? <p className={styles.note}>{t.layout.footerServing(site.statesServed.join(', '))}</p> : null}
          {site.footerNote ? <p className={styles.note}>{site.footerNote}</p> : null}
        </div>
        {site.offices.length > 0 ? (
          <section aria-labelledby="footer-offices">
            <h2 id="footer-offices" className={styles.heading}>
              {t.layout.footerOffices}
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
            {t.layout.footerExplore}
          </h2>
          <ul className={styles.links}>
            {mainNav(lang).map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
            <li>
              <Link href={localizedPath(lang, '/contact')}>{t.layout.navContact}</Link>
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
            <Link href={localizedPath(lang, '/signin')}>{t.layout.footerMemberSignIn}</Link>
          </li>
          <li>
            {/* A plain link: a full load of the no-store page, never a router-cached copy. */}
            <a href={localizedPath(lang, '/account')}>{t.layout.footerMyAccount}</a>
          </li>
          <li>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the admin is Payload's own app */}
            <a href="/admin">{t.layout.footerStaffSignIn}</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
