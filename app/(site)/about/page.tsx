import { aboutMetadata, aboutPage } from '@/components/Pages/AboutPage'
import { getPageOrDraft } from '@/lib/content/getPageBySlug'

export const revalidate = 300

// Signed-in visitors are rewritten to /signed-in/about (next.config.ts), so this stays one cached page.
export const generateMetadata = aboutMetadata(getPageOrDraft)

export default aboutPage(getPageOrDraft)
