// Another `next start` of the production build already in .next (the e2e layer built it), on a free
// port, with env overrides: for tests with a proxy or several instances. The e2e layer's environment
// (DATABASE_URL, PAYLOAD_SECRET, SERVER_URL, …) is inherited, so every instance shares one database.
import { spawn } from 'node:child_process'

import { freePort } from '../../lib/freePort'

export type AppInstance = {
  port: number
  /** http://127.0.0.1:<port> */
  url: string
  /** The process group leader (`next start`); its `next-server` child is in the same group. */
  pid: number
  /** The last lines the server printed, for a failing test's message. */
  output(): string
  stop(): Promise<void>
}

export type AppInstanceOptions = {
  /** Added to (or, with undefined, removed from) the inherited environment. */
  env?: Record<string, string | undefined>
  port?: number
  timeoutMs?: number
  cwd?: string
}

const KEEP_OUTPUT = 64 * 1024

export async function startAppInstance({ env = {}, port, timeoutMs = 60_000, cwd = process.cwd() }: AppInstanceOptions = {}): Promise<AppInstance> {
  const chosenPort = port ?? (await freePort())
  const merged: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DISABLE_PAYLOAD_HMR: 'true', NEXT_TELEMETRY_DISABLED: '1' }
  // INTERNAL_URL of another instance would send this one's revalidations there: only an explicit override keeps one.
  delete merged.INTERNAL_URL
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key]
    else merged[key] = value
  }
  // Always the port it listens on: the server reaches its own /api/revalidate at 127.0.0.1:$PORT
  // (unless INTERNAL_URL says otherwise), i.e. this instance, not the one the e2e layer started.
  merged.PORT = String(chosenPort)

  // detached: its own process group, so stop() reaches next-server too (killing only the `next start`
  // wrapper leaves next-server running: TOOLCHAIN.md).
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(chosenPort), '-H', '127.0.0.1'], {
    cwd,
    env: merged,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: string) => {
    output = (output + chunk).slice(-KEEP_OUTPUT)
  }
  child.stdout.setEncoding('utf8').on('data', keep)
  child.stderr.setEncoding('utf8').on('data', keep)
  let running = true
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      running = false
      resolve()
    }),
  )

  const url = `http://127.0.0.1:${chosenPort}`
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      // already gone
    }
  }
  const instance: AppInstance = {
    port: chosenPort,
    url,
    pid: child.pid!,
    output: () => output,
    async stop() {
      if (!running) return
      signal('SIGTERM')
      const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))])
      if (!stopped) {
        signal('SIGKILL')
        await exited
      }
    },
  }

  const deadline = Date.now() + timeoutMs
  while (running && Date.now() < deadline) {
    const healthy = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) return instance
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const why = running ? `within ${timeoutMs} ms` : '(it exited)'
  await instance.stop()
  throw new Error(`next start on ${url} was not healthy ${why}:\n${output.slice(-4000)}`)
}
