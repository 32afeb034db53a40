import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { campaignStatusTone } from '@/components/Campaigns/status'
import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { SignForm } from '@/components/Petitions/SignForm'
import { StoryList } from '@/components/Stories/StoryList'
import { ArticleLayout, ArticleSection, AsideBox, HeroFigure } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { Badge, BadgeList } from '@/components/ui/Badge'
import { ButtonLink } from '@/components/ui/Button'
import { DownloadList } from '@/components/ui/DownloadList'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { ProgressMeter } from '@/components/ui/ProgressMeter'
import { RichText } from '@/components/ui/RichText'
import { formatDay } from '@/lib/content/format'
import { campaignStatusLabel } from '@/lib/content/labels'
import { isExternal, newStoryHref } from '@/lib/content/links'
import type { CampaignDetail } from '@/lib/content/types'
import { getMemberFormOptions } from '@/lib/members/getMemberFormOptions'
import { getApprovedStories } from '@/lib/stories/getApprovedStories'
import { pageMetadata } from '@/lib/seo/site'

import styles from './CampaignPage.module.css'

type Props = { params: Promise<{ slug: string }> }
type Load = (slug: string) => Promise<CampaignDetail | null>

/** /campaigns/[slug] for everyone (static) and for signed-in viewers (/signed-in/campaigns/[slug]); only the reader differs. */
export const campaignMetadata =
  (load: Load) =>
  async ({ params }: Props): Promise<Metadata> => {
    const campaign = await load((await params).slug)
    if (!campaign) return { title: 'Not found', robots: { index: false } }
    return pageMetadata({
      title: campaign.title,
      description: campaign.summary,
      path: campaign.href,
      image: campaign.image,
    })
  }

export const campaignPage = (load: Load) =>
  async function CampaignPage({ params }: Props) {
    const campaign = await load((await params).slug)
    if (!campaign) notFound()
    const open = campaign.status === 'active' || campaign.status === 'upcoming'
    // The signature count (and a "signatures" goal's progress) comes from the database through the cached
    // reader; signing expires its tags, at most once per few seconds. A members-only petition is signed
    // by members only: visitors get the sign-in prompt instead.
    const signing = campaign.collectsSignatures && !campaign.locked
    const [formOptions, stories] = await Promise.all([signing ? getMemberFormOptions() : null, getApprovedStories(campaign.id)])
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
        {signing && formOptions ? (
          <SignForm campaignSlug={campaign.slug} initialCount={campaign.signatureCount ?? 0} regions={formOptions.regions} locals={formOptions.locals} />
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
          {campaign.locked ? <MembersOnlyNotice path={campaign.href} what="campaign" /> : null}
          {campaign.demands.length > 0 ? (
            <ArticleSection id="demands" title="What we are asking for">
              <ol className={styles.demands}>
                {campaign.demands.map((row) => (
                  <li key={row.demand}>
                    <strong>{row.demand}</strong>
                    {row.detail ? <span>{row.detail}</span> : null}
                  </li>
                ))}
              </ol>
            </ArticleSection>
          ) : null}
          {campaign.body ? (
            <ArticleSection id="story" title="The story">
              <RichText data={campaign.body} />
            </ArticleSection>
          ) : null}
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
          {campaign.toolkit.length > 0 ? (
            <ArticleSection id="toolkit" title="Toolkit">
              <p>Flyers, letters and backgrounds to print or share.</p>
              <DownloadList items={campaign.toolkit} />
            </ArticleSection>
          ) : null}
        </ArticleLayout>
      </article>
    )
  }
