// `npm run bench -- --proxy`: the shipped proxy (deploy/nginx/portal.conf.template) in front of the app,
// against "the limit" measured in the same run: nginx serving the same pages as saved files. Both are
// loaded with wrk (a Node load generator cannot reach these rates on two cores).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { lexical } from '../seed/lexical'
import { DEMO_STAFF } from '../seed/staff'
import { startAppInstance, type AppInstance } from '../../tests/helpers/appInstance'
import { nginxBinary, startNginx, startPortalProxy, type NginxInstance } from '../../tests/helpers/nginx'
import { runWrk, wrkAvailable, type WrkResult } from './wrk'

export type ProxyBenchOptions = {
  /** The bench's server (already running). */
  appUrl: string
  /** Its environment, for a second instance on the same build and database. */
  env: NodeJS.ProcessEnv
  pages: string[]
  headers: Record<string, string>
  connections: number
  seconds: number
  /** 1 or 2 app instances behind the proxy. */
  instances: number
}

/** reference: the brief's "limit", nginx with `gzip on` (compressing per request); strict: with ready .gz files. */
type Row = { label: string; result: WrkResult; reference?: WrkResult; strict?: WrkResult; note?: string }

// Response headers the saved copies are served with, so both servers send the same bytes per answer.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'etag', 'vary'])

/** Saves each page as the app serves it (HTML + .gz for gzip_static) and the app's response headers. */
async function savePages(appUrl: string, pages: string[], headers: Record<string, string>, root: string) {
  let responseHeaders: Array<[string, string]> = []
  const files = new Map<string, string>()
  for (const [index, page] of pages.entries()) {
    const response = await fetch(`${appUrl}${page}`, { headers })
    if (!response.ok) throw new Error(`${page} answered ${response.status}`)
    const html = Buffer.from(await response.arrayBuffer())
    const name = `page-${index}.html`
    fs.writeFileSync(path.join(root, name), html)
    // The app compresses at level 6 (Node's default); the reference serves that ready-made.
    fs.writeFileSync(path.join(root, `${name}.gz`), gzipSync(html))
    files.set(page, name)
    if (index === 0) responseHeaders = [...response.headers].filter(([name]) => !HOP_BY_HOP.has(name) && !name.startsWith('x-nextjs') && name !== 'content-type')
  }
  return { files, responseHeaders }
}

/**
 * "The limit": nginx serving the saved pages from disk with `gzip on`, the app's response headers. With
 * `precompressed`, the strictest version: the .gz beside each file (gzip_static) and open files kept
 * open, so nothing is compressed or opened per request.
 */
async function startStaticServer(root: string, files: Map<string, string>, responseHeaders: Array<[string, string]>, precompressed: boolean): Promise<NginxInstance> {
  const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
  const headers = responseHeaders.map(([name, value]) => `        add_header ${name} ${quote(value)};`).join('\n')
  const locations = [...files]
    .map(([page, file]) => `    location = ${page} {\n        default_type "text/html; charset=utf-8";\n        try_files /${file} =404;\n${headers}\n    }`)
    .join('\n')
  const http = `
    access_log off;
    gzip on;
    gzip_static ${precompressed ? 'on' : 'off'};
    ${precompressed ? 'open_file_cache max=1000 inactive=30s;' : ''}
    gzip_vary on;
    gzip_types text/html;
    server {
        listen 127.0.0.1:\${PORT};
        root ${root};
        etag on;
        location = /__ready { return 204; }
${locations}
    }`
  return startNginx({ http, workers: 'auto', readyPath: '/__ready' })
}

async function staffToken(proxyUrl: string): Promise<string> {
  const person = DEMO_STAFF.find((staff) => staff.role === 'communications')!
  const response = await fetch(`${proxyUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  })
  if (!response.ok) throw new Error(`staff sign-in failed: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** Publishes an announcement through the proxy; returns its title and when the publish request started. */
async function publish(proxyUrl: string, token: string): Promise<{ title: string; started: number }> {
  const title = `Bench publish ${Date.now()}`
  const started = Date.now()
  const created = await fetch(`${proxyUrl}/api/announcements`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title, summary: 'Published during the proxy bench.', body: lexical(['Bench.']), audience: 'public', topics: ['bargaining'], _status: 'published' }),
  })
  if (created.status !== 201) throw new Error(`publish failed: ${created.status}`)
  return { title, started }
}

/** Milliseconds from `started` until `title` shows on `page` through the proxy (NaN after 30 s). */
async function visibleAfter(proxyUrl: string, page: string, headers: Record<string, string>, title: string, started: number): Promise<number> {
  while (Date.now() - started < 30_000) {
    const html = await fetch(`${proxyUrl}${page}`, { headers }).then((response) => response.text())
    if (html.includes(title)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return Number.NaN
}

export async function benchProxy(options: ProxyBenchOptions): Promise<void> {
  if (!nginxBinary()) throw new Error('--proxy needs nginx: apt-get install -y nginx-light')
  if (!wrkAvailable()) throw new Error('--proxy needs wrk: apt-get install -y wrk')
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-static-'))
  fs.chmodSync(root, 0o755)
  const extra: AppInstance[] = []
  let staticServer: NginxInstance | undefined
  let strictServer: NginxInstance | undefined
  let proxy: NginxInstance | undefined
  try {
    const { files, responseHeaders } = await savePages(options.appUrl, options.pages, options.headers, root)
    staticServer = await startStaticServer(root, files, responseHeaders, false)
    strictServer = await startStaticServer(root, files, responseHeaders, true)
    const upstreams = [new URL(options.appUrl).host]
    for (let n = 1; n < options.instances; n++) {
      const instance = await startAppInstance({ env: { ...options.env, INTERNAL_URL: undefined } })
      extra.push(instance)
      upstreams.push(`127.0.0.1:${instance.port}`)
    }
    proxy = await startPortalProxy({ upstreams, workers: 'auto', accessLog: false })

    const load = { connections: options.connections, seconds: options.seconds, headers: options.headers }
    const loadBefore = os.loadavg()[0]!
    const rows: Row[] = []
    for (const page of options.pages) {
      // Warm both, and check the proxy really answers from its cache before measuring it.
      await fetch(`${proxy.url}${page}`, { headers: options.headers })
      const status = (await fetch(`${proxy.url}${page}`, { headers: options.headers })).headers.get('x-cache-status')
      const reference = await runWrk(`${staticServer.url}${page}`, load)
      const strict = await runWrk(`${strictServer.url}${page}`, load)
      const result = await runWrk(`${proxy.url}${page}`, load)
      rows.push({ label: page, result, reference, strict, note: status === 'HIT' ? undefined : `warm-up X-Cache-Status ${status}` })
    }
    // Right after a publish: the load starts as the publish answers; the app re-renders the page once
    // while the proxy keeps serving its copy, and a poller notes when the new content shows.
    const token = await staffToken(proxy.url)
    const afterPublish: string[] = []
    for (const page of ['/news', '/']) {
      const { title, started } = await publish(proxy.url, token)
      const firstStarted = Date.now()
      const first = await fetch(`${proxy.url}${page}`, { headers: options.headers })
      await first.arrayBuffer()
      const firstMs = Date.now() - firstStarted
      const [result, shown] = await Promise.all([runWrk(`${proxy.url}${page}`, load), visibleAfter(proxy.url, page, options.headers, title, started)])
      rows.push({ label: `${page} right after a publish`, result })
      afterPublish.push(
        `${page} after a publish: first request ${firstMs} ms (X-Cache-Status ${first.headers.get('x-cache-status')}); ` +
          `the new announcement showed through the proxy ${shown} ms after the publish request, under the load`,
      )
    }
    const loadAfter = os.loadavg()[0]!

    console.log(
      `\nProxy mode, ${new Date().toISOString()}, ${os.cpus().length} cores, load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after. ` +
        `Load: ${rows[0]?.result.tool} (wrk, both columns), ${options.instances} app instance${options.instances === 1 ? '' : 's'} behind the proxy, ` +
        `gzip and a browser's headers. Reference = nginx serving the saved pages with gzip on and the app's response headers; ` +
        `strict = the same with ready-made .gz files (gzip_static) and open_file_cache, nothing done per request.`,
    )
    console.log('| page | reference req/s | reference p99 ms | strict req/s | strict p99 ms | proxy req/s | proxy p99 ms | proxy ÷ reference | proxy ÷ strict | proxy errors + non-2xx |')
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    const cell = (result: WrkResult | undefined, pick: (r: WrkResult) => string) => (result ? pick(result) : '–')
    for (const { label, result, reference, strict } of rows) {
      const ratio = (base?: WrkResult) => (base ? (result.rps / base.rps).toFixed(2) : '–')
      const rps = (r: WrkResult) => String(Math.round(r.rps))
      const p99 = (r: WrkResult) => r.p99.toFixed(2)
      console.log(
        `| ${label} | ${cell(reference, rps)} | ${cell(reference, p99)} | ${cell(strict, rps)} | ${cell(strict, p99)} | ${rps(result)} | ${p99(result)} | ${ratio(reference)} | ${ratio(strict)} | ${result.bad} |`,
      )
    }
    const notes = rows.filter((row) => row.note).map((row) => `- ${row.label}: ${row.note}`)
    if (notes.length > 0) console.log(`\nNot measured as meant:\n${notes.join('\n')}`)
    console.log(`\n${afterPublish.join('\n')}`)
    const target = rows.filter((row) => row.reference).every((row) => row.result.rps >= 0.8 * row.reference!.rps && row.result.p99 <= 20)
    console.log(`Target (proxy ≥ 0.8 × reference and p99 ≤ 20 ms on every page): ${target ? 'met' : 'NOT met'}`)
  } finally {
    await proxy?.stop()
    await staticServer?.stop()
    await strictServer?.stop()
    for (const instance of extra) await instance.stop()
    fs.rmSync(root, { recursive: true, force: true })
  }
}
