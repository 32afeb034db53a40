import type { UIFieldServerComponent } from 'payload'

import { REACH_LABELS, type MediaReach } from '@/lib/media/visibility'

type Row = { collection?: string | null; item?: number | null; title?: string | null; reach?: MediaReach | null }

/** Sidebar of a media document: who can open the file, and the items that decide it (saved state). */
export const UsageSummary: UIFieldServerComponent = ({ data, payload }) => {
  const rows = (Array.isArray(data?.usedBy) ? data.usedBy : []) as Row[]
  const isPublic = data?.visibility === 'public'
  const adminRoute = payload.config.routes.admin
  const label = (slug: string) => {
    const singular = payload.collections[slug as keyof typeof payload.collections]?.config.labels.singular
    return typeof singular === 'string' ? singular : slug
  }
  const why = data?.membersOnly
    ? 'Marked members only by staff.'
    : isPublic
      ? 'A published item shows it to everyone (shared with a members-only item, it still counts as public).'
      : rows.length > 0
        ? 'No published item shows it to everyone.'
        : 'Not used by any item yet.'
  return (
    <div className="field-type" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <p style={{ margin: 0 }}>
        <strong>Visible to: {isPublic ? 'everyone' : 'members only'}</strong>
      </p>
      <p className="field-description">{why}</p>
      <p style={{ margin: 'calc(var(--base) / 2) 0 0' }}>
        <strong>Used by</strong>
      </p>
      {rows.length === 0 ? (
        <p className="field-description">Nothing.</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {rows.map((row) => (
            <li key={`${row.collection}:${row.item}`}>
              {label(String(row.collection))}{' '}
              <a href={`${adminRoute}/collections/${row.collection}/${row.item}`}>“{row.title}”</a> — {row.reach ? REACH_LABELS[row.reach] : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
