import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { slugify } from '@/lib/content/slugify'

import { bannerPng, portraitPng, simplePdf } from './assets'
import { ANNOUNCEMENTS } from './content/announcements'
import { bargainingUpdates } from './content/bargaining'
import { CAMPAIGNS } from './content/campaigns'
import { LEADERS } from './content/leadership'
import { LOCALS } from './content/locals'
import { OFFER_PDF } from './content/memberFiles'
import { ABOUT_PAGE } from './content/pages'
import { SITE, SITE_ES } from './content/site'
import { seedDemoMembers } from './demoMembers'
import { REGIONS, type RegionCode } from './regions'
import {
  addSpanishAnnouncement,
  addSpanishBargainingUpdate,
  addSpanishCampaign,
  addSpanishLeader,
  addSpanishName,
  addSpanishPage,
  addSpanishSite,
} from './spanish'
import { DEMO_STAFF } from './staff'
import type { SeedAttachment } from './types'

// Seeded items are back-catalogue: no revalidation (no server yet), and no e-mail alerts to members.
const context = { disableRevalidate: true, disableAlerts: true }

/** `demoStaff`: also the development-only accounts (staff and members) and what they did (drafts, signatures, stories). */
export type SeedOptions = { demoStaff: boolean; log?: (line: string) => void }

type Refs = { regions: Map<string, number>; locals: Map<string, number>; media: Map<string, number> }

const MEDIA: Array<{ key: string; alt: string; make: () => Buffer | Promise<Buffer>; mimetype: string; ext: string }> = [
  { key: 'leadership-banner', alt: 'Purple banner reading “New chapter”', make: () => bannerPng('New chapter', 275), mimetype: 'image/png', ext: 'png' },
  { key: 'psp-banner', alt: 'Red banner reading “We got more”', make: () => bannerPng('We got more', 350), mimetype: 'image/png', ext: 'png' },
  { key: 'rx-banner', alt: 'Teal banner reading “40% by mail”', make: () => bannerPng('40% by mail', 175), mimetype: 'image/png', ext: 'png' },
  { key: 'letter-banner', alt: 'Blue banner reading “Partnership now”', make: () => bannerPng('Partnership now', 220), mimetype: 'image/png', ext: 'png' },
  { key: 'rx-background', alt: 'Virtual meeting background: keep copays low', make: () => bannerPng('Keep copays low', 190, 1920, 1080), mimetype: 'image/png', ext: 'png' },
  { key: 'psp-pdf', alt: 'PSP section of the National Agreement (summary)', make: () => simplePdf(['Performance Sharing Program', 'National Agreement, Section 2, pp. 57-61 (demo copy)']), mimetype: 'application/pdf', ext: 'pdf' },
  { key: 'booster-pdf', alt: 'COVID-19 booster leave policy', make: () => simplePdf(['COVID-19 booster leave policy (demo copy)', 'Effective Nov 19, 2021 - May 1, 2022']), mimetype: 'application/pdf', ext: 'pdf' },
  { key: OFFER_PDF.key, alt: OFFER_PDF.alt, make: () => simplePdf([...OFFER_PDF.lines]), mimetype: 'application/pdf', ext: 'pdf' },
]

async function findOne(payload: Payload, collection: CollectionSlug, field: string, value: string) {
  const found = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, draft: true })
  return found.docs[0] as { id: number } | undefined
}

/** `translate`: adds the Spanish text to a record just created (an existing one is left as it is). */
async function upsert<TSlug extends CollectionSlug>(
  payload: Payload,
  collection: TSlug,
  field: string,
  value: string,
  data: RequiredDataFromCollectionSlug<TSlug>,
  translate?: (id: number) => Promise<void>,
) {
  const existing = await findOne(payload, collection, field, value)
  if (existing) return existing.id
  const created = await payload.create({ collection, data, context, draft: false })
  await translate?.(created.id)
  return created.id
}

const codes = (refs: Refs, list?: readonly RegionCode[]) => (list ?? []).map((code) => refs.regions.get(code)!)
const localIds = (refs: Refs, list?: readonly string[]) => (list ?? []).map((name) => refs.locals.get(name)!)
const attachments = (refs: Refs, list?: SeedAttachment[]) =>
  (list ?? []).map((item) => ({ ...item, file: item.file ? refs.media.get(item.file) : undefined }))

async function seedMedia(payload: Payload, refs: Refs) {
  for (const item of MEDIA) {
    const filename = `seed-${item.key}.${item.ext}`
    // Matched by alt text: the stored filename may get a suffix when the file already exists on disk.
    const existing = await findOne(payload, 'media', 'alt', item.alt)
    if (existing) {
      refs.media.set(item.key, existing.id)
      continue
    }
    const data = await item.make()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: item.alt },
      file: { data, mimetype: item.mimetype, name: filename, size: data.length },
      context,
    })
    refs.media.set(item.key, doc.id)
  }
}

/** Idempotent: records are matched by their natural keys (code, e-mail, slug, filename) and created only when missing. */
export async function seed(payload: Payload, { demoStaff, log = () => {} }: SeedOptions) {
  const refs: Refs = { regions: new Map(), locals: new Map(), media: new Map() }

  for (const { es, ...region } of REGIONS) {
    const translate = (id: number) => addSpanishName(payload, 'regions', id, es)
    refs.regions.set(region.code, await upsert(payload, 'regions', 'code', region.code, { ...region, states: [...region.states] }, translate))
  }
  for (const { es, ...local } of LOCALS) {
    const translate = es ? (id: number) => addSpanishName(payload, 'locals', id, es) : undefined
    refs.locals.set(local.shortName, await upsert(payload, 'locals', 'shortName', local.shortName, { ...local, regions: codes(refs, local.regions) }, translate))
  }
  log(`regions: ${refs.regions.size}, locals: ${refs.locals.size}`)

  if (demoStaff) {
    for (const person of DEMO_STAFF) {
      await upsert(payload, 'users', 'email', person.email, { ...person, regions: codes(refs, person.regions) })
    }
    log(`demo staff: ${DEMO_STAFF.map((person) => person.email).join(', ')}`)
  }

  await seedMedia(payload, refs)
  const published = { _status: 'published' as const }
  // Payload would fill the default itself, but its create type asks for every required field.
  const publicByDefault = { audience: 'public' as const }

  for (const { hero, regions, locals, attachments: files, payouts, es, ...item } of ANNOUNCEMENTS) {
    const slug = slugify(item.title)
    const translate = es ? (id: number) => addSpanishAnnouncement(payload, id, es) : undefined
    await upsert(
      payload,
      'announcements',
      'slug',
      slug,
      {
        ...publicByDefault,
        ...item,
        ...published,
        slug,
        heroImage: hero ? refs.media.get(hero) : undefined,
        regions: codes(refs, regions),
        locals: localIds(refs, locals),
        attachments: attachments(refs, files),
        payouts: (payouts ?? []).map((payout) => ({ ...payout, regions: codes(refs, payout.regions) })),
      },
      translate,
    )
  }
  for (const { es, ...item } of bargainingUpdates()) {
    const slug = slugify(item.title)
    await upsert(payload, 'bargaining-updates', 'slug', slug, { ...publicByDefault, ...item, ...published, slug }, (id) => addSpanishBargainingUpdate(payload, id, es))
  }
  for (const { hero, toolkit, cta, regions, es, ...item } of CAMPAIGNS) {
    const slug = slugify(item.title)
    await upsert(
      payload,
      'campaigns',
      'slug',
      slug,
      {
        ...publicByDefault,
        ...item,
        ...published,
        slug,
        heroImage: hero ? refs.media.get(hero) : undefined,
        toolkit: (toolkit ?? []).map((key) => refs.media.get(key)!),
        cta: { ...cta, file: 'file' in cta && cta.file ? refs.media.get(cta.file) : undefined },
        regions: codes(refs, regions),
      },
      (id) => addSpanishCampaign(payload, id, es),
    )
  }
  for (const { hue, local, es, ...leader } of LEADERS) {
    const slug = slugify(leader.name)
    const filename = `seed-portrait-${slug}.png`
    const alt = `Portrait placeholder for ${leader.name}`
    let photo = (await findOne(payload, 'media', 'alt', alt))?.id
    if (!photo) {
      const data = await portraitPng(leader.name, hue)
      photo = (
        await payload.create({
          collection: 'media',
          data: { alt },
          file: { data, mimetype: 'image/png', name: filename, size: data.length },
          context,
        })
      ).id
    }
    const data = { ...publicByDefault, ...leader, ...published, slug, photo, local: local ? refs.locals.get(local) : undefined }
    await upsert(payload, 'leadership', 'slug', slug, data, (id) => addSpanishLeader(payload, id, es))
  }
  const { es: aboutEs, ...about } = ABOUT_PAGE
  await upsert(payload, 'pages', 'slug', about.slug, { ...publicByDefault, ...about, ...published }, (id) => addSpanishPage(payload, id, aboutEs))

  if (demoStaff) {
    await seedScheduledDraft(payload, refs)
    log(await seedDemoMembers(payload, refs))
  }

  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  if (!site.memberCount) {
    await payload.updateGlobal({ slug: 'site', data: SITE, context })
    await addSpanishSite(payload, SITE_ES)
  }
  log('content: announcements, bargaining updates, campaigns, leadership, about page, site settings (English, and Spanish for all but the partner coalition’s update)')
}

/**
 * A regional editor's draft that communications approved for three days out (so the admin shows a
 * schedule, run as the approver: the editor's region publishes after review), and one still waiting
 * for review, so the review queue has something to show.
 */
async function seedScheduledDraft(payload: Payload, refs: Refs) {
  const editor = await findOne(payload, 'users', 'email', DEMO_STAFF.find((person) => person.role === 'regional')!.email)
  const comms = await findOne(payload, 'users', 'email', DEMO_STAFF.find((person) => person.role === 'communications')!.email)
  const now = new Date()
  const due = new Date(now.getTime() + 3 * 24 * 60 * 60 * 1000)
  const title = 'Northern California steward training: spring dates'
  const slug = slugify(title)
  if (!(await findOne(payload, 'announcements', 'slug', slug))) {
    const doc = await payload.create({
      collection: 'announcements',
      draft: true,
      context,
      data: {
        title,
        slug,
        summary: 'New stewards and stewards who want a refresher: three evening sessions, online and in person.',
        topics: ['staffing'],
        regions: codes(refs, ['ncal']),
        _status: 'draft',
        review: { state: 'approved', requestedAt: due.toISOString(), submittedBy: editor?.id, submittedAt: now.toISOString(), decidedBy: comms?.id, decidedAt: now.toISOString() },
      },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      // The admin stores the id as a string (payload#10481) and looks schedules up that way.
      input: {
        type: 'publish',
        doc: { relationTo: 'announcements', value: String(doc.id) as unknown as number },
        user: comms ? { relationTo: 'users', value: comms.id } : undefined,
      },
      waitUntil: due,
    })
  }
  const waitingTitle = 'Northern California: night-shift differential survey results'
  if (await findOne(payload, 'announcements', 'slug', slugify(waitingTitle))) return
  await payload.create({
    collection: 'announcements',
    draft: true,
    context,
    data: {
      title: waitingTitle,
      slug: slugify(waitingTitle),
      summary: 'Four in five night-shift members who answered want the differential raised; the bargaining team takes the results to the next session.',
      topics: ['wages'],
      regions: codes(refs, ['ncal']),
      _status: 'draft',
      review: { state: 'submitted', submittedBy: editor?.id, submittedAt: now.toISOString() },
    },
  })
}

export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'regions' })
  return totalDocs === 0
}
