import Link from 'next/link'

import { EnglishOnlyMark, englishText } from '@/components/News/EnglishOnlyMark'
import { Badge } from '@/components/ui/Badge'
import { MediaImage } from '@/components/ui/MediaImage'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { ProgressMeter } from '@/components/ui/ProgressMeter'
import { formatCount } from '@/lib/content/format'
import { campaignStatusLabel } from '@/lib/content/labels'
import type { CampaignCard as Card } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './CampaignCard.module.css'
import { campaignStatusTone } from './status'

function signedLabel(count: number, lang: Lang): string {
  const t = messages(lang)
  return count === 0 ? t.campaigns.firstToSign : t.campaigns.signedCount(count, formatCount(count, lang))
}

export function CampaignCard({ campaign, lang, headingLevel = 3 }: { campaign: Card; lang: Lang; headingLevel?: 2 | 3 }) {
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
          <Badge tone={campaignStatusTone[campaign.status]}>{campaignStatusLabel(campaign.status, lang)}</Badge>
          {campaign.membersOnly ? <> <MembersOnlyBadge lang={lang} /></> : null}
          <EnglishOnlyMark lang={lang} englishOnly={campaign.englishOnly} />
        </p>
        <Heading className={styles.title} lang={englishText(campaign.englishOnly)}>
          <Link href={localizedPath(lang, campaign.href)} className={styles.link}>
            {campaign.title}
          </Link>
        </Heading>
        {campaign.summary ? (
          <p className={styles.summary} lang={englishText(campaign.englishOnly)}>
            {campaign.summary}
          </p>
        ) : null}
        {campaign.goal ? (
          <div className={styles.goal}>
            <ProgressMeter goal={campaign.goal} lang={lang} />
          </div>
        ) : campaign.signatureCount !== null ? (
          // A petition without a target still shows how many have signed.
          <p className={styles.goal}>{signedLabel(campaign.signatureCount, lang)}</p>
        ) : null}
      </div>
    </article>
  )
}

export function CampaignGrid({ campaigns, lang, headingLevel }: { campaigns: Card[]; lang: Lang; headingLevel?: 2 | 3 }) {
  return (
    <ul className={styles.grid}>
      {campaigns.map((campaign) => (
        <li key={campaign.slug}>
          <CampaignCard campaign={campaign} lang={lang} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
