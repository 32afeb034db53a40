import { KeyIssues } from '@/components/Bargaining/KeyIssues'
import { ArticleSection } from '@/components/ui/Article'
import { DownloadList } from '@/components/ui/DownloadList'
import { RichText } from '@/components/ui/RichText'
import type { BargainingUpdateDetail } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/** The body of a bargaining update: what a members-only update withholds from visitors. */
export function UpdateBody({ update, lang }: { update: BargainingUpdateDetail; lang: Lang }) {
  const t = messages(lang)
  return (
    <>
      {update.body ? <RichText data={update.body} lang={lang} /> : null}
      {update.keyIssues.length > 0 ? (
        <ArticleSection id="key-issues" title={t.bargaining.keyIssues}>
          <KeyIssues issues={update.keyIssues} />
        </ArticleSection>
      ) : null}
      {update.attachments.length > 0 ? (
        <ArticleSection id="documents" title={t.bargaining.documentsHeading}>
          <DownloadList items={update.attachments} lang={lang} />
        </ArticleSection>
      ) : null}
    </>
  )
}
