// wrk (Debian: apt-get install -y wrk) as the load generator where a Node one would be the bottleneck:
// autocannon tops out far below what nginx serves from memory on two cores.
import { spawn, spawnSync } from 'node:child_process'

export type WrkResult = { rps: number; p50: number; p99: number; requests: number; bad: number; tool: string }

export function wrkAvailable(): boolean {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).status !== null
}

/** Milliseconds from wrk's "1.23ms" / "456.00us" / "1.02s". */
function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim())
  if (!match) return Number.NaN
  const n = Number(match[1])
  return match[2] === 'us' ? n / 1000 : match[2] === 'ms' ? n : match[2] === 's' ? n * 1000 : n * 60_000
}

export function parseWrk(out: string): Omit<WrkResult, 'tool'> {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN)
  const p50 = toMs(/^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? '')
  const p99 = toMs(/^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? '')
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0)
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  const errors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0
  return { rps, p50, p99, requests, bad: non2xx + errors }
}

/** `wrk --latency` with one thread per core, `connections` connections and the given request headers. */
export function runWrk(url: string, { connections, seconds, headers, threads = 2 }: { connections: number; seconds: number; headers: Record<string, string>; threads?: number }): Promise<WrkResult> {
  const args = ['--latency', '-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '5s']
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
  args.push(url)
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`wrk exited ${code}:\n${out}`))
      else resolve({ ...parseWrk(out), tool: `wrk -t${threads} -c${connections} -d${seconds}s` })
    })
  })
}
