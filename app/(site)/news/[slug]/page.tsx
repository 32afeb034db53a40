import { articleMetadata, articlePage } from '@/components/News/ArticlePage'
import { getAnnouncementOrDraft } from '@/lib/content/getAnnouncementBySlug'

export const revalidate = 300

// Built on first visit, then served from the cache until revalidated. Signed-in visitors are
// rewritten to /signed-in/news/[slug] (next.config.ts), so this cached page never holds a member's view.
export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export const generateMetadata = articleMetadata(getAnnouncementOrDraft)

export default articlePage(getAnnouncementOrDraft)
