// Runs a command with a PostgreSQL it can use: DATABASE_URL when set, else the embedded cluster
// under .data/. Usage: tsx scripts/with-db.ts [--migrate] [--seed-if-empty] [-- command args…]
import { spawn } from 'node:child_process'
import path from 'node:path'

import { ensureDatabase, redactUrl, withDatabase } from '../lib/db/databases'
import { EMBEDDED_DB_NAME, startEmbeddedCluster, type EmbeddedCluster } from '../lib/db/embedded'
import { EnvError, parseEnv } from '../lib/env'

const argv = process.argv.slice(2)
const separator = argv.indexOf('--')
const flags = new Set(separator === -1 ? argv : argv.slice(0, separator))
const command = separator === -1 ? [] : argv.slice(separator + 1)

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit', env })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

async function main() {
  let env
  try {
    env = parseEnv()
  } catch (error) {
    if (error instanceof EnvError) fail(error.message)
    throw error
  }

  let cluster: EmbeddedCluster | undefined
  let databaseUrl = env.DATABASE_URL
  if (!databaseUrl) {
    cluster = await startEmbeddedCluster()
    databaseUrl = withDatabase(cluster.serverUrl, EMBEDDED_DB_NAME)
    await ensureDatabase(databaseUrl)
    console.log(`Embedded PostgreSQL ready (data in .data/postgres, ${redactUrl(databaseUrl)})`)
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET,
    // Scripts must not open Payload's hot-reload socket to a running server.
    DISABLE_PAYLOAD_HMR: 'true',
  }

  let stopping = false
  const stopCluster = async () => {
    if (stopping) return
    stopping = true
    await cluster?.stop()
  }

  if (flags.has('--migrate')) {
    const code = await runNode(['scripts/prepare-db.ts', ...(flags.has('--seed-if-empty') ? ['--seed-if-empty'] : [])], childEnv)
    if (code !== 0) {
      await stopCluster()
      process.exit(code)
    }
  }

  if (command.length === 0) {
    await stopCluster()
    return
  }

  // next dev/start are given their own env so the hot-reload socket works there.
  const { DISABLE_PAYLOAD_HMR: _skip, ...serverEnv } = childEnv
  const isServer = command[0] === 'next'
  // Own process group, so a signal reaches the real server and not only a wrapper process.
  const child = spawn(path.join('node_modules', '.bin', command[0]!), command.slice(1), {
    stdio: 'inherit',
    env: isServer ? serverEnv : childEnv,
    detached: true,
  })

  const forward = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal)
    } catch {
      // Already gone.
    }
  }
  process.on('SIGINT', () => forward('SIGINT'))
  process.on('SIGTERM', () => forward('SIGTERM'))

  child.on('exit', (code, signal) => {
    stopCluster().then(
      () => process.exit(code ?? (signal ? 0 : 1)),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
