import { KeyIssues } from '@/components/Bargaining/KeyIssues'
import { ArticleSection } from '@/components/ui/Article'
import { DownloadList } from '@/components/ui/DownloadList'
import { RichText } from '@/components/ui/RichText'
import type { BargainingUpdateDetail } from '@/lib/content/types'

/** The body of a bargaining update: what a members-only update withholds from visitors. */
export function UpdateBody({ update }: { update: BargainingUpdateDetail }) {
  return (
    <>
      {update.body ? <RichText data={update.body} /> : null}
      {update.keyIssues.length > 0 ? (
        <ArticleSection id="key-issues" title="Key issues">
          <KeyIssues issues={update.keyIssues} />
        </ArticleSection>
      ) : null}
      {update.attachments.length > 0 ? (
        <ArticleSection id="documents" title="Documents and links">
          <DownloadList items={update.attachments} />
        </ArticleSection>
      ) : null}
    </>
  )
}
