import { ArticleSection } from '@/components/ui/Article'
import { DownloadList } from '@/components/ui/DownloadList'
import { RichText } from '@/components/ui/RichText'
import type { CampaignDetail } from '@/lib/content/types'

import styles from './CampaignBody.module.css'

/** What a members-only campaign withholds from visitors: its demands, its story and its toolkit. */
export function CampaignBody({ campaign }: { campaign: CampaignDetail }) {
  return (
    <>
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
      {campaign.toolkit.length > 0 ? (
        <ArticleSection id="toolkit" title="Toolkit">
          <p>Flyers, letters and backgrounds to print or share.</p>
          <DownloadList items={campaign.toolkit} />
        </ArticleSection>
      ) : null}
    </>
  )
}
