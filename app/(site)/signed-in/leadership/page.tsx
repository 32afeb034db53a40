import { leadershipMetadata, leadershipPage } from '@/components/Leadership/LeadershipPage'
import { getLeadershipForViewer } from '@/lib/content/getLeadership'

// /leadership as the signed-in member (or staff member) sees it: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = leadershipMetadata

export default leadershipPage(getLeadershipForViewer)
