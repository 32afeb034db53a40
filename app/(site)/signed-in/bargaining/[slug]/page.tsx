import { updateMetadata, updatePage } from '@/components/Bargaining/UpdatePage'
import { getBargainingUpdateForViewer } from '@/lib/content/getBargainingUpdateBySlug'

// /bargaining/[slug] as the signed-in member (or staff member) sees it: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = updateMetadata(getBargainingUpdateForViewer)

export default updatePage(getBargainingUpdateForViewer)
