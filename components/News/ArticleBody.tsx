import { PayoutTable } from '@/components/News/PayoutTable'
import { ArticleSection } from '@/components/ui/Article'
import { DownloadList } from '@/components/ui/DownloadList'
import { RichText } from '@/components/ui/RichText'
import type { Article } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/** What a members-only article withholds from visitors: its body, payouts and documents. */
export function ArticleBody({ article, lang }: { article: Article; lang: Lang }) {
  const t = messages(lang)
  return (
    <>
      {article.body ? <RichText data={article.body} lang={lang} /> : null}
      {article.payouts.length > 0 ? (
        <ArticleSection id="payouts" title={t.news.payoutsHeading}>
          <PayoutTable payouts={article.payouts} lang={lang} />
        </ArticleSection>
      ) : null}
      {article.attachments.length > 0 ? (
        <ArticleSection id="documents" title={t.news.documentsHeading}>
          <DownloadList items={article.attachments} lang={lang} />
        </ArticleSection>
      ) : null}
    </>
  )
}
