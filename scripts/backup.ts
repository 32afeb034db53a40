// npm run backup [-- <folder>] – the database (pg_dump custom format) and the upload folder (MEDIA_DIR,
// as media.tar.gz) into a new folder, by default backups/<time>/. With S3 storage the files are in the
// bucket: the backup says so (MEDIA-IN-S3.txt) and holds the database only. Runs through
// scripts/with-db.ts, so it works on DATABASE_URL and on the embedded database alike.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { redactUrl } from '../lib/db/databases'
import { parseEnv } from '../lib/env'
import { s3Settings } from '../lib/storage/s3Settings'
import { mediaDir } from '../lib/storage/mediaDir'
import { DATABASE_FILE, type Manifest, MANIFEST_FILE, MEDIA_FILE, S3_NOTE_FILE, s3Note } from './lib/backupManifest'
import { checkPgDump, runPgTool } from './lib/pgTools'
import { runScript, ScriptError } from './lib/runScript'

const execFileAsync = promisify(execFile)

/** backups/2026-12-06T20-15-03Z: ISO time with `-` for `:` (valid in every file system, tar and scp). */
function defaultFolder(now: Date): string {
  return path.join('backups', now.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-'))
}

runScript(async () => {
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) throw new ScriptError('Usage: npm run backup [-- <folder>]', 2)
  const env = parseEnv()
  if (!env.DATABASE_URL) throw new ScriptError('DATABASE_URL is not set: run this through `npm run backup` (scripts/with-db.ts).')

  const now = new Date()
  const target = path.resolve(args[0] ?? defaultFolder(now))
  if (fs.existsSync(target)) throw new ScriptError(`${target} already exists: choose a new folder.`)
  // Before anything is written: a pg_dump older than the server fails only after it has begun.
  const versions = await checkPgDump(env.DATABASE_URL)

  // Everything goes to a hidden sibling first and gets its real name only when complete, so an
  // interrupted or failed backup never looks like a good one.
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.partial-${process.pid}`)
  fs.mkdirSync(partial)
  try {
    console.log(`backup: database ${redactUrl(env.DATABASE_URL)} (PostgreSQL ${versions.server}, pg_dump ${versions.tool})…`)
    await runPgTool('pg_dump', ['--format=custom', `--file=${path.join(partial, DATABASE_FILE)}`], env.DATABASE_URL)

    let media: Manifest['media']
    const s3 = s3Settings(env)
    const uploads = mediaDir(env)
    if (s3) {
      fs.writeFileSync(path.join(partial, S3_NOTE_FILE), s3Note(s3.bucket, now.toISOString()))
      media = { kind: 's3', bucket: s3.bucket }
    } else if (fs.existsSync(uploads)) {
      console.log(`backup: uploads ${uploads}…`)
      await execFileAsync('tar', ['-czf', path.join(partial, MEDIA_FILE), '-C', uploads, '.'])
      media = { kind: 'tar', file: MEDIA_FILE }
    } else {
      media = { kind: 'none' }
    }

    const manifest: Manifest = {
      format: 1,
      createdAt: now.toISOString(),
      database: { file: DATABASE_FILE, serverMajor: versions.server, pgDumpMajor: versions.tool },
      media,
    }
    fs.writeFileSync(path.join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n')
    fs.renameSync(partial, target)
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  }

  console.log(`backup: written to ${target}`)
  if (env.S3_BUCKET) console.log(`backup: NOTE uploads are in the S3 bucket "${env.S3_BUCKET}" and are not in this backup; see ${path.join(target, S3_NOTE_FILE)}.`)
  else if (!fs.existsSync(path.join(target, MEDIA_FILE))) console.log(`backup: no upload folder at ${mediaDir(env)}; database only.`)
})
