import { PayoutTable } from '@/components/News/PayoutTable'
import { ArticleSection } from '@/components/ui/Article'
import { DownloadList } from '@/components/ui/DownloadList'
import { RichText } from '@/components/ui/RichText'
import type { Article } from '@/lib/content/types'

/** What a members-only article withholds from visitors: its body, payouts and documents. */
export function ArticleBody({ article }: { article: Article }) {
  return (
    <>
      {article.body ? <RichText data={article.body} /> : null}
      {article.payouts.length > 0 ? (
        <ArticleSection id="payouts" title="Who gets what">
          <PayoutTable payouts={article.payouts} />
        </ArticleSection>
      ) : null}
      {article.attachments.length > 0 ? (
        <ArticleSection id="documents" title="Documents and links">
          <DownloadList items={article.attachments} />
        </ArticleSection>
      ) : null}
    </>
  )
}
