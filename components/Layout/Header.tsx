import Link from 'next/link'

import type { Region, SiteInfo } from '@/lib/content/types'

import { AccountLinks } from './AccountLinks.client'
import styles from './Header.module.css'
import { NavLinks } from './NavLinks.client'
import { RegionPicker } from './RegionPicker'
import { SearchForm } from './SearchForm'

/**
 * Site header; the same for every visitor so pages stay cacheable (the saved region and a member's
 * name are filled in client-side).
 */
export function Header({ site, regions }: { site: SiteInfo; regions: Region[] }) {
  return (
    <header className={styles.header}>
      <div className={styles.brandArea}>
        <Link href="/" className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          <span className={styles.name}>{site.name}</span>
          <span className="visually-hidden">, home</span>
        </Link>
      </div>
      <div className={styles.bar} data-print="hide">
        <nav className={styles.nav} aria-label="Main">
          <NavLinks />
        </nav>
        <AccountLinks />
      </div>
      <div className={styles.tools} data-print="hide">
        <RegionPicker regions={regions} />
        <SearchForm id="site-search" label="Search" tone="dark" />
      </div>
    </header>
  )
}
