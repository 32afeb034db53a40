import type { ReactNode } from 'react'

import './dashboard.css'

/**
 * The frame of every dashboard widget: a heading with its count, the content, and a link to the full
 * view. `card` is Payload's own widget background (its dashboard docs ask for it).
 */
export function WidgetCard({ id, title, count, link, children }: { id: string; title: string; count?: number; link?: { href: string; label: string }; children: ReactNode }) {
  return (
    <section className="card portal-widget" aria-labelledby={`${id}-title`} data-widget={id}>
      <header className="portal-widget__header">
        <h2 id={`${id}-title`} className="portal-widget__title">
          {title}
          {count !== undefined ? <span className="portal-widget__count">{count}</span> : null}
        </h2>
        {link ? (
          <a className="portal-widget__all" href={link.href}>
            {link.label}
          </a>
        ) : null}
      </header>
      {children}
    </section>
  )
}

/** What a widget shows when its data could not be read: the dashboard keeps working around it. */
export function WidgetError({ id, title }: { id: string; title: string }) {
  return (
    <WidgetCard id={id} title={title}>
      <p className="portal-widget__empty" role="status">
        This panel could not be loaded. Reload the page to try again.
      </p>
    </WidgetCard>
  )
}
