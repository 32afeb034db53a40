// The admin dashboard (GET /admin) as each demo staff role sees it, for issue 15's "renders in under a
// second with 10,000 announcements": its server render time one request at a time (no queue in front
// of it), and rows for the main table at a few connections so it reads as a ratio to the reference.
import type { StaffRole } from '../../lib/auth/roles'
import { roleLayout } from '../../lib/dashboard/layout'
import { DEMO_STAFF } from '../seed/staff'

/** A signed-in demo staff member and the headers a browser would send on their admin pages. */
export type StaffSession = { role: StaffRole; email: string; headers: Record<string, string> }

/** Server render times of the dashboard for one role, time to the full response body. */
export type DashboardTiming = { role: string; requests: number; p50: number; p95: number; max: number; note?: string }

const WARM_UPS = 3
const REQUESTS = 30
/** The bar for the dashboard's render. */
const TARGET_MS = 1000

/**
 * Signs in every demo staff member through POST /api/users/login. The cookie counts because the
 * browser headers carry `Sec-Fetch-Site: same-origin` (TOOLCHAIN "Payload's cookie rule").
 */
export async function signInStaff(appUrl: string, browserHeaders: Record<string, string>): Promise<StaffSession[]> {
  const sessions: StaffSession[] = []
  for (const person of DEMO_STAFF) {
    const response = await fetch(`${appUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.20' },
      body: JSON.stringify({ email: person.email, password: person.password }),
    })
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    if (!cookie) throw new Error(`staff sign-in failed for ${person.email}: ${response.status}`)
    sessions.push({ role: person.role, email: person.email, headers: { ...browserHeaders, cookie: cookie.split(';')[0]! } })
  }
  return sessions
}

/**
 * What is wrong with an answer meant to be `session`'s dashboard, or undefined. A 200 is not enough:
 * signed out, /admin answers 200 with the login form. It must carry the dashboard's markup, be
 * rendered for that account (the admin serializes the signed-in user into the page, e-mail included)
 * and hold every widget of that role's layout, drawn (each carries its slug as data-widget).
 */
function dashboardProblem(status: number, html: string, session: StaffSession): string | undefined {
  if (status !== 200) return `answered ${status}`
  if (!/class="[^"]*\bdashboard\b/.test(html)) return 'not the dashboard (no class "dashboard")'
  if (!html.includes(session.email)) return `not rendered for ${session.email}`
  const missing = roleLayout(session.role)
    .map((widget) => widget.widgetSlug)
    .filter((slug) => slug !== 'collections' && !html.includes(`data-widget="${slug}"`))
  if (missing.length > 0) return `widgets not drawn: ${missing.join(', ')}`
  return undefined
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!

/** Sequential requests (one connection, nothing queued), each timed to the last byte of its body. */
export async function timeDashboard(appUrl: string, session: StaffSession): Promise<DashboardTiming> {
  const load = async () => {
    const started = performance.now()
    const response = await fetch(`${appUrl}/admin`, { headers: session.headers, redirect: 'manual' })
    const html = await response.text()
    return { ms: performance.now() - started, status: response.status, html }
  }
  let note: string | undefined
  for (let n = 0; n < WARM_UPS; n++) {
    const { status, html } = await load()
    note ??= dashboardProblem(status, html, session)
  }
  const times: number[] = []
  for (let n = 0; n < REQUESTS; n++) {
    const { ms, status } = await load()
    if (status !== 200) note ??= `a timed request answered ${status}`
    times.push(ms)
  }
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 10) / 10
  return { role: session.role, requests: REQUESTS, p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)), max: round(times.at(-1)!), note }
}

/** The dashboard's rows for the main load table, one per role, at a few connections (its latency, not a queue). */
export function dashboardRuns(sessions: StaffSession[]) {
  return sessions.map((session) => ({
    label: `/admin dashboard (${session.role}: ${session.email})`,
    url: '/admin',
    headers: session.headers,
    connections: 4,
    mustContain: session.email,
  }))
}

/** Prints the sequential timings as a markdown table, with the target. */
export function printDashboardTimings(timings: DashboardTiming[]): void {
  console.log(`\nAdmin dashboard (GET /admin), server render time: ${WARM_UPS} warm-ups, then ${REQUESTS} sequential requests on one connection, each timed to the full response body.`)
  console.log('| role | requests | p50 ms | p95 ms | max ms | answer |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const t of timings) console.log(`| ${t.role} | ${t.requests} | ${t.p50} | ${t.p95} | ${t.max} | ${t.note ?? 'the dashboard, for this user'} |`)
  const met = timings.every((t) => t.p95 < TARGET_MS && !t.note)
  console.log(`Target (every role's dashboard answered as that user, p95 < ${TARGET_MS} ms): ${met ? 'met' : 'NOT met'}`)
}
