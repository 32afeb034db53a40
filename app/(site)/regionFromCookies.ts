import { cookies } from 'next/headers'

import { getRegionByCode } from '@/lib/content/getRegions'
import type { Region } from '@/lib/content/types'
import { parseRegionCode, REGION_COOKIE } from '@/lib/regions/regionCookie'

/** The visitor's saved region. Reading the cookie makes the calling page render per request. */
export async function savedRegion(): Promise<Region | null> {
  const code = parseRegionCode((await cookies()).get(REGION_COOKIE)?.value)
  return getRegionByCode(code)
}
