// Fails when payload-types.ts or the admin import map is stale, after regenerating them in place.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

const FILES = ['payload-types.ts', 'app/(payload)/admin/importMap.js']

const before = FILES.map((file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''))
const env = { ...process.env, LOG_LEVEL: 'warn', DISABLE_PAYLOAD_HMR: 'true' }
execFileSync('node_modules/.bin/payload', ['generate:types'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
execFileSync('node_modules/.bin/payload', ['generate:importmap'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
const stale = FILES.filter((file, index) => fs.readFileSync(file, 'utf8') !== before[index])

if (stale.length > 0) {
  console.error(`Stale generated file(s): ${stale.join(', ')} — regenerated now; review and commit them.`)
  process.exit(1)
}
console.log(`Generated files are fresh: ${FILES.join(', ')}`)
