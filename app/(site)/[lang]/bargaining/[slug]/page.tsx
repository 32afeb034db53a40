import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NextSessionCard } from '@/components/Bargaining/NextSessionCard'
import { UpdateBody } from '@/components/Bargaining/UpdateBody'
import { UpdatePiece } from '@/components/Bargaining/UpdatePiece.client'
import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { siteLabels } from '@/components/News/EnglishOnlyMark'
import { JsonLd } from '@/components/seo/JsonLd'
import { ArticleLayout } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { Badge } from '@/components/ui/Badge'
import { DateText } from '@/components/ui/DateText'
import { EnglishOnlyNotice } from '@/components/ui/EnglishOnlyNotice'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { formatDayRange, todayIsoDay } from '@/lib/content/format'
import { getBargainingUpdateBySlug } from '@/lib/content/getBargainingUpdateBySlug'
import { getSite } from '@/lib/content/getSite'
import { bargainingStatusLabel } from '@/lib/content/labels'
import type { AuthoredBy, BargainingUpdateDetail } from '@/lib/content/types'
import { localizedPath, toLang, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { bargainingEventJsonLd, nextSessionEvent, type SessionEvent } from '@/lib/seo/jsonLd'
import { pageMetadata, siteContext } from '@/lib/seo/site'

import styles from './update.module.css'

// Static for everyone, built on first visit and refreshed by tag; a member's members-only body is
// the personal piece (UpdatePiece), read per request.
export const revalidate = 300

export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: param, slug } = await params
  const lang = toLang(param)
  const update = await getBargainingUpdateBySlug(slug, lang)
  if (!update) return { title: messages(lang).news.notFound, robots: { index: false } }
  return pageMetadata({
    lang,
    title: update.title,
    description: update.summary,
    path: update.href,
    type: 'article',
    publishedTime: update.publishedAt,
  })
}

/** The session this update reports on, and the next one it announces if that is still ahead. */
function sessionEvents(update: BargainingUpdateDetail, upcoming: BargainingUpdateDetail['nextSession'], lang: Lang): SessionEvent[] {
  const path = localizedPath(lang, update.href)
  const reported: SessionEvent[] = update.sessionStart
    ? [
        {
          name: messages(lang).bargaining.sessionEventName(update.table, update.sessionNumber),
          start: update.sessionStart,
          end: update.sessionEnd,
          location: update.location,
          path,
        },
      ]
    : []
  return upcoming ? [...reported, nextSessionEvent({ ...upcoming, table: update.table, href: path })] : reported
}

/** Why an update not written by the coalition is shared, by who wrote it. */
function fromOthersNote(authoredBy: AuthoredBy, lang: Lang): string | null {
  const t = messages(lang)
  switch (authoredBy) {
    case 'employer':
      return t.bargaining.fromEmployer
    case 'joint':
      return t.bargaining.fromJoint
    case 'partner':
      return t.bargaining.fromPartner
    default:
      return null
  }
}

export default async function BargainingUpdatePage({ params }: Props) {
  const { lang: param, slug } = await params
  const lang = toLang(param)
  const t = messages(lang)
  const [update, site] = await Promise.all([getBargainingUpdateBySlug(slug, lang), getSite(lang)])
  if (!update) notFound()
  const fromOthers = fromOthersNote(update.authoredBy, lang)
  // An old update's "next session" is history: only show one that is still ahead.
  const upcoming = update.nextSession && update.nextSession.start.slice(0, 10) >= todayIsoDay() ? update.nextSession : null

  const events = sessionEvents(update, upcoming, lang)
  const context = siteContext()
  const labelsLang = siteLabels(lang, update.englishOnly)
  const kicker = update.sessionNumber ? `${update.table} · ${t.bargaining.session(update.sessionNumber)}` : update.table

  return (
    <article className="container">
      {events.length > 0 ? <JsonLd data={events.map((event) => bargainingEventJsonLd(event, site, context))} /> : null}
      <BackLink href={localizedPath(lang, '/bargaining')}>{t.bargaining.title}</BackLink>
      <EnglishOnlyNotice lang={lang} englishOnly={update.englishOnly}>
        <PageHeader title={update.title} lead={update.summary} kicker={kicker} labelsLang={labelsLang}>
          <div className={styles.meta}>
            <Badge tone="brand">{bargainingStatusLabel(update.status, lang)}</Badge>
            {update.membersOnly ? <MembersOnlyBadge lang={lang} /> : null}
            {update.sessionStart ? (
              <span>
                <span className={styles.label}>{t.bargaining.sessionLabel}</span>{' '}
                <time dateTime={update.sessionStart.slice(0, 10)}>{formatDayRange(update.sessionStart, update.sessionEnd, lang)}</time>
                {update.location ? ` · ${update.location}` : ''}
              </span>
            ) : null}
            {update.publishedAt ? (
              <span>
                <span className={styles.label}>{t.bargaining.postedLabel}</span> <DateText iso={update.publishedAt} lang={lang} />
              </span>
            ) : null}
          </div>
        </PageHeader>
        {fromOthers ? (
          <p className={styles.source} role="note" lang={labelsLang}>
            {fromOthers}
          </p>
        ) : null}
        <ArticleLayout
          asideLang={labelsLang}
          aside={upcoming ? <NextSessionCard session={{ ...upcoming, table: update.table, href: update.href }} lang={lang} linkToUpdate={false} /> : null}
        >
          {update.locked ? (
            <UpdatePiece slug={update.slug} notice={<MembersOnlyNotice lang={lang} path={localizedPath(lang, update.href)} />} lang={lang} />
          ) : (
            <UpdateBody update={update} lang={lang} />
          )}
        </ArticleLayout>
      </EnglishOnlyNotice>
    </article>
  )
}
