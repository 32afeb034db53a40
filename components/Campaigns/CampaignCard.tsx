import Link from 'next/link'

import { Badge } from '@/components/ui/Badge'
import { MediaImage } from '@/components/ui/MediaImage'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { ProgressMeter } from '@/components/ui/ProgressMeter'
import { formatCount } from '@/lib/content/format'
import { campaignStatusLabel } from '@/lib/content/labels'
import type { CampaignCard as Card } from '@/lib/content/types'

import styles from './CampaignCard.module.css'
import { campaignStatusTone } from './status'

const signedLabel = (count: number) => (count === 0 ? 'Be the first to sign' : `${formatCount(count)} signed`)

export function CampaignCard({ campaign, headingLevel = 3 }: { campaign: Card; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className={styles.card}>
      <div className={styles.media}>
        {campaign.image ? (
          <MediaImage picture={campaign.image} variant="card" sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw" decorative />
        ) : (
          <div className={styles.placeholder} aria-hidden="true" />
        )}
      </div>
      <div className={styles.body}>
        <p className={styles.status}>
          <Badge tone={campaignStatusTone[campaign.status]}>{campaignStatusLabel(campaign.status)}</Badge>
          {campaign.membersOnly ? <> <MembersOnlyBadge /></> : null}
        </p>
        <Heading className={styles.title}>
          <Link href={campaign.href} className={styles.link}>
            {campaign.title}
          </Link>
        </Heading>
        {campaign.summary ? <p className={styles.summary}>{campaign.summary}</p> : null}
        {campaign.goal ? (
          <div className={styles.goal}>
            <ProgressMeter goal={campaign.goal} />
          </div>
        ) : campaign.signatureCount !== null ? (
          // A petition without a target still shows how many have signed.
          <p className={styles.goal}>{signedLabel(campaign.signatureCount)}</p>
        ) : null}
      </div>
    </article>
  )
}

export function CampaignGrid({ campaigns, headingLevel }: { campaigns: Card[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className={styles.grid}>
      {campaigns.map((campaign) => (
        <li key={campaign.slug}>
          <CampaignCard campaign={campaign} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
