import { articleMetadata, articlePage } from '@/components/News/ArticlePage'
import { getAnnouncementForViewer } from '@/lib/content/getAnnouncementBySlug'

// /news/[slug] as the signed-in member (or staff member) sees it: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = articleMetadata(getAnnouncementForViewer)

export default articlePage(getAnnouncementForViewer)
