// Times the news list read (the query behind /news) through the Local API, as a visitor would run it.
import { getPayload } from 'payload'

import config from '../payload.config'
import { runScript } from './lib/runScript'

const ROUNDS = 40

runScript(async () => {
  const payload = await getPayload({ config })
  const total = (await payload.count({ collection: 'announcements' })).totalDocs
  const timings: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now()
    await payload.find({
      collection: 'announcements',
      where: { _status: { equals: 'published' } },
      select: { title: true, slug: true, summary: true, publishedAt: true, topics: true, regions: true, heroImage: true },
      sort: '-publishedAt',
      page: 1 + (round % 5),
      limit: 12,
      depth: 1,
      overrideAccess: false,
    })
    timings.push(performance.now() - started)
  }
  timings.sort((a, b) => a - b)
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!
  console.log(JSON.stringify({ documents: total, p50: +at(0.5).toFixed(1), p95: +at(0.95).toFixed(1) }))
})
