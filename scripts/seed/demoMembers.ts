import type { Payload } from 'payload'

import { slugify } from '@/lib/content/slugify'
import { describePhiFlags, flagPhi } from '@/lib/stories/flagPhi'

import { bannerPng } from './assets'
import { CAMPAIGNS } from './content/campaigns'
import { demoSigners } from './content/signatures'
import { DEMO_STORIES } from './content/stories'
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from './members'

// Seeded items are back-catalogue: no revalidation (no server yet), and no e-mail alerts to members.
const context = { disableRevalidate: true, disableAlerts: true }

// With the demo member who signs too, the open letter shows 40 signatures.
const DEMO_SIGNER_COUNT = 39

type Refs = { regions: Map<string, number>; locals: Map<string, number> }

async function campaignId(payload: Payload, title: string) {
  const { docs } = await payload.find({ collection: 'campaigns', where: { slug: { equals: slugify(title) } }, limit: 1, depth: 0, draft: true, joins: false })
  if (!docs[0]) throw new Error(`seed: campaign "${title}" missing`)
  return docs[0].id
}

async function seedMembers(payload: Payload, refs: Refs) {
  const ids = new Map<string, number>()
  for (const person of DEMO_MEMBERS) {
    const { docs } = await payload.find({ collection: 'members', where: { email: { equals: person.email } }, limit: 1, depth: 0 })
    const existing = docs[0]
    if (existing) {
      ids.set(person.email, existing.id)
      continue
    }
    const created = await payload.create({
      collection: 'members',
      // Confirmed already, so the README login works without a trip through the e-mail outbox.
      data: { ...person, password: DEMO_MEMBER_PASSWORD, region: refs.regions.get(person.region)!, local: refs.locals.get(person.local)!, _verified: true },
      disableVerificationEmail: true,
      context,
    })
    ids.set(person.email, created.id)
  }
  return ids
}

async function seedSignatures(payload: Payload, refs: Refs, members: Map<string, number>) {
  const letter = CAMPAIGNS.find((campaign) => campaign.cta.kind === 'sign')!
  const campaign = await campaignId(payload, letter.title)
  const signer = DEMO_MEMBERS[0]!
  const rows = [
    ...demoSigners(DEMO_SIGNER_COUNT).map(({ region, local, ...person }) => ({
      ...person,
      region: refs.regions.get(region)!,
      local: local ? refs.locals.get(local)! : null,
    })),
    // Signed while signed in, as a member does: the signature shows on their /account page.
    { name: signer.name, email: signer.email, member: members.get(signer.email)!, region: refs.regions.get(signer.region)!, local: refs.locals.get(signer.local)!, consentToContact: true },
  ]
  const { docs } = await payload.find({
    collection: 'signatures',
    where: { campaign: { equals: campaign }, email: { in: rows.map((row) => row.email) } },
    pagination: false,
    depth: 0,
    select: { email: true },
  })
  const signed = new Set(docs.map((doc) => doc.email))
  for (const row of rows) {
    if (!signed.has(row.email)) await payload.create({ collection: 'signatures', data: { ...row, campaign }, context })
  }
  return rows.length
}

async function seedStories(payload: Payload, refs: Refs, members: Map<string, number>) {
  for (const { by, photo, region, local, campaign, ...story } of DEMO_STORIES) {
    const { totalDocs } = await payload.count({ collection: 'stories', where: { text: { equals: story.text } } })
    if (totalDocs > 0) continue
    const member = DEMO_MEMBERS.find((person) => person.email === by)!
    const image = photo ? await bannerPng(photo.caption, photo.hue, 1200, 900) : undefined
    await payload.create({
      collection: 'stories',
      data: {
        ...story,
        region: refs.regions.get(region)!,
        local: local ? refs.locals.get(local)! : null,
        campaign: campaign ? await campaignId(payload, campaign) : null,
        consentToPublish: true,
        submitter: members.get(by)!,
        byline: member.name,
        flagged: describePhiFlags(flagPhi([story.title, story.text].filter(Boolean).join('\n'))),
      },
      file: image ? { data: image, size: image.length, mimetype: 'image/png', name: 'story.png' } : undefined,
      context,
    })
  }
}

/** Two confirmed members, their signatures and stories on the demo campaigns; idempotent like the rest of the seed. */
export async function seedDemoMembers(payload: Payload, refs: Refs): Promise<string> {
  const members = await seedMembers(payload, refs)
  const signatures = await seedSignatures(payload, refs, members)
  await seedStories(payload, refs, members)
  return `demo members: ${DEMO_MEMBERS.map((person) => person.email).join(', ')} (${signatures} signatures on the open letter, ${DEMO_STORIES.length} stories)`
}
