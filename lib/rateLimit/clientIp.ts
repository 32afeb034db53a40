type HeaderSource = { headers?: Headers | null }

/** The client address as the reverse proxy reports it; "unknown" groups clients it cannot tell apart. */
export function clientIp({ headers }: HeaderSource): string {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers?.get('x-real-ip')?.trim() || 'unknown'
}
