import type { Payload } from 'payload'

import { staffUserInput, type StaffUserInput } from '@/lib/schemas/staffUser'

export class StaffUserError extends Error {}

/** Validates and creates a staff account; every refusal is a StaffUserError with a readable message. */
export async function createStaffUser(payload: Payload, raw: unknown) {
  const parsed = staffUserInput.safeParse(raw)
  if (!parsed.success) {
    throw new StaffUserError(parsed.error.issues.map((issue) => issue.message).join(' '))
  }
  const input: StaffUserInput = parsed.data

  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: input.email } },
    limit: 1,
    depth: 0,
  })
  if (existing.docs.length > 0) throw new StaffUserError(`A staff account for ${input.email} already exists.`)

  const regionIds: number[] = []
  if (input.regions.length > 0) {
    const found = await payload.find({
      collection: 'regions',
      where: { code: { in: input.regions } },
      limit: input.regions.length,
      depth: 0,
    })
    const byCode = new Map(found.docs.map((region) => [region.code, region.id]))
    const unknown = input.regions.filter((code) => !byCode.has(code))
    if (unknown.length > 0) {
      throw new StaffUserError(`Unknown region code(s): ${unknown.join(', ')}. Known: ${[...byCode.keys()].join(', ') || 'none yet — run npm run seed'}.`)
    }
    regionIds.push(...input.regions.map((code) => byCode.get(code)!))
  }

  return payload.create({
    collection: 'users',
    data: {
      email: input.email,
      password: input.password,
      name: input.name ?? input.email.split('@')[0]!,
      role: input.role,
      regions: regionIds,
    },
  })
}
