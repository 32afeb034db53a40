// `npm run revalidate` (and the seed, which ends with the same call): a signed request to expire every
// content tag, sent to the running server named by INTERNAL_URL — here a real HTTP server of the test's.
import { execFile } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { everyContentTag, tags } from '@/lib/cacheTags'
import { verifyTags } from '@/lib/revalidate/signature'
import { revalidateRequest } from '@/lib/schemas/revalidate'

const run = promisify(execFile)
const secret = 'r'.repeat(64)
const received: unknown[] = []
let server: http.Server
let url: string

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      received.push({ method: request.method, path: request.url, body: JSON.parse(body) as unknown })
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const revalidateCli = (internalUrl: string) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/revalidate.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: secret, INTERNAL_URL: internalUrl },
  })

describe('npm run revalidate', () => {
  it('asks the running server, signed with PAYLOAD_SECRET, to expire every list tag', async () => {
    const { stdout } = await revalidateCli(url)
    expect(stdout).toContain(`expired the cached pages of the server at ${url}`)
    expect(received).toHaveLength(1)
    const { method, path, body } = received[0] as { method: string; path: string; body: unknown }
    expect([method, path]).toEqual(['POST', '/api/revalidate'])
    const parsed = revalidateRequest.parse(body)
    expect(verifyTags(parsed.tags, parsed.signature, secret)).toBe(true)
    // Every list tag, so every cached read (and every page made of them) is covered.
    expect(parsed.tags).toEqual([...everyContentTag()].sort())
    expect(parsed.tags).toEqual(expect.arrayContaining([tags.site, tags.pages, tags.regions, tags.announcements, tags.search]))
  })

  it('says how to reach the site when no server answers, and exits non-zero', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise<void>((resolve) => closed.close(() => resolve()))

    const failure = await revalidateCli(deadUrl).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stdout).toContain(`no server answered at ${deadUrl}`)
    expect(failure?.stdout).toContain('npm run revalidate')
  })
})
