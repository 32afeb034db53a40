import { aboutMetadata, aboutPage } from '@/components/Pages/AboutPage'
import { getPageForViewer } from '@/lib/content/getPageBySlug'

// /about as the signed-in member (or staff member) sees it: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = aboutMetadata(getPageForViewer)

export default aboutPage(getPageForViewer)
