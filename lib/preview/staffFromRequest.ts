import config from '@payload-config'
import { getPayload } from 'payload'

import type { User } from '@/payload-types'

/** The signed-in staff member behind this request (admin cookie), or null for anyone else. */
export async function staffFromHeaders(headers: Headers): Promise<User | null> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers })
  return user && user.collection === 'users' ? (user as User) : null
}
