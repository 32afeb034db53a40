import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { CampaignBody } from '@/components/Campaigns/CampaignBody'
import { CampaignPiece, PetitionPiece } from '@/components/Campaigns/CampaignPiece.client'
import { campaignStatusTone } from '@/components/Campaigns/status'
import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { SignForm } from '@/components/Petitions/SignForm'
import { StoryList } from '@/components/Stories/StoryList'
import { ArticleLayout, ArticleSection, AsideBox, HeroFigure } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { Badge, BadgeList } from '@/components/ui/Badge'
import { ButtonLink } from '@/components/ui/Button'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { ProgressMeter } from '@/components/ui/ProgressMeter'
import { formatDay } from '@/lib/content/format'
import { getCampaignBySlug } from '@/lib/content/getCampaignBySlug'
import { campaignStatusLabel } from '@/lib/content/labels'
import { isExternal, newStoryHref } from '@/lib/content/links'
import { getMemberFormOptions } from '@/lib/content/getMemberFormOptions'
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

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const campaign = await getCampaignBySlug((await params).slug)
  if (!campaign) return { title: 'Not found', robots: { index: false } }
  return pageMetadata({
    title: campaign.title,
    description: campaign.summary,
    path: campaign.href,
    image: campaign.image,
  })
}

export default async function CampaignPage({ params }: Props) {
  const campaign = await getCampaignBySlug((await params).slug)
  if (!campaign) notFound()
  const open = campaign.status === 'active' || campaign.status === 'upcoming'
  // The signature count (and a "signatures" goal's progress) comes from the database through the cached
  // reader; signing expires its tags, at most once per few seconds. A members-only petition is signed
  // by members only: its form is part of the member's personal piece.
  const [formOptions, stories] = await Promise.all([campaign.collectsSignatures ? getMemberFormOptions() : null, getApprovedStories(campaign.id)])
  const asksForStories = open && campaign.cta?.kind === 'share-story'

  const actionBox = (
    <section className={styles.action} aria-labelledby="take-action" id="action">
      <h2 id="take-action" className={styles.actionTitle}>
        {campaign.cta && !campaign.cta.href ? campaign.cta.label : open ? 'Take action' : campaign.status === 'won' ? 'We won' : 'Campaign closed'}
      </h2>
      {campaign.goal ? <ProgressMeter goal={campaign.goal} /> : null}
      {campaign.goal?.result ? (
        <p className={styles.result}>
          <strong>Result: </strong>
          {campaign.goal.result}
        </p>
      ) : null}
      {formOptions && !campaign.locked ? (
        <SignForm campaignSlug={campaign.slug} initialCount={campaign.signatureCount ?? 0} regions={formOptions.regions} locals={formOptions.locals} />
      ) : null}
      {formOptions && campaign.locked ? (
        <PetitionPiece
          slug={campaign.slug}
          regions={formOptions.regions}
          locals={formOptions.locals}
          notice={
            <p>
              Members sign this petition. <Link href={signInHref(campaign.href)}>Sign in</Link> to add your name.
            </p>
          }
        />
      ) : null}
      {campaign.cta?.href ? (
        <ButtonLink
          href={campaign.cta.href}
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
      <BackLink href="/campaigns">All campaigns</BackLink>
      <PageHeader title={campaign.title} lead={campaign.summary} kicker="Campaign">
        <div className={styles.meta}>
          <Badge tone={campaignStatusTone[campaign.status]}>{campaignStatusLabel(campaign.status)}</Badge>
          {campaign.membersOnly ? <MembersOnlyBadge /> : null}
          <BadgeList
            label="Regions"
            tone="brand"
            items={
              campaign.regions.length > 0
                ? campaign.regions.map((region) => ({ key: region.code, text: region.name }))
                : [{ key: 'all', text: 'Coalition-wide' }]
            }
          />
          <BadgeList label="Local unions" items={campaign.locals.map((local) => ({ key: String(local.id), text: local.shortName }))} />
        </div>
      </PageHeader>
      <ArticleLayout
        asideFirst
        aside={
          <>
            {campaign.goal || campaign.cta ? actionBox : null}
            {campaign.keyDates.length > 0 ? (
              <AsideBox id="key-dates" title="Key dates">
                <ol className={styles.dates}>
                  {campaign.keyDates.map((row) => (
                    <li key={`${row.date}-${row.label}`}>
                      <time dateTime={row.date.slice(0, 10)} className={styles.date}>
                        {formatDay(row.date)}
                      </time>
                      <span>{row.label}</span>
                    </li>
                  ))}
                </ol>
              </AsideBox>
            ) : null}
            {campaign.hashtags.length > 0 ? (
              <AsideBox id="hashtags" title="Share it">
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
        {campaign.image ? <HeroFigure picture={campaign.image} /> : null}
        {campaign.locked ? <CampaignPiece slug={campaign.slug} notice={<MembersOnlyNotice path={campaign.href} what="campaign" />} /> : <CampaignBody campaign={campaign} />}
        {stories.length > 0 || asksForStories ? (
          <ArticleSection id="member-stories" title="Members’ stories">
            {stories.length > 0 ? <StoryList stories={stories} headingLevel={3} /> : <p>No stories published for this campaign yet.</p>}
            {open ? (
              <p>
                <Link href={newStoryHref(campaign.id)}>Share your story</Link> — our team reads every story before it is published.
              </p>
            ) : null}
          </ArticleSection>
        ) : null}
      </ArticleLayout>
    </article>
  )
}
