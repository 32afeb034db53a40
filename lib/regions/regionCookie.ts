// The visitor's chosen region, remembered in a cookie that filters the home page and /news.
// Not httpOnly: the header's picker reads it in the browser to show the current choice.

export const REGION_COOKIE = 'region'

/** A year: long enough to outlast a shift pattern, short enough to be re-asked eventually. */
export const REGION_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

const CODE = /^[a-z][a-z0-9-]{1,15}$/

/** The region code in a cookie value, or null when it is missing or malformed. */
export function parseRegionCode(value: string | null | undefined): string | null {
  const code = value?.trim().toLowerCase()
  return code && CODE.test(code) ? code : null
}

/** The region code from a whole `Cookie` header / `document.cookie` string. */
export function regionFromCookieHeader(header: string | null | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.split('=')
    if (name?.trim() === REGION_COOKIE) return parseRegionCode(decodeURIComponent(rest.join('=')))
  }
  return null
}

/**
 * Where to send the visitor after choosing a region: back to the page they came from on this site
 * (without a stale `region` or `page` in its query), never to another origin.
 */
export function returnPath(referer: string | null | undefined, host: string | null): string {
  if (!referer) return '/'
  let url: URL
  try {
    url = new URL(referer)
  } catch {
    return '/'
  }
  if (!host || url.host !== host || url.pathname === '/region') return '/'
  url.searchParams.delete('region')
  url.searchParams.delete('page')
  const query = url.searchParams.toString()
  return `${url.pathname}${query ? `?${query}` : ''}`
}
