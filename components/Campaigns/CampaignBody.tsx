import { ArticleSection } from '@/components/ui/Article'
import { DownloadList } from '@/components/ui/DownloadList'
import { RichText } from '@/components/ui/RichText'
import type { CampaignDetail } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './CampaignBody.module.css'

/** What a members-only campaign withholds from visitors: its demands, its story and its toolkit. */
export function CampaignBody({ campaign, lang }: { campaign: CampaignDetail; lang: Lang }) {
  const t = messages(lang)
  return (
    <>
      {campaign.demands.length > 0 ? (
        <ArticleSection id="demands" title={t.campaigns.demandsHeading}>
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
        <ArticleSection id="story" title={t.campaigns.storyHeading}>
          <RichText data={campaign.body} lang={lang} />
        </ArticleSection>
      ) : null}
      {campaign.toolkit.length > 0 ? (
        <ArticleSection id="toolkit" title={t.campaigns.toolkitHeading}>
          <p>{t.campaigns.toolkitIntro}</p>
          <DownloadList items={campaign.toolkit} lang={lang} />
        </ArticleSection>
      ) : null}
    </>
  )
}
