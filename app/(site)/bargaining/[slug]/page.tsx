import { updateMetadata, updatePage } from '@/components/Bargaining/UpdatePage'
import { getBargainingUpdateOrDraft } from '@/lib/content/getBargainingUpdateBySlug'

export const revalidate = 300

// Built on first visit; signed-in visitors are rewritten to /signed-in/bargaining/[slug] (next.config.ts).
export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export const generateMetadata = updateMetadata(getBargainingUpdateOrDraft)

export default updatePage(getBargainingUpdateOrDraft)
