// POST /api/petitions/[campaignSlug]/sign – sign a campaign's petition or open letter once per e-mail.
import { handleSignRequest } from '@/lib/petitions/handleSignRequest'

export async function POST(request: Request, { params }: { params: Promise<{ campaignSlug: string }> }) {
  return handleSignRequest(request, (await params).campaignSlug)
}
