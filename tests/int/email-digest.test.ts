import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendDueEmails } from '@/lib/email/delivery/runSender'
import { smtpSender } from '@/lib/email/delivery/smtpSender'
import { digestSlot } from '@/lib/email/jobs/digestSlot'
import { queueDueDigests } from '@/lib/email/jobs/emailTasks'
import { seed } from '@/scripts/seed/index'
import { lexical } from '@/scripts/seed/lexical'

import { makeMember } from '../helpers/emailMembers'
import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'

// The weekly digest: queued per region at the site's hour in the region's time zone, listing what that
// week published for the region (members-only items as title and summary with a sign-in link), and
// nothing at all for a week with nothing new.

let payload: Payload
let smtp: TestSmtpServer
let ncal: number
let scal: number

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  ncal = await regionId(payload, 'ncal')
  scal = await regionId(payload, 'scal')
  await payload.updateGlobal({ slug: 'site', data: { digest: { weekday: 'monday', hour: 7 } }, context: { disableRevalidate: true } })
  smtp = await startSmtpServer()
})

afterAll(() => smtp.close())

/** The first moment after `from`, on the hour's half, that falls in Northern California's digest slot. */
function nextSlotInCalifornia(from = new Date()): Date {
  const at = new Date(Math.ceil(from.getTime() / 1_800_000) * 1_800_000)
  while (!digestSlot(at, 'America/Los_Angeles', { weekday: 'monday', hour: 7 })) at.setTime(at.getTime() + 1_800_000)
  return at
}

async function sendAll() {
  const sender = smtpSender(smtp.url, 4)
  try {
    await sendDueEmails(payload, { sender, connections: 4 })
  } finally {
    await sender.close()
  }
}

describe('the weekly digest', () => {
  it('lists the week’s items for the member’s region, members-only ones without their body, once per week', async () => {
    const reader = await makeMember(payload, { region: ncal, choices: { digest: true }, label: 'digest-en' })
    const spanish = await makeMember(payload, { region: ncal, choices: { digest: true }, lang: 'es', label: 'digest-es' })
    const noDigest = await makeMember(payload, { region: ncal, choices: { bargaining: true }, label: 'no-digest' })
    const stamp = Date.now()
    const local = await makeDoc(payload, 'announcements', { regions: [ncal], status: 'published', title: `Clinic hours change in Oakland ${stamp}` })
    await makeDoc(payload, 'announcements', { regions: [scal], status: 'published', title: `Downey parking update ${stamp}` })
    const locked = await makeDoc(payload, 'announcements', { regions: [ncal], title: `Bonus payout table ${stamp}` })
    await payload.update({
      collection: 'announcements',
      id: locked.id,
      data: { _status: 'published', audience: 'members', summary: 'Who is eligible, by hours worked.', body: lexical([`Payout secret ${stamp}`]) },
      context: { disableRevalidate: true },
    })

    const now = nextSlotInCalifornia()
    expect(await queueDueDigests(payload, now)).toBeGreaterThan(0)
    const again = await queueDueDigests(payload, new Date(now.getTime() + 15 * 60_000))
    expect(again).toBe(0)

    await sendAll()
    const [digest] = smtp.to(reader.email)
    expect(smtp.to(reader.email)).toHaveLength(1)
    expect(digest!.headers.subject).toContain('Northern California')
    expect(digest!.body).toContain(`Clinic hours change in Oakland ${stamp}`)
    expect(digest!.body).not.toContain(`Downey parking update ${stamp}`)
    expect(digest!.body).toContain(`Bonus payout table ${stamp}`)
    expect(digest!.body).not.toContain(`Payout secret ${stamp}`)
    // The members-only item links to sign-in, coming back to it.
    expect(digest!.body).toMatch(/\/signin\?next=%2Fnews%2Fbonus-payout-table/)
    expect(digest!.body).toContain(`/news/${local.slug as string}`)
    expect(digest!.headers['list-unsubscribe']).toMatch(/\/api\/members\/unsubscribe\?t=/)

    expect(smtp.to(spanish.email)).toHaveLength(1)
    expect(smtp.to(spanish.email)[0]!.headers.subject).toContain('Norte de California')
    expect(smtp.to(noDigest.email)).toHaveLength(0)
  })

  it('is not queued for a week in which nothing was published', async () => {
    await makeMember(payload, { region: scal, choices: { digest: true }, label: 'quiet-week' })
    // A Monday long before any of this database's content.
    expect(await queueDueDigests(payload, nextSlotInCalifornia(new Date('2020-01-01T00:00:00Z')))).toBe(0)
  })
})

