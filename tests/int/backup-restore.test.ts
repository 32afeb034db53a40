// npm run backup / npm run restore, for real: pg_dump and pg_restore against the test server, tar for
// the upload folder. Content made, backed up, then changed and deleted; the backup restored into a
// scratch database and upload folder (the shared test database stays as the other files expect it),
// where the content and the file's bytes are back. Needs a pg_dump at least as new as the server.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { dropDatabase, ensureDatabase, withDatabase } from '@/lib/db/databases'
import { simplePdf } from '@/scripts/seed/assets'
import { serverMajor, toolMajor } from '@/scripts/lib/pgTools'

import { testPayload } from '../helpers/payload'

const databaseUrl = inject('databaseUrl')
const server = await serverMajor(databaseUrl)
const dumpMajor = await toolMajor('pg_dump', server).catch(() => null)
const canDump = dumpMajor !== null && dumpMajor >= server
// CI's second integration pass (the machine's PostgreSQL) sets it: there the round trip must run.
const required = process.env.REQUIRE_PG_DUMP === '1'
const why =
  `pg_dump ${dumpMajor ?? '(not found)'} cannot dump this PostgreSQL ${server} server. Run it against the machine's ` +
  `PostgreSQL 15: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run test:int — or install ` +
  `postgresql-client-${server} (or set PG_BIN to its folder)`
if (!canDump && !required) console.warn(`backup round trip skipped: ${why}`)

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'))

type Run = { code: number; stdout: string; stderr: string }

/** The scripts as npm runs them after scripts/with-db.ts: a child process with DATABASE_URL set. */
function runScript(script: 'backup' | 'restore', args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl, DISABLE_PAYLOAD_HMR: 'true', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
    // As from CI or a pipe: not a terminal.
    child.stdin?.end()
  })
}

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe('backup and restore refuse what they cannot do well', () => {
  it('a pg_dump older than the server: a clear message naming what to install, and no backup folder at all', async () => {
    const bin = path.join(work, 'old-bin')
    fs.mkdirSync(bin)
    fs.writeFileSync(path.join(bin, 'pg_dump'), `#!/bin/sh\necho "pg_dump (PostgreSQL) ${server - 1}.9"\n`, { mode: 0o755 })
    const target = path.join(work, 'refused', 'backup')
    const run = await runScript('backup', [target], { PG_BIN: bin })
    expect(run.code, run.stdout + run.stderr).toBe(1)
    expect(run.stderr).toContain(`older than the database server (PostgreSQL ${server})`)
    expect(run.stderr).toContain(`postgresql-client-${server}`)
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.existsSync(path.dirname(target)) ? fs.readdirSync(path.dirname(target)) : []).toEqual([])
  })

  it('restore without --yes and without a terminal: refuses, says why, changes nothing', async () => {
    const folder = path.join(work, 'not-a-backup')
    fs.mkdirSync(folder)
    fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify({ format: 1, createdAt: new Date().toISOString(), database: { file: 'database.dump', serverMajor: server, pgDumpMajor: 1 }, media: { kind: 'none' } }))
    fs.writeFileSync(path.join(folder, 'database.dump'), 'not a dump')
    // PG_BIN: any pg_restore will do for the version check, the refusal comes first.
    const bin = path.join(work, 'any-bin')
    fs.mkdirSync(bin)
    fs.writeFileSync(path.join(bin, 'pg_restore'), `#!/bin/sh\necho "pg_restore (PostgreSQL) ${server}.1"\nexit 0\n`, { mode: 0o755 })
    const run = await runScript('restore', [folder], { PG_BIN: bin })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Refusing without confirmation: stdin is not a terminal\. Run again with --yes/)
  })
})

describe.skipIf(!canDump && !required)('backup → change → restore brings content and files back', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  const scratchUrl = withDatabase(databaseUrl, `portal_restore_${Date.now()}_${process.pid}`)
  const created: { announcement?: number; media?: number } = {}

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await dropDatabase(scratchUrl)
    if (created.announcement) await payload.delete({ collection: 'announcements', id: created.announcement, overrideAccess: true, context: { disableRevalidate: true } }).catch(() => undefined)
  })

  it('round trip', async () => {
    if (!canDump) throw new Error(`REQUIRE_PG_DUMP=1 but ${why}`)
    const stamp = Date.now()
    const title = `Backed-up announcement ${stamp}`
    const bytes = simplePdf([`Backed-up file ${stamp}`])
    const media = await payload.create({
      collection: 'media',
      data: { alt: `Backup ${stamp}` },
      file: { data: bytes, mimetype: 'application/pdf', name: `backup-${stamp}.pdf`, size: bytes.length },
      context: { disableRevalidate: true },
    })
    created.media = media.id
    const announcement = await payload.create({
      collection: 'announcements',
      data: { title, audience: 'public', _status: 'published', attachments: [{ label: 'Letter', kind: 'file', file: media.id }] },
      context: { disableRevalidate: true },
    })
    created.announcement = announcement.id
    const uploads = payload.collections.media.config.upload.staticDir!

    const folder = path.join(work, 'backups', 'round-trip')
    const backup = await runScript('backup', [folder], { MEDIA_DIR: uploads })
    expect(backup.code, backup.stdout + backup.stderr).toBe(0)
    expect(fs.readdirSync(folder).sort()).toEqual(['database.dump', 'manifest.json', 'media.tar.gz'])
    expect(fs.readdirSync(path.dirname(folder))).toEqual(['round-trip'])

    // After the backup: the announcement renamed, the file deleted (document and bytes).
    await payload.update({ collection: 'announcements', id: announcement.id, data: { title: `Changed ${stamp}` }, context: { disableRevalidate: true } })
    await payload.delete({ collection: 'media', id: media.id, overrideAccess: true, context: { disableRevalidate: true } })
    expect(fs.existsSync(path.join(uploads, media.filename!))).toBe(false)

    // Restored elsewhere: a new database, an upload folder holding a file the backup does not have.
    await ensureDatabase(scratchUrl)
    const restoredUploads = path.join(work, 'restored-media')
    fs.mkdirSync(restoredUploads)
    fs.writeFileSync(path.join(restoredUploads, 'stale.txt'), 'not in the backup')
    const restore = await runScript('restore', [folder, '--yes'], { DATABASE_URL: scratchUrl, MEDIA_DIR: restoredUploads })
    expect(restore.code, restore.stdout + restore.stderr).toBe(0)

    const client = new pg.Client({ connectionString: scratchUrl })
    await client.connect()
    try {
      const titles = await client.query<{ title: string }>("select title from announcements_locales where _parent_id = $1 and _locale = 'en'", [announcement.id])
      expect(titles.rows).toEqual([{ title }])
      const files = await client.query<{ filename: string; visibility: string }>('select filename, visibility from media where id = $1', [media.id])
      expect(files.rows).toEqual([{ filename: media.filename, visibility: 'public' }])
    } finally {
      await client.end()
    }
    expect(fs.readFileSync(path.join(restoredUploads, media.filename!)).equals(bytes)).toBe(true)
    expect(fs.existsSync(path.join(restoredUploads, 'stale.txt'))).toBe(false)
  })
})
