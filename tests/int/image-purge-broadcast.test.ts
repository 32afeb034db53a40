// With several instances each has its own image-optimiser cache on disk: when a file closes, the
// instance that saved the change announces it over Redis and every instance drops its copies. Real
// Redis; the "other instance" is this process listening, with a cache folder laid out as Next's.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { redisMissing, TEST_REDIS_URL } from '../helpers/redis'
import { waitFor } from '../helpers/wait'

const missing = await redisMissing()
// Before lib/env is first read (it keeps what it read).
process.env.REDIS_URL = TEST_REDIS_URL
const { announcePurge, listenForPurges } = await import('@/lib/media/purgeBroadcast')
const { purgeAnnouncedCopies } = await import('@/lib/media/optimizedImages')

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-image-cache-'))
afterAll(() => {
  delete process.env.REDIS_URL
  fs.rmSync(cacheDir, { recursive: true, force: true })
})

/** One cached copy as Next 16.4 names it: <maxAge>.<expireAt>.<etag>.<upstreamEtag>.<ext>. */
function cachedCopy(key: string, sourceDigest: string): string {
  const dir = path.join(cacheDir, key)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, `300.${Date.now() + 300_000}.etag${key}.${sourceDigest}.webp`), 'optimised bytes')
  return dir
}

describe.skipIf(Boolean(missing))(`optimiser purges reach every instance${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    await listenForPurges((digests) => purgeAnnouncedCopies(digests, cacheDir))
  })

  it('drops the copies of an announced file on the listening instance, and only those', async () => {
    const closed = cachedCopy('closed-640', 'digestOfTheClosedFile')
    const closedSmall = cachedCopy('closed-320', 'digestOfTheClosedFile')
    const other = cachedCopy('other-640', 'digestOfAnotherFile')

    await announcePurge(new Set(['digestOfTheClosedFile']))

    await waitFor(() => Promise.resolve(!fs.existsSync(closed) && !fs.existsSync(closedSmall)), 5_000)
    expect(fs.existsSync(other)).toBe(true)
  })
})
