import { createLocalReq, type Payload } from 'payload'

import type { User } from '@/payload-types'
import { DEMO_STAFF } from '@/scripts/seed/staff'
import { createStaffUser } from '@/lib/users/createStaffUser'

import { login } from './rest'

export const ROLES = ['admin', 'communications', 'regional-own', 'regional-other', 'anonymous'] as const
export type Role = (typeof ROLES)[number]
export type Actor = { role: Role; user?: User & { collection: 'users' }; token?: string }

const OTHER = { email: 'scal.editor@example.org', password: 'Scal-editor-2026!' }

/** The five people of the access table: seeded admin, communications and NCAL editor, a SCAL editor, nobody. */
export async function loadActors(payload: Payload): Promise<Record<Role, Actor>> {
  const existing = await payload.find({ collection: 'users', where: { email: { equals: OTHER.email } }, limit: 1 })
  if (existing.docs.length === 0) {
    await createStaffUser(payload, { ...OTHER, role: 'regional', regions: ['scal'], name: 'SCAL Editor' })
  }
  const credentials: Record<Exclude<Role, 'anonymous'>, { email: string; password: string }> = {
    admin: DEMO_STAFF.find((person) => person.role === 'admin')!,
    communications: DEMO_STAFF.find((person) => person.role === 'communications')!,
    'regional-own': DEMO_STAFF.find((person) => person.role === 'regional')!,
    'regional-other': OTHER,
  }
  const actors = { anonymous: { role: 'anonymous' } } as Record<Role, Actor>
  for (const [role, { email, password }] of Object.entries(credentials) as Array<[Exclude<Role, 'anonymous'>, { email: string; password: string }]>) {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
    actors[role] = { role, user: { ...docs[0]!, collection: 'users' }, token: await login(email, password) }
  }
  return actors
}

export async function reqFor(payload: Payload, actor: Actor) {
  return createLocalReq({ user: actor.user }, payload)
}
