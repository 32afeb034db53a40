'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { MAIN_NAV } from './navigation'
import styles from './Header.module.css'

/** Client-side only to mark the current section; the links work the same without JavaScript. */
export function NavLinks() {
  const pathname = usePathname() ?? ''
  return (
    <ul className={styles.navList}>
      {MAIN_NAV.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`)
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
