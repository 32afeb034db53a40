'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { pagePath, type Lang } from '@/lib/i18n/languages'

import styles from './Header.module.css'
import { mainNav } from './navigation'

/** Client-side only to mark the current section; the links work the same without JavaScript. */
export function NavLinks({ lang }: { lang: Lang }) {
  // Without the language prefix: a prerender sees /en/news where the browser shows /news.
  const pathname = pagePath(usePathname() ?? '')
  return (
    <ul className={styles.navList}>
      {mainNav(lang).map((item) => {
        const current = pathname === item.path || pathname.startsWith(`${item.path}/`)
        return (
          <li key={item.href}>
            <Link href={item.href} className={styles.navLink} aria-current={current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
