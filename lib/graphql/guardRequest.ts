import { getOperationAST, GraphQLError, OperationTypeNode, parse } from 'graphql'

import { MAX_BODY_BYTES, MAX_QUERY_TOKENS, TIME_LIMIT_MS } from './limits'
import { findShapeViolation } from './shape'
import { limitResponse } from './violation'

type Handler = (request: Request) => Promise<Response>

const GRAPHQL_RESPONSE = 'application/graphql-response+json'

/**
 * Wraps Payload's GraphQL handler with the checks that must run before it: body size, token count and
 * the query's shape (depth, aliases, fragments). They run here, not as validation rules, because
 * Payload's complexity rule runs in the same validation pass and walks every fragment spread
 * recursively: a fragment cycle overflows its stack (a 500), a reused fragment grows exponentially.
 * Queries (not mutations, which must not look failed while they still commit) get a time limit.
 */
export function withGraphQLLimits(handler: Handler, { timeLimitMs = TIME_LIMIT_MS }: { timeLimitMs?: number } = {}): Handler {
  return async (request) => {
    const body = await readBody(request, MAX_BODY_BYTES)
    if (body === undefined) {
      return limitResponse({ code: 'BODY_TOO_LARGE', message: `The request body is larger than ${MAX_BODY_BYTES.toLocaleString('en-US')} bytes.` }, 413)
    }
    const params = graphqlParams(body)
    let isQuery = false
    if (params) {
      let document
      try {
        document = parse(params.query, { maxTokens: MAX_QUERY_TOKENS })
      } catch (error) {
        // graphql 16.15 words it "Document contains more that N tokens. Parsing aborted."
        if (error instanceof GraphQLError && /tokens\. Parsing aborted/.test(error.message)) {
          return limitResponse({ code: 'QUERY_TOO_LARGE', message: `The query has more than ${MAX_QUERY_TOKENS.toLocaleString('en-US')} tokens.` })
        }
        // Other syntax errors: Payload answers them in its usual shape.
      }
      if (document) {
        const violation = findShapeViolation(document)
        if (violation) return limitResponse(violation)
        isQuery = getOperationAST(document, params.operationName)?.operation === OperationTypeNode.QUERY
      }
    }
    const forwarded = new Request(request.url, { method: request.method, headers: forwardHeaders(request.headers), body })
    const response = isQuery ? await withinTime(handler(forwarded), timeLimitMs) : await handler(forwarded)
    return asRequested(response, request.headers.get('accept'))
  }
}

/** The body as text, or undefined once it passes `limit` bytes (read no further than that). */
async function readBody(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return undefined
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function graphqlParams(body: string): { query: string; operationName?: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const { query, operationName } = parsed as { query?: unknown; operationName?: unknown }
    if (typeof query !== 'string') return undefined
    return { query, operationName: typeof operationName === 'string' ? operationName : undefined }
  } catch {
    return undefined
  }
}

// graphql-http answers request errors (syntax, validation, Payload's complexity and document limits)
// with 200 when the client accepts only application/json; asking for the GraphQL media type makes them 400.
function forwardHeaders(headers: Headers): Headers {
  const forwarded = new Headers(headers)
  forwarded.set('accept', `${GRAPHQL_RESPONSE}, application/json;q=0.9`)
  forwarded.delete('content-length')
  return forwarded
}

/** Keeps the content type the client asked for; the status (400 for request errors) stays. */
function asRequested(response: Response, accept: string | null): Response {
  if (accept?.includes(GRAPHQL_RESPONSE)) return response
  const headers = new Headers(response.headers)
  if (headers.get('content-type')?.startsWith(GRAPHQL_RESPONSE)) headers.set('content-type', 'application/json; charset=utf-8')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/** The handler's answer, or a 400 after `ms`. The resolvers cannot be cancelled; the other limits keep what they still do small. */
async function withinTime(pending: Promise<Response>, ms: number): Promise<Response> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<Response>((resolve) => {
    timer = setTimeout(() => {
      resolve(limitResponse({ code: 'TIME_LIMIT', message: `The query took longer than the time limit of ${ms.toLocaleString('en-US')} ms.` }))
    }, ms)
  })
  try {
    return await Promise.race([pending, late])
  } finally {
    clearTimeout(timer)
  }
}
