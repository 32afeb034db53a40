'use client'

import { useEffect, useRef } from 'react'

import { regionFromCookieHeader } from '@/lib/regions/regionCookie'

import styles from './Header.module.css'

type Props = { id: string; regions: Array<{ code: string; name: string }>; allLabel: string }

/**
 * The header is static (cached for everyone), so the visitor's saved region is filled in here,
 * from the cookie, after load. Without JavaScript the picker still works; it just starts at "All".
 */
export function RegionSelect({ id, regions, allLabel }: Props) {
  const ref = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    const saved = regionFromCookieHeader(document.cookie)
    if (ref.current && saved && regions.some((region) => region.code === saved)) ref.current.value = saved
  }, [regions])
  return (
    <select ref={ref} id={id} name="region" className={styles.select} defaultValue="">
      <option value="">{allLabel}</option>
      {regions.map((region) => (
        <option key={region.code} value={region.code}>
          {region.name}
        </option>
      ))}
    </select>
  )
}
