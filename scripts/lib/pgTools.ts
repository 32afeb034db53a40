// PostgreSQL's own client tools for npm run backup / restore: found on PATH, or in PG_BIN (a folder such
// as /usr/lib/postgresql/18/bin), and checked against the server before anything is written.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import { ScriptError } from './runScript'

const execFileAsync = promisify(execFile)

export type PgTool = 'pg_dump' | 'pg_restore'

/** PG_BIN is read here, not in lib/env: only these two scripts use it, and never the app. */
export function pgToolPath(tool: PgTool): string {
  const dir = process.env.PG_BIN
  return dir ? path.join(dir, tool) : tool
}

const INSTALL_HINT = (major: number) =>
  `install the PostgreSQL ${major} client tools (Debian/Ubuntu: \`apt-get install postgresql-client-${major}\`, from the ` +
  `apt.postgresql.org repository when your release has no such package) and put them on PATH, or set ` +
  `PG_BIN to their folder (e.g. PG_BIN=/usr/lib/postgresql/${major}/bin)`

/** The major version of a tool, from `pg_dump --version` ("pg_dump (PostgreSQL) 15.20 (Debian …)"). */
export async function toolMajor(tool: PgTool, serverMajorForHint: number): Promise<number> {
  let output: string
  try {
    output = (await execFileAsync(pgToolPath(tool), ['--version'])).stdout
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const what = code === 'ENOENT' ? 'was not found' : `did not run (${(error as Error).message})`
    throw new ScriptError(`${pgToolPath(tool)} ${what}: ${INSTALL_HINT(serverMajorForHint)}.`)
  }
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(output)
  if (!match) throw new ScriptError(`Could not read the version of ${pgToolPath(tool)} from: ${output.trim()}`)
  return Number(match[1])
}

/** The server's major version (server_version_num 180004 → 18). */
export async function serverMajor(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ server_version_num: string }>('show server_version_num')
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000)
  } finally {
    await client.end()
  }
}

/**
 * pg_dump refuses a server newer than itself ("server version mismatch", after it has started writing);
 * say so up front, with what to install. The embedded PostgreSQL of `npm run dev` ships no pg_dump.
 */
export async function checkPgDump(databaseUrl: string): Promise<{ tool: number; server: number }> {
  const server = await serverMajor(databaseUrl)
  const tool = await toolMajor('pg_dump', server)
  if (tool < server) {
    throw new ScriptError(`${pgToolPath('pg_dump')} is version ${tool}, older than the database server (PostgreSQL ${server}), and cannot dump it: ${INSTALL_HINT(server)}. Nothing was written.`)
  }
  return { tool, server }
}

/** pg_restore reads archives of its own version and older only. */
export async function checkPgRestore(databaseUrl: string, dumpMajor: number): Promise<number> {
  const server = await serverMajor(databaseUrl)
  const tool = await toolMajor('pg_restore', Math.max(server, dumpMajor))
  if (tool < dumpMajor) {
    throw new ScriptError(`${pgToolPath('pg_restore')} is version ${tool}, older than the pg_dump ${dumpMajor} that made this backup: ${INSTALL_HINT(Math.max(server, dumpMajor))}. Nothing was changed.`)
  }
  return tool
}

/**
 * Runs a tool against a database; a failure is one readable line plus what the tool said. The password
 * goes in PGPASSWORD, not on the command line, where `ps` would show it to every user of the machine.
 */
export async function runPgTool(tool: PgTool, args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  try {
    await execFileAsync(pgToolPath(tool), [...args, `--dbname=${url.toString()}`], {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    })
  } catch (error) {
    const { stderr = '' } = error as { stderr?: string }
    throw new ScriptError(`${tool} failed:\n${stderr.trim() || (error as Error).message}`)
  }
}
