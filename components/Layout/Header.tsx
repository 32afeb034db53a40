import Link from 'next/link'

import type { Region, SiteInfo } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { AccountLinks } from './AccountLinks.client'
import styles from './Header.module.css'
import { LanguageSwitch } from './LanguageSwitch.client'
import { NavLinks } from './NavLinks.client'
import { RegionPicker } from './RegionPicker'
import { SearchForm } from './SearchForm'

/**
 * Site header; the same for every visitor so pages stay cacheable (the saved region and a member's
 * name are filled in client-side).
 */
export function Header({ site, regions, lang }: { site: SiteInfo; regions: Region[]; lang: Lang }) {
  const t = messages(lang)
  return (
    <header className={styles.header}>
      <div className={styles.brandArea}>
        <Link href={localizedPath(lang, '/')} className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          <span className={styles.name}>{site.name}</span>
          <span className="visually-hidden">{t.layout.homeSuffix}</span>
        </Link>
      </div>
      <div className={styles.bar} data-print="hide">
        <nav className={styles.nav} aria-label={t.layout.mainNavLabel}>
          <NavLinks lang={lang} />
        </nav>
        <LanguageSwitch lang={lang} />
        <AccountLinks lang={lang} />
      </div>
      <div className={styles.tools} data-print="hide">
        <RegionPicker regions={regions} lang={lang} />
        <SearchForm id="site-search" lang={lang} label={t.layout.searchLabel} tone="dark" />
      </div>
    </header>
  )
}
