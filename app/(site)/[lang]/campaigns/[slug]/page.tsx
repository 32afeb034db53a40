import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { CampaignBody } from '@/components/Campaigns/CampaignBody'
import { CampaignPiece, PetitionPiece } from '@/components/Campaigns/CampaignPiece.client'
import { campaignStatusTone } from '@/components/Campaigns/status'
import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { siteLabels } from '@/components/News/EnglishOnlyMark'
import { SignForm } from '@/components/Petitions/SignForm'
import { StoryList } from '@/components/Stories/StoryList'
import { ArticleLayout, ArticleSection, AsideBox, HeroFigure } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { Badge, BadgeList } from '@/components/ui/Badge'
import { ButtonLink } from '@/components/ui/Button'
import { EnglishOnlyNotice } from '@/components/ui/EnglishOnlyNotice'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { ProgressMeter } from '@/components/ui/ProgressMeter'
import { actionHref } from '@/lib/content/campaigns'
import { formatDay } from '@/lib/content/format'
import { getCampaignBySlug } from '@/lib/content/getCampaignBySlug'
import { campaignStatusLabel } from '@/lib/content/labels'
import { isExternal, newStoryHref } from '@/lib/content/links'
import { getMemberFormOptions } from '@/lib/content/getMemberFormOptions'
import { localizedPath, toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { signInHref } from '@/lib/members/nextPath'
import { getApprovedStories } from '@/lib/content/getApprovedStories'
import { pageMetadata } from '@/lib/seo/site'

import styles from './campaign.module.css'

// Static for everyone, built on first visit and refreshed by tag; a member's members-only body (and a
// members-only petition's form) is the personal piece, read per request.
export const revalidate = 300

export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: param, slug } = await params
  const lang = toLang(param)
  const campaign = await getCampaignBySlug(slug, lang)
  if (!campaign) return { title: messages(lang).news.notFound, robots: { index: false } }
  return pageMetadata({
    lang,
    title: campaign.title,
    description: campaign.summary,
    path: campaign.href,
    image: campaign.image,
  })
}

export default async function CampaignPage({ params }: Props) {
  const { lang: param, slug } = await params
  const lang = toLang(param)
  const t = messages(lang)
  const campaign = await getCampaignBySlug(slug, lang)
  if (!campaign) notFound()
  const open = campaign.status === 'active' || campaign.status === 'upcoming'
  const path = localizedPath(lang, campaign.href)
  // The signature count (and a "signatures" goal's progress) comes from the database through the cached
  // reader; signing expires its tags, at most once per few seconds. A members-only petition is signed
  // by members only: its form is part of the member's personal piece.
  const [formOptions, stories] = await Promise.all([campaign.collectsSignatures ? getMemberFormOptions(lang) : null, getApprovedStories(lang, campaign.id)])
  const asksForStories = open && campaign.cta?.kind === 'share-story'
  const labelsLang = siteLabels(lang, campaign.englishOnly)

  const actionBox = (
    <section className={styles.action} aria-labelledby="take-action" id="action">
      <h2 id="take-action" className={styles.actionTitle}>
        {campaign.cta && !campaign.cta.href ? campaign.cta.label : open ? t.campaigns.takeAction : campaign.status === 'won' ? t.campaigns.weWon : t.campaigns.closed}
      </h2>
      {campaign.goal ? <ProgressMeter goal={campaign.goal} lang={lang} /> : null}
      {campaign.goal?.result ? (
        <p className={styles.result}>
          <strong>{t.campaigns.resultLabel}</strong>
          {campaign.goal.result}
        </p>
      ) : null}
      {formOptions && !campaign.locked ? (
        <SignForm campaignSlug={campaign.slug} initialCount={campaign.signatureCount ?? 0} regions={formOptions.regions} locals={formOptions.locals} lang={lang} />
      ) : null}
      {formOptions && campaign.locked ? (
        <PetitionPiece
          slug={campaign.slug}
          regions={formOptions.regions}
          locals={formOptions.locals}
          lang={lang}
          notice={
            <p>
              {t.campaigns.membersSign} <Link href={localizedPath(lang, signInHref(path))}>{t.campaigns.signIn}</Link> {t.campaigns.signInToAdd}
            </p>
          }
        />
      ) : null}
      {campaign.cta?.href ? (
        <ButtonLink
          href={actionHref(campaign.cta.href, lang)}
          variant={open ? 'accent' : 'secondary'}
          large
          external={isExternal(campaign.cta.href)}
          download={campaign.cta.download}
        >
          {campaign.cta.label}
        </ButtonLink>
      ) : null}
    </section>
  )

  return (
    <article className="container">
      <BackLink href={localizedPath(lang, '/campaigns')}>{t.campaigns.allCampaigns}</BackLink>
      <EnglishOnlyNotice lang={lang} englishOnly={campaign.englishOnly}>
        <PageHeader title={campaign.title} lead={campaign.summary} kicker={t.campaigns.kicker} labelsLang={labelsLang}>
          <div className={styles.meta}>
            <Badge tone={campaignStatusTone[campaign.status]}>{campaignStatusLabel(campaign.status, lang)}</Badge>
            {campaign.membersOnly ? <MembersOnlyBadge lang={lang} /> : null}
            <BadgeList
              label={t.campaigns.regionsLabel}
              tone="brand"
              items={
                campaign.regions.length > 0
                  ? campaign.regions.map((region) => ({ key: region.code, text: region.name }))
                  : [{ key: 'all', text: t.campaigns.coalitionWide }]
              }
            />
            <BadgeList label={t.campaigns.localsLabel} items={campaign.locals.map((local) => ({ key: String(local.id), text: local.shortName }))} />
          </div>
        </PageHeader>
        <ArticleLayout
          asideFirst
          asideLang={labelsLang}
          aside={
            <>
              {campaign.goal || campaign.cta ? actionBox : null}
              {campaign.keyDates.length > 0 ? (
                <AsideBox id="key-dates" title={t.campaigns.keyDates}>
                  <ol className={styles.dates}>
                    {campaign.keyDates.map((row) => (
                      <li key={`${row.date}-${row.label}`}>
                        <time dateTime={row.date.slice(0, 10)} className={styles.date}>
                          {formatDay(row.date, lang)}
                        </time>
                        <span>{row.label}</span>
                      </li>
                    ))}
                  </ol>
                </AsideBox>
              ) : null}
              {campaign.hashtags.length > 0 ? (
                <AsideBox id="hashtags" title={t.campaigns.shareIt}>
                  <ul className={styles.hashtags}>
                    {campaign.hashtags.map((tag) => (
                      <li key={tag}>#{tag}</li>
                    ))}
                  </ul>
                </AsideBox>
              ) : null}
            </>
          }
        >
          {campaign.image ? <HeroFigure picture={campaign.image} lang={lang} /> : null}
          {campaign.locked ? (
            <CampaignPiece slug={campaign.slug} notice={<MembersOnlyNotice lang={lang} path={path} what="campaign" />} lang={lang} />
          ) : (
            <CampaignBody campaign={campaign} lang={lang} />
          )}
          {stories.length > 0 || asksForStories ? (
            <ArticleSection id="member-stories" title={t.campaigns.storiesHeading}>
              {stories.length > 0 ? <StoryList stories={stories} lang={lang} headingLevel={3} /> : <p>{t.campaigns.noStories}</p>}
              {open ? (
                <p>
                  <Link href={localizedPath(lang, newStoryHref(campaign.id))}>{t.campaigns.shareStory}</Link>
                  {t.campaigns.shareStoryAfter}
                </p>
              ) : null}
            </ArticleSection>
          ) : null}
        </ArticleLayout>
      </EnglishOnlyNotice>
    </article>
  )
}
