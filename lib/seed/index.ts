import type { Payload } from 'payload'

import { REGIONS } from './regions'
import { DEMO_STAFF } from './staff'

const context = { disableRevalidate: true }

export type SeedOptions = { demoStaff: boolean; log?: (line: string) => void }

/** Idempotent: records are matched by their natural keys and created only when missing. */
export async function seed(payload: Payload, { demoStaff, log = () => {} }: SeedOptions) {
  const regionIds = new Map<string, number>()
  for (const region of REGIONS) {
    const found = await payload.find({ collection: 'regions', where: { code: { equals: region.code } }, limit: 1, depth: 0 })
    const doc =
      found.docs[0] ??
      (await payload.create({ collection: 'regions', data: { ...region, states: [...region.states] }, context }))
    regionIds.set(region.code, doc.id)
  }
  log(`regions: ${regionIds.size}`)

  if (demoStaff) {
    for (const person of DEMO_STAFF) {
      const found = await payload.find({ collection: 'users', where: { email: { equals: person.email } }, limit: 1, depth: 0 })
      if (found.docs.length > 0) continue
      await payload.create({
        collection: 'users',
        data: { ...person, regions: person.regions.map((code) => regionIds.get(code)!) },
        context,
      })
    }
    log(`demo staff: ${DEMO_STAFF.map((person) => person.email).join(', ')}`)
  }
}

export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'regions' })
  return totalDocs === 0
}
