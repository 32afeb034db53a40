import { leadershipMetadata, leadershipPage } from '@/components/Leadership/LeadershipPage'
import { getLeadership } from '@/lib/content/getLeadership'

export const revalidate = 300

// Signed-in visitors are rewritten to /signed-in/leadership (next.config.ts), so this stays one cached page.
export const generateMetadata = leadershipMetadata

export default leadershipPage(getLeadership)
