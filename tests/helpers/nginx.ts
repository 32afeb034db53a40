// Runs nginx for tests and the bench without touching the system's nginx: every file it writes (pid,
// error log, temp bodies, cache) lives in a temporary folder, on a free port, as a child process we
// stop by its pid. `startPortalProxy` renders the shipped deploy/nginx/portal.conf.template.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort } from '../../lib/freePort'

export const PORTAL_TEMPLATE = fileURLToPath(new URL('../../deploy/nginx/portal.conf.template', import.meta.url))
const INSTALL_HINT = 'nginx is not installed: apt-get install -y nginx-light'

/** The nginx binary on PATH (or NGINX_BIN), or null. */
export function nginxBinary(): string | null {
  const candidates = [process.env.NGINX_BIN, 'nginx', '/usr/sbin/nginx']
  for (const candidate of candidates) {
    if (!candidate) continue
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate
  }
  return null
}

/**
 * Why tests that need nginx cannot run here, or null when they can. With REQUIRE_NGINX=1 (CI) a missing
 * nginx throws instead, so those tests cannot silently skip. Use: `test.skip(Boolean(reason), reason!)`.
 */
export function nginxMissing(): string | null {
  if (nginxBinary()) return null
  if (process.env.REQUIRE_NGINX === '1') throw new Error(`${INSTALL_HINT} (REQUIRE_NGINX=1)`)
  return INSTALL_HINT
}

export type PortalTemplateValues = {
  /** `listen` argument, e.g. `127.0.0.1:8080`. */
  listen: string
  /** `host:port` of each app replica. */
  upstreams: string[]
  cacheDir: string
  /** A file (written in the template's `portal` format), or `off`. */
  accessLog: string
  /** Unix socket of the internal stamping hop. */
  stampSocket: string
}

/**
 * The shipped template with its ${PORTAL_*} placeholders filled in, as the official image's envsubst
 * would (only those names are replaced; nginx's own $variables stay).
 */
export function renderPortalConfig(values: PortalTemplateValues, template = fs.readFileSync(PORTAL_TEMPLATE, 'utf8')): string {
  const servers = values.upstreams.map((upstream) => `server ${upstream} max_fails=3 fail_timeout=10s;`).join('\n    ')
  const filled: Record<string, string> = {
    PORTAL_LISTEN: values.listen,
    PORTAL_UPSTREAM_SERVERS: servers,
    PORTAL_CACHE_DIR: values.cacheDir,
    PORTAL_ACCESS_LOG: values.accessLog === 'off' ? 'off' : `${values.accessLog} portal`,
    PORTAL_STAMP_SOCKET: values.stampSocket,
  }
  const rendered = template.replace(/\$\{(PORTAL_[A-Z_]+)\}/g, (match, name: string) => {
    const value = filled[name]
    if (value === undefined) throw new Error(`portal.conf.template: no value for ${match}`)
    return value
  })
  return rendered
}

export type NginxInstance = {
  port: number
  /** http://127.0.0.1:<port> */
  url: string
  /** The temporary folder holding the config, pid, logs and cache. */
  dir: string
  pid: number
  /** The error log so far (nginx writes its start-up problems here). */
  errorLog(): string
  /** The access log so far ('' when off). */
  accessLog(): string
  stop(): Promise<void>
}

export type NginxOptions = {
  /**
   * The contents of the http {} block; `${PORT}` is replaced by the chosen port and `${DIR}` by the
   * temporary folder. The wrapper adds pid, error log, temp paths and events.
   */
  http: string
  port?: number
  /** worker_processes; 1 keeps tests light, the bench passes 'auto'. */
  workers?: number | 'auto'
  /** Until this path answers (any status: nginx is up even when its upstream is not). Default '/'. */
  readyPath?: string
  timeoutMs?: number
}

function wrap(http: string, dir: string, workers: number | 'auto'): string {
  // As root, nginx's workers would switch to `nobody`, who cannot read the 0700 temporary folder.
  const user = process.getuid?.() === 0 ? 'user root;\n' : ''
  return `${user}worker_processes ${workers};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    client_body_temp_path ${dir}/tmp/body;
    proxy_temp_path ${dir}/tmp/proxy;
    fastcgi_temp_path ${dir}/tmp/fastcgi;
    uwsgi_temp_path ${dir}/tmp/uwsgi;
    scgi_temp_path ${dir}/tmp/scgi;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 100000;
${http}
}
`
}

/** Starts nginx with `http` as its http block; resolves once it answers HTTP on its port. */
export async function startNginx({ http, port, workers = 1, readyPath = '/', timeoutMs = 15_000 }: NginxOptions): Promise<NginxInstance> {
  const binary = nginxBinary()
  if (!binary) throw new Error(INSTALL_HINT)
  const chosenPort = port ?? (await freePort())
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true })
  const configFile = path.join(dir, 'nginx.conf')
  const body = http.replaceAll('${PORT}', String(chosenPort)).replaceAll('${DIR}', dir)
  fs.writeFileSync(configFile, wrap(body, dir, workers))

  const read = (name: string) => {
    const file = path.join(dir, name)
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  }
  // -e: nginx ≥ 1.19.5 otherwise opens its compiled-in error log before reading the config.
  const args = ['-p', dir, '-c', configFile, '-e', path.join(dir, 'error.log')]
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  let running = true
  void exited.then(() => (running = false))

  const url = `http://127.0.0.1:${chosenPort}`
  const instance: NginxInstance = {
    port: chosenPort,
    url,
    dir,
    pid: child.pid!,
    errorLog: () => read('error.log'),
    accessLog: () => read('access.log'),
    async stop() {
      if (!running) {
        fs.rmSync(dir, { recursive: true, force: true })
        return
      }
      // SIGQUIT: graceful (workers finish their requests); SIGTERM after 5 s if that hangs.
      child.kill('SIGQUIT')
      const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))])
      if (!stopped) {
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
  const deadline = Date.now() + timeoutMs
  let answered = false
  while (running && !answered && Date.now() < deadline) {
    answered = await fetch(`${url}${readyPath}`, { signal: AbortSignal.timeout(2000) }).then(
      () => true,
      () => false,
    )
    if (!answered) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (!answered) {
    const log = `${stderr}${instance.errorLog()}`.trim()
    const why = running ? `no answer within ${timeoutMs} ms` : 'it exited'
    // The config stays for reading; only the process goes.
    if (running) child.kill('SIGTERM')
    throw new Error(`nginx (${configFile}, kept) did not start: ${why}\n${log}`)
  }
  return instance
}

export type PortalProxyOptions = {
  /** `host:port` of each app replica. */
  upstreams: string[]
  port?: number
  workers?: number | 'auto'
  /** Write an access log (with the cache status) into the temporary folder; tests keep it for failures. */
  accessLog?: boolean
}

/** The shipped proxy config (deploy/nginx/portal.conf.template) in front of `upstreams`. */
export async function startPortalProxy({ upstreams, port, workers, accessLog = true }: PortalProxyOptions): Promise<NginxInstance> {
  const http = renderPortalConfig({
    listen: '127.0.0.1:${PORT}',
    upstreams,
    cacheDir: '${DIR}/cache',
    accessLog: accessLog ? '${DIR}/access.log' : 'off',
    stampSocket: '${DIR}/stamp.sock',
  })
  // /api/health goes straight through: ready means nginx and at least one replica answer.
  return startNginx({ http, port, workers, readyPath: '/api/health' })
}
