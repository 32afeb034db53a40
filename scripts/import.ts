// npm run import -- --wordpress export.xml [--media-dir ./uploads] [--config import.config.json] [--dry-run]
// Imports a WordPress WXR export (lib/import/wordpress). Exit codes: 0 all imported, 1 some items had
// problems (the rest imported), 2 the file or the options could not be used (nothing written).
import fs from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { DEFAULT_IMPORT_CONFIG, parseImportConfig } from '../lib/import/wordpress/importConfig'
import { parseWxr, WxrFileError } from '../lib/import/wordpress/parseWxr'
import { runScript, ScriptError } from './lib/runScript'

const USAGE = 'usage: npm run import -- --wordpress export.xml [--media-dir ./uploads] [--config import.config.json] [--dry-run]'

async function readText(file: string, what: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    throw new ScriptError(`cannot read ${what} ${file}${code ? ` (${code})` : ''}`, 2)
  }
}

runScript(async () => {
  let options
  try {
    options = parseArgs({
      options: { wordpress: { type: 'string' }, 'media-dir': { type: 'string' }, config: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
      strict: true,
    }).values
  } catch (error) {
    throw new ScriptError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2)
  }
  if (!options.wordpress) throw new ScriptError(`--wordpress <file> is required\n${USAGE}`, 2)
  const xml = await readText(options.wordpress, 'the export')
  const importConfig = options.config ? parseImportConfig(await readText(options.config, 'the config')) : DEFAULT_IMPORT_CONFIG
  if (typeof importConfig === 'string') throw new ScriptError(importConfig, 2)
  const mediaDir = options['media-dir'] ?? null
  if (mediaDir && !(await fs.stat(mediaDir).catch(() => null))?.isDirectory()) throw new ScriptError(`--media-dir ${mediaDir} is not a folder`, 2)

  // A file that is not a usable export fails here, before the database is touched.
  try {
    parseWxr(xml)
  } catch (error) {
    if (error instanceof WxrFileError) throw new ScriptError(`${options.wordpress}: ${error.message}. Nothing was imported.`, 2)
    throw error
  }
  // Loaded only now: a bad file or option fails in a moment, without booting Payload.
  const [{ default: config }, { getPayload }, { importWordPress }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('../lib/import/wordpress/importWordPress'),
  ])
  const payload = await getPayload({ config })
  const dryRun = options['dry-run'] ?? false
  let report
  try {
    report = await importWordPress({ payload, xml, config: importConfig, mediaDir, dryRun, onItem: (_done, _total, line) => console.log(line) })
  } catch (error) {
    if (error instanceof WxrFileError) throw new ScriptError(`${options.wordpress}: ${error.message}. Nothing was imported.`, 2)
    throw error
  }
  for (const line of report.lines.filter((line) => line.startsWith('revalidate:') || line.includes('topic(s)'))) console.log(line)
  for (const problem of report.problemList) console.error(`problem: ${problem.item}: ${problem.message}`)
  const verb = dryRun ? 'Dry run (nothing written): would create' : 'Created'
  console.log(`${verb} ${report.created}, ${dryRun ? 'update' : 'updated'} ${report.updated}, skipped ${report.skipped} of ${report.total} items; ${report.problems} problem(s).`)
  return report.problems ? 1 : 0
})
