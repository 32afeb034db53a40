// Sends real HTTP requests through Payload's REST and GraphQL handlers (the same ones app/(payload)/api mounts).
import config from '@payload-config'
import { handleEndpoints } from 'payload'

const BASE = 'http://localhost:3000'

export type RestOptions = { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }

export async function rest(path: string, { method = 'GET', token, body, headers = {} }: RestOptions = {}) {
  const request = new Request(`${BASE}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  })
  const pathname = new URL(request.url).pathname
  const response = await handleEndpoints({ config, path: pathname, request })
  const text = await response.text()
  let json: unknown = undefined
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, json: json as Record<string, unknown> & { docs?: Array<Record<string, unknown>> }, text, headers: response.headers }
}

export async function login(email: string, password: string): Promise<string> {
  const { status, json } = await rest('/api/users/login', { method: 'POST', body: { email, password } })
  if (status !== 200 || typeof json?.token !== 'string') throw new Error(`login failed for ${email}: ${status}`)
  return json.token
}

/** Lists, what most queries here ask for: `{ Announcements { docs { … } } }`. */
type ListData = Record<string, { docs?: Array<Record<string, unknown>> } | null>

/** `TData`: the shape the query asks for. */
export type GraphQLResult<TData = ListData> = {
  data?: TData
  errors?: Array<{ message: string; extensions?: { code?: string } }>
}

/** POST /api/graphql through the app's own route (Payload's handler behind lib/graphql's request limits). */
export async function graphqlRequest<TData = ListData>(body: string, { token, headers = {} }: { token?: string; headers?: Record<string, string> } = {}) {
  const { POST } = await import('@/app/(payload)/api/graphql/route')
  const response = await POST(
    new Request(`${BASE}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
      body,
    }),
  )
  const text = await response.text()
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as GraphQLResult<TData>, text, headers: response.headers }
}

export async function graphql<TData = ListData>(query: string, token?: string): Promise<GraphQLResult<TData>> {
  return (await graphqlRequest<TData>(JSON.stringify({ query }), { token })).json
}
