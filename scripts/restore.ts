// npm run restore -- <folder> [--yes] – puts a backup made by npm run backup back: the database
// (pg_restore --clean --if-exists --no-owner, in one transaction, into DATABASE_URL) and the upload
// folder (MEDIA_DIR). It overwrites both, so it asks first; without a terminal it needs --yes.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { promisify } from 'node:util'

import { databaseName, redactUrl } from '../lib/db/databases'
import { parseEnv } from '../lib/env'
import { mediaDir } from '../lib/storage/mediaDir'
import { DATABASE_FILE, MANIFEST_FILE, manifestSchema } from './lib/backupManifest'
import { checkPgRestore, runPgTool } from './lib/pgTools'
import { runScript, ScriptError } from './lib/runScript'

const execFileAsync = promisify(execFile)

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim())
  } finally {
    rl.close()
  }
}

/** Replaces the upload folder's contents with the archive's; the folder itself stays (it may be a mount). */
async function restoreUploads(archive: string, uploads: string): Promise<void> {
  // Unpacked beside the folder first: a broken archive leaves the current files alone.
  const staging = `${uploads}.restore-${process.pid}`
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(staging, { recursive: true })
  try {
    await execFileAsync('tar', ['-xzf', archive, '-C', staging])
    fs.mkdirSync(uploads, { recursive: true })
    for (const entry of fs.readdirSync(uploads)) fs.rmSync(path.join(uploads, entry), { recursive: true, force: true })
    for (const entry of fs.readdirSync(staging)) fs.cpSync(path.join(staging, entry), path.join(uploads, entry), { recursive: true })
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

runScript(async () => {
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  const yes = args.includes('--yes')
  const folders = args.filter((arg) => arg !== '--yes')
  if (folders.length !== 1 || folders[0]!.startsWith('-')) throw new ScriptError('Usage: npm run restore -- <backup folder> [--yes]', 2)
  const env = parseEnv()
  if (!env.DATABASE_URL) throw new ScriptError('DATABASE_URL is not set: run this through `npm run restore` (scripts/with-db.ts).')

  const folder = path.resolve(folders[0]!)
  const manifestFile = path.join(folder, MANIFEST_FILE)
  if (!fs.existsSync(manifestFile)) throw new ScriptError(`${folder} is not a backup made by npm run backup (no ${MANIFEST_FILE}).`)
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')))
  if (!parsed.success) throw new ScriptError(`${manifestFile} is not a backup manifest this version reads.`)
  const manifest = parsed.data
  const dump = path.join(folder, DATABASE_FILE)
  if (!fs.existsSync(dump)) throw new ScriptError(`${dump} is missing.`)
  // Checked before asking: no point confirming a restore that cannot run.
  await checkPgRestore(env.DATABASE_URL, manifest.database.pgDumpMajor)

  const uploads = mediaDir(env)
  const restoresFiles = manifest.media.kind === 'tar' && !env.S3_BUCKET
  const what = [
    `the database "${databaseName(env.DATABASE_URL)}" (${redactUrl(env.DATABASE_URL)})`,
    ...(restoresFiles ? [`the upload folder ${uploads}`] : []),
  ].join(' and ')
  const warning = `This replaces ${what} with the backup of ${manifest.createdAt}. Stop the app first.`
  if (!yes) {
    if (!process.stdin.isTTY) throw new ScriptError(`${warning}\nRefusing without confirmation: stdin is not a terminal. Run again with --yes to go ahead.`)
    if (!(await confirm(`${warning}\nType "yes" to continue: `))) throw new ScriptError('Not restored.', 1)
  }

  console.log(`restore: database ← ${dump}…`)
  // One transaction: a restore that fails part-way leaves the database as it was.
  await runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', dump], env.DATABASE_URL)

  if (manifest.media.kind === 's3') {
    console.log(`restore: NOTE the uploads were in the S3 bucket "${manifest.media.bucket}", not in this backup: bring the bucket back to ${manifest.createdAt} with your provider's tools (object versions).`)
  } else if (manifest.media.kind === 'tar' && env.S3_BUCKET) {
    console.log(`restore: NOTE the backup's uploads are files (${path.join(folder, manifest.media.file)}) but S3_BUCKET is set now: upload them to the bucket "${env.S3_BUCKET}" (top level → media/, stories/ → stories/); the upload folder was not touched.`)
  } else if (manifest.media.kind === 'tar') {
    console.log(`restore: uploads → ${uploads}…`)
    await restoreUploads(path.join(folder, manifest.media.file), uploads)
  } else {
    console.log('restore: the backup holds no upload folder; uploads left as they are.')
  }
  console.log('restore: done')
})
