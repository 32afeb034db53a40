/**
 * Where to send someone after they sign in: a path on this site only (never "//evil.example" or a
 * full URL), so a crafted link cannot bounce members to another site.
 */
export function safeNextPath(value: unknown, fallback = '/account'): string {
  if (typeof value !== 'string') return fallback
  const path = value.trim()
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || /[\u0000-\u001f]/.test(path)) return fallback
  if (path.startsWith('/api/') || path.startsWith('/admin')) return fallback
  return path.length <= 512 ? path : fallback
}

export const signInHref = (path: string) => `/signin?next=${encodeURIComponent(path)}`
