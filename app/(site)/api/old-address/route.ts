// GET /api/old-address?p=123 – WordPress's `/?p=123` links (rewritten here by next.config.ts): 308 to the new page.
import { getRedirect } from '@/lib/content/getRedirect'

export async function GET(request: Request): Promise<Response> {
  const post = new URL(request.url).searchParams.get('p') ?? ''
  // The rewrite only sends digits; anything else is the home page's business.
  const target = /^\d{1,12}$/.test(post) ? await getRedirect(`/?p=${post}`) : null
  return new Response(null, { status: target ? 308 : 302, headers: { location: target ?? '/', 'cache-control': 'public, max-age=300' } })
}
