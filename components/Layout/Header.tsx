import Link from 'next/link'

import { getRegions } from '@/lib/content/getRegions'
import { getSite } from '@/lib/content/getSite'

import styles from './Header.module.css'
import { NavLinks } from './NavLinks.client'
import { RegionPicker } from './RegionPicker'
import { SearchForm } from './SearchForm'

/** Site header; the same for every visitor so pages stay cacheable (the saved region is filled in client-side). */
export async function Header() {
  const [site, regions] = await Promise.all([getSite(), getRegions()])
  return (
    <header className={styles.header}>
      <div className={styles.brandArea}>
        <Link href="/" className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          <span className={styles.name}>{site.name}</span>
          <span className="visually-hidden">, home</span>
        </Link>
      </div>
      <nav className={styles.nav} aria-label="Main" data-print="hide">
        <NavLinks />
      </nav>
      <div className={styles.tools} data-print="hide">
        <RegionPicker regions={regions} />
        <SearchForm id="site-search" label="Search" tone="dark" />
      </div>
    </header>
  )
}
