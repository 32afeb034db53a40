// Fails when the source holds more type-escape casts (`as never`, `as unknown as`) than .ci/cast-budget.json
// allows: each one switches the type checker off for a value, so the count may only go down.
// `tsx scripts/check-casts.ts --lower` writes a lower count into the budget after you removed some.
import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

const BUDGET_FILE = '.ci/cast-budget.json'
const SKIP_DIRS = new Set(['node_modules', '.next', '.git', '.data', 'media', 'test-results', 'playwright-report', 'artifacts'])
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/
// This file names the patterns it looks for; it holds no casts of its own.
const SELF = path.relative(process.cwd(), import.meta.filename)
const CAST = /\bas\s+never\b|\bas\s+unknown\s+as\b/g

const budgetSchema = z.object({ max: z.number().int().min(0) })

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* sourceFiles(path.join(dir, entry.name))
    } else if (SOURCE.test(entry.name)) {
      yield path.join(dir, entry.name)
    }
  }
}

function findCasts(): string[] {
  const found: string[] = []
  for (const file of sourceFiles('.')) {
    if (file === SELF) continue
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        for (const match of line.matchAll(CAST)) found.push(`${file}:${index + 1}: ${match[0].replace(/\s+/g, ' ')}`)
      })
  }
  return found
}

const budget = budgetSchema.parse(JSON.parse(fs.readFileSync(BUDGET_FILE, 'utf8')))
const casts = findCasts()

if (casts.length > budget.max) {
  console.error(`${casts.length} casts (as never / as unknown as), budget ${budget.max} (${BUDGET_FILE}). Type the value instead:`)
  for (const cast of casts) console.error(`  ${cast}`)
  process.exit(1)
}
if (casts.length < budget.max && process.argv.includes('--lower')) {
  fs.writeFileSync(BUDGET_FILE, `${JSON.stringify({ max: casts.length }, null, 2)}\n`)
  console.log(`Cast budget lowered to ${casts.length} in ${BUDGET_FILE}: commit it.`)
} else if (casts.length < budget.max) {
  console.log(`${casts.length} casts, budget ${budget.max}: lower it with \`npx tsx scripts/check-casts.ts --lower\` and commit.`)
} else {
  console.log(`${casts.length} casts (as never / as unknown as), within the budget of ${budget.max}.`)
}
