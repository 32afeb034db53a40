/** Which limit a GraphQL request broke: `extensions.code` of the error, for programs. */
export type LimitCode =
  | 'BODY_TOO_LARGE'
  | 'QUERY_TOO_LARGE'
  | 'DEPTH_LIMIT'
  | 'ROOT_FIELD_LIMIT'
  | 'ALIAS_LIMIT'
  | 'FIELD_LIMIT'
  | 'FRAGMENT_CYCLE'
  | 'PAGE_LIMIT'
  | 'DOCUMENT_LIMIT'
  | 'TIME_LIMIT'

export type LimitViolation = { code: LimitCode; message: string }

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** 12345 → "12,345"; an estimate too large to count reads as "more than <limit>". */
export function count(value: number, limit: number): string {
  return Number.isFinite(value) ? number.format(value) : `more than ${number.format(limit)}`
}

/** A GraphQL-shaped refusal (`{ errors: [{ message, extensions: { code } }] }`), never cached. */
export function limitResponse(violation: LimitViolation, status = 400): Response {
  return Response.json(
    { errors: [{ message: violation.message, extensions: { code: violation.code } }] },
    { status, headers: { 'cache-control': 'no-store' } },
  )
}
