import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { asStaff } from '@/lib/auth/viewer'
import { getReviewQueue } from '@/lib/review/getReviewQueue'
import { DECIDERS } from '@/lib/review/states'

import { ReviewActions } from './ReviewActions'

const COLLECTION_LABELS: Record<string, string> = {
  announcements: 'Announcement',
  'bargaining-updates': 'Bargaining update',
  campaigns: 'Campaign',
  leadership: 'Leadership',
  pages: 'Page',
}

const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Los_Angeles' })
const when = (iso: string | null) => (iso ? `${format.format(new Date(iso))} PT` : '—')

/** /admin/review: every item waiting for review, with Approve, Request changes and Reject for deciders. */
export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const staff = asStaff(req.user)
  const template = { i18n: req.i18n, locale, params, payload: req.payload, permissions, searchParams, user: req.user ?? undefined, visibleEntities }
  if (!staff) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>Review queue</h1>
          <p>Sign in as staff to see the review queue.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const entries = await getReviewQueue(req.payload, staff)
  const decides = (DECIDERS as readonly string[]).includes(staff.role)
  const admin = req.payload.config.routes.admin
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1>Review queue</h1>
        <p>
          {decides
            ? 'Items regional staff submitted. Approve publishes now, or at the requested time; Request changes e-mails the author your note.'
            : 'Your regions’ items waiting for communications staff to review them.'}
        </p>
        {entries.length === 0 ? (
          <p className="review-queue__empty">Nothing is waiting for review.</p>
        ) : (
          <table className="review-queue table" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Collection</th>
                <th scope="col">Regions</th>
                <th scope="col">Author</th>
                <th scope="col">Requested time</th>
                <th scope="col">Submitted</th>
                {decides ? <th scope="col">Decision</th> : null}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={`${entry.collection}-${entry.id}`} data-review-item={`${entry.collection}/${entry.id}`}>
                  <td>
                    <a href={`${admin}/collections/${entry.collection}/${entry.id}`}>{entry.title}</a>
                  </td>
                  <td>{COLLECTION_LABELS[entry.collection] ?? entry.collection}</td>
                  <td>{entry.regions.join(', ') || 'Coalition-wide'}</td>
                  <td>{entry.author ?? '—'}</td>
                  <td>{entry.requestedAt ? when(entry.requestedAt) : 'When approved'}</td>
                  <td>{when(entry.submittedAt)}</td>
                  {decides ? (
                    <td>
                      <ReviewActions collection={entry.collection} id={entry.id} title={entry.title} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
