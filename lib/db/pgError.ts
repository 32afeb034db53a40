/** The PostgreSQL error inside whatever wrapped it (Drizzle and Payload wrap the driver's error in `cause`). */
export function pgErrorOf(error: unknown): { code: string; constraint?: string } | null {
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown }
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return { code: candidate.code, constraint: typeof candidate.constraint === 'string' ? candidate.constraint : undefined }
    }
    current = candidate.cause
  }
  return null
}

/** Which of `fields` a foreign-key violation (23503) was about, read from the constraint's name. */
export function foreignKeyField<T extends string>(error: unknown, fields: readonly T[]): T | null {
  const pg = pgErrorOf(error)
  if (pg?.code !== '23503') return null
  return fields.find((field) => pg.constraint?.includes(`_${field}_`)) ?? fields[0] ?? null
}
