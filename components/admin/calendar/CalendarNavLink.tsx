'use client'

import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

/** "Calendar" in the admin's side nav, styled like Payload's own links. */
export function CalendarNavLink() {
  const { config } = useConfig()
  const href = `${config.routes.admin}/calendar`
  const current = usePathname()?.startsWith(href) ?? false
  return (
    <Link className="nav__link" href={href} id="nav-calendar" aria-current={current ? 'page' : undefined} prefetch={false}>
      {current && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Calendar</span>
    </Link>
  )
}
